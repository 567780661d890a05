import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../../../renderer/src/commands';
import { sections } from '../../../../renderer/src/app/sections';
import { ShortcutsButton } from '../../../../renderer/src/features/shortcuts';
import { ShortcutsDialog } from '../../../../renderer/src/features/shortcuts/ShortcutsDialog';

function isCommandList(value: unknown): value is readonly Command[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (item: unknown) =>
        typeof item === 'object' && item !== null && 'id' in item && 'label' in item && 'shortcut' in item,
    )
  );
}

describe('the keyboard-shortcut sheet', () => {
  /** Every Command list any renderer module exports: what the code declares, wherever it is handled. */
  const declared = new Set<Command>();
  beforeAll(async () => {
    const modules = import.meta.glob<Record<string, unknown>>([
      '../../../../renderer/src/**/*.{ts,tsx}',
      '!**/main.tsx',
      '!**/start.tsx',
    ]);
    for (const load of Object.values(modules))
      for (const value of Object.values(await load()))
        if (isCommandList(value)) value.forEach((c) => declared.add(c));
  }, 120_000);

  it('lists every declared Command, each with its keys', () => {
    render(<ShortcutsDialog open onClose={() => undefined} sections={sections} />);
    const sheet = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(declared.size).toBeGreaterThan(10);
    const missing = [...declared].filter(
      (command) => !within(sheet).queryAllByRole('cell', { name: command.label }).length,
    );
    expect(missing.map((command) => command.id)).toEqual([]);

    const today = within(sheet).getByRole('row', { name: /Go to today/ });
    expect(within(today).getByText('T').tagName).toBe('KBD');
    const save = within(sheet).getByRole('row', { name: /Save the appointment/ });
    expect([...save.querySelectorAll('kbd')].map((key) => key.textContent)).toEqual(['Ctrl', 'Enter']);
    const open = within(sheet).getByRole('row', { name: /Open the appointment or class in focus/ });
    expect([...open.querySelectorAll('kbd')].map((key) => key.textContent)).toEqual(['Enter', 'Space']);
  });

  it('groups the keys by where they work', () => {
    render(<ShortcutsDialog open onClose={() => undefined} sections={sections} />);
    const calendar = screen.getByRole('region', { name: 'Appointment log, outside a text field' });
    expect(within(calendar).getByRole('cell', { name: 'New appointment' })).toBeTruthy();
    const anywhere = screen.getByRole('region', { name: 'Anywhere outside a text field' });
    expect(within(anywhere).getByText('?').tagName).toBe('KBD');
  });

  it('opens on ? anywhere outside a text field, and from its button', async () => {
    render(
      <>
        <input aria-label="Typing" />
        <ShortcutsButton sections={sections} />
      </>,
    );
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Typing' }), {
      key: '?',
      code: 'Slash',
      shiftKey: true,
    });
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.keyDown(document.body, { key: '?', code: 'Slash', shiftKey: true });
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await userEvent.click(within(sheet).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await userEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });
});
