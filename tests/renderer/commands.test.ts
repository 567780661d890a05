import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { keyBinding, pressed, useCommandKeys, type Command } from '../../renderer/src/commands';

const command = (shortcut: string): Command => ({ id: 'test', label: 'Test', shortcut });
const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

describe('shortcuts matched by tinykeys', () => {
  it('writes each shortcut as a tinykeys binding', () => {
    expect(keyBinding('n')).toBe('n');
    expect(keyBinding('ArrowLeft')).toBe('ArrowLeft');
    expect(keyBinding('Mod+Enter')).toBe('$mod+Enter');
    expect(keyBinding('?')).toBe('[Shift]+?');
    expect(keyBinding(' ')).toBe('Space');
  });

  it('takes Ctrl for Mod here (not a Mac), and no key with a modifier it does not name', () => {
    const save = command('Mod+Enter');
    expect(pressed(key({ key: 'Enter', code: 'Enter', ctrlKey: true }), save)).toBe(true);
    expect(pressed(key({ key: 'Enter', code: 'Enter' }), save)).toBe(false);
    expect(pressed(key({ key: 'Enter', code: 'Enter', ctrlKey: true, altKey: true }), save)).toBe(false);
    expect(pressed(key({ key: 'n', code: 'KeyN', ctrlKey: true }), command('n'))).toBe(false);
    expect(pressed(key({ key: 'n', code: 'KeyN' }), command('n'))).toBe(true);
  });

  it('takes a sign with or without the Shift its keyboard may need', () => {
    expect(pressed(key({ key: '?', code: 'Slash', shiftKey: true }), command('?'))).toBe(true);
    expect(pressed(key({ key: '?', code: 'Minus' }), command('?'))).toBe(true);
    expect(pressed(key({ key: '/', code: 'Slash' }), command('?'))).toBe(false);
  });
});

describe('where a shortcut works', () => {
  it('never in the list or menu a field opened, though MUI puts it outside the dialog', () => {
    const page = vi.fn();
    const palette = vi.fn();
    const commands: Command[] = [
      { id: 'page', label: 'New', shortcut: 'n' },
      { id: 'palette', label: 'Palette', shortcut: 'Mod+k', inFields: true },
    ];
    const view = renderHook(() => useCommandKeys(commands, { page, palette }));
    const press = (target: HTMLElement, init: KeyboardEventInit) =>
      target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
    const listbox = document.createElement('ul');
    listbox.setAttribute('role', 'listbox');
    const option = document.createElement('li');
    listbox.append(option);
    document.body.append(listbox);
    press(option, { key: 'n', code: 'KeyN' });
    press(option, { key: 'k', code: 'KeyK', ctrlKey: true });
    expect(page).not.toHaveBeenCalled();
    expect(palette).not.toHaveBeenCalled();

    press(document.body, { key: 'n', code: 'KeyN' });
    press(document.body, { key: 'k', code: 'KeyK', ctrlKey: true });
    expect(page).toHaveBeenCalledTimes(1);
    expect(palette).toHaveBeenCalledTimes(1);
    listbox.remove();
    view.unmount();
  });
});
