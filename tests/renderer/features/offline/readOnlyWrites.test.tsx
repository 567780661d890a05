import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { noteOutcome } from '../../../../renderer/src/altegioReach';
import { ClientComments } from '../../../../renderer/src/features/clients/ClientComments';
import { DeleteLabelDialog } from '../../../../renderer/src/features/labels/DeleteLabelDialog';
import type { Answer, FrontdeskBridge } from '../../../../shared/contract';
import type { Label } from '../../../../shared/domain/label';
import { renderWithQuery } from '../../bridge';

const unreachable: Answer<unknown> = {
  ok: false,
  error: { code: 'NETWORK', params: { host: 'api.alteg.io', unreachable: true } },
};
const REASON = /Altegio cannot be reached, so nothing can be changed now/;

const NOTE = { id: 1, text: 'Prefers mornings', createdAt: null, authorName: '' };

/** window.frontdesk: empty lists, and the note as added; every request is noted. */
function fakeBridge() {
  const asked: string[] = [];
  window.frontdesk = {
    invoke: (channel: string) => {
      asked.push(channel);
      return Promise.resolve({ ok: true, data: channel === 'clients.addComment' ? NOTE : [] });
    },
    on: () => () => {},
  } as unknown as FrontdeskBridge;
  return asked;
}

const goesAway = () => act(() => noteOutcome(unreachable));
const comesBack = () => act(() => noteOutcome({ ok: true, data: [], reachedAltegio: true }));

afterEach(comesBack);

describe('offline: writes that wait while Altegio cannot be reached', () => {
  it('keeps Delete label off with the reason, and sends nothing', () => {
    const asked = fakeBridge();
    const label: Label = {
      id: 7,
      title: 'VIP',
      colour: '#ff0000',
      icon: '',
      entity: 'record',
      editable: true,
    };
    renderWithQuery(
      <DeleteLabelDialog locationId={101} label={label} onClose={() => {}} onDeleted={() => {}} />,
    );
    goesAway();
    const button = screen.getByRole('button', { name: 'Delete label' });
    expect(button).toHaveProperty('disabled', true);
    expect(screen.getByRole('status').textContent).toMatch(REASON);
    fireEvent.click(button);
    expect(asked).not.toContain('labels.remove');
    comesBack();
    expect(screen.getByRole('button', { name: 'Delete label' })).toHaveProperty('disabled', false);
    expect(screen.queryByText(REASON)).toBeNull();
  });

  it('keeps a typed client note with the reason shown, and adds it only once Altegio answers', async () => {
    const asked = fakeBridge();
    renderWithQuery(<ClientComments locationId={101} clientId={5} zone="Europe/Madrid" />);
    goesAway();
    const note = screen.getByRole('textbox', { name: 'New note' });
    fireEvent.change(note, { target: { value: 'Prefers mornings' } });
    const add = screen.getByRole('button', { name: 'Add note' });
    expect(add).toHaveProperty('disabled', true);
    expect(screen.getByText(REASON)).toBeTruthy();
    fireEvent.click(add);
    expect(asked).not.toContain('clients.addComment');
    expect(note).toHaveProperty('value', 'Prefers mornings');
    comesBack();
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(asked).toContain('clients.addComment'));
    await waitFor(() => expect(note).toHaveProperty('value', ''));
  });
});
