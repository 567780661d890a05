import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { noteOutcome } from '../../../../renderer/src/altegioReach';
import { ClientComments } from '../../../../renderer/src/features/clients/ClientComments';
import { DeleteLabelDialog } from '../../../../renderer/src/features/labels/DeleteLabelDialog';
import type { Answer, FrontdeskBridge } from '../../../../shared/contract';
import type { Label } from '../../../../shared/domain/label';
import type { SavedAppointment } from '../../../../shared/contract/appointments';
import type { Notice } from '../../../../renderer/src/components/NoticeBar';
import { useUndoCancel } from '../../../../renderer/src/features/appointments/useUndoCancel';
import { appointment } from '../../../support/appointmentFixture';
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

describe('offline: Undo after a cancel', () => {
  it('refuses with the reason while Altegio is away, keeping Undo on offer, and books nothing', async () => {
    const asked = fakeBridge();
    const notices: Notice[] = [];
    let undoCancel: ((deleted: SavedAppointment) => void) | null = null;
    function Host() {
      undoCancel = useUndoCancel({
        locationId: 101,
        zone: 'America/New_York',
        teamMembers: [],
        notify: (notice) => notices.push(notice),
      });
      return null;
    }
    renderWithQuery(<Host />);
    const service = { id: 1, title: 'Haircut', cost: 30, firstCost: 30, discountPercent: 0, amount: 1 };
    act(() => undoCancel?.(appointment(7, { services: [service], apiId: 'fd-undo-test' })));
    await waitFor(() => expect(notices[0]?.action?.label).toBe('Undo'));
    goesAway();
    act(() => notices[0]?.action?.run());
    expect(notices[1]?.severity).toBe('warning');
    expect(notices[1]?.message).toMatch(REASON);
    expect(notices[1]?.action?.label).toBe('Undo');
    expect(asked).not.toContain('appointments.create');
  });
});
