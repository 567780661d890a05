import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { VisitMoveDialog } from '../../../../renderer/src/features/visitMove/VisitMoveDialog';
import type { VisitMoveResult, VisitOffset } from '../../../../shared/contract/visitMove';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { altegioHttp } from '../../../support/altegioHttp';
import {
  addDays,
  EMMA,
  freshPhone,
  LIAM,
  QUIET_DAY,
  SALON_ID,
  SALON_ZONE,
  salonTime,
} from '../../../support/demoSalon';
import { emulatorForThisFile, openDemoBridge, renderWithQuery } from '../../bridge';

const emulator = emulatorForThisFile();

/** Emma at 10:00 (30 min) and Liam at 11:00 (1 h) for one client; the appointments as the desk reads them. */
async function visitOn(date: string, pass: (channel: string, input?: unknown) => Promise<unknown>) {
  const http = await altegioHttp(emulator());
  const phone = freshPhone();
  const ids: number[] = [];
  for (const [staffId, time, minutes] of [
    [EMMA, '10:00', 30],
    [LIAM, '11:00', 60],
  ] as const) {
    const reply = await http.post(`/records/${SALON_ID}`, {
      staff_id: staffId,
      services: [],
      client: { phone, name: 'Vera Visit' },
      datetime: salonTime(date, time),
      seance_length: minutes * 60,
    });
    expect(reply.status).toBe(201);
    ids.push((reply.body.data as { id: number }).id);
  }
  const list = (await pass('appointments.list', { locationId: SALON_ID, from: date, to: date })) as {
    data: { appointments: Appointment[] };
  };
  const [emma, liam] = ids.map((id) => list.data.appointments.find((a) => a.id === id)!);
  return { http, emma: emma!, liam: liam! };
}

const team = [
  { id: EMMA, name: 'Emma Johnson' },
  { id: LIAM, name: 'Liam Carter' },
] as TeamMember[];

function open(grabbed: Appointment, initialOffset: VisitOffset = { days: 0, minutes: 0 }) {
  const onMoved = vi.fn<(result: VisitMoveResult) => void>();
  const onClose = vi.fn();
  renderWithQuery(
    <VisitMoveDialog
      locationId={SALON_ID}
      zone={SALON_ZONE}
      teamMembers={team}
      grabbed={grabbed}
      initialOffset={initialOffset}
      onClose={onClose}
      onMoved={onMoved}
    />,
  );
  return { dialog: screen.getByRole('dialog', { name: /^Move the whole visit/ }), onMoved, onClose };
}

/** The check a save starts again has finished (nothing left in flight when the test ends). */
const settled = (dialog: HTMLElement) =>
  waitFor(() => expect(within(dialog).queryByRole('progressbar')).toBeNull());

const rows = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByTestId('visit-move-row')
    .map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));

describe('VisitMoveDialog', () => {
  it('previews the visit an hour later and moves both appointments', async () => {
    const { pass } = await openDemoBridge(emulator());
    const { http, emma, liam } = await visitOn(QUIET_DAY, pass as never);
    const { dialog, onMoved } = open(emma);
    const user = userEvent.setup();
    const move = () => within(dialog).getByRole('button', { name: /^Move all/ });

    await waitFor(() => expect(rows(dialog)).toHaveLength(2));
    expect(move()).toHaveProperty('disabled', true);
    await user.click(within(dialog).getByRole('button', { name: '+1 h' }));
    expect(within(dialog).getByTestId('visit-move-offset').textContent).toBe('1 h later');
    await waitFor(() =>
      expect(rows(dialog)).toEqual([
        ['Emma Johnson', '—', '10:00–10:30', '11:00–11:30', 'Free'],
        ['Liam Carter', '—', '11:00–12:00', '12:00–13:00', 'Free'],
      ]),
    );
    await waitFor(() => expect(move()).toHaveProperty('disabled', false));
    expect(move().textContent).toBe('Move all 2');
    await user.click(move());

    expect(await within(dialog).findByText('All 2 appointments moved.')).toBeTruthy();
    expect(rows(dialog).map((row) => row[4])).toEqual(['Moved.', 'Moved.']);
    expect(onMoved).toHaveBeenCalledTimes(1);
    await settled(dialog);
    for (const [id, time] of [
      [emma.id, '11:00'],
      [liam.id, '12:00'],
    ] as const) {
      const stored = await http.get(`/record/${SALON_ID}/${id}`);
      expect(Date.parse(stored.body.data.datetime)).toBe(Date.parse(salonTime(QUIET_DAY, time)));
    }
  });

  it('names a bad time at the field and a problem in the row, and keeps the dialog when the save fails', async () => {
    const date = addDays(QUIET_DAY, 7);
    const { pass } = await openDemoBridge(emulator(), (channel) =>
      channel === 'visitMove.apply'
        ? { ok: false, error: { code: 'NETWORK', params: { host: '127.0.0.1' } } }
        : undefined,
    );
    const { http, emma, liam } = await visitOn(date, pass as never);
    const { dialog } = open(liam, { days: 0, minutes: 30 });
    const user = userEvent.setup();
    const time = within(dialog).getByRole('textbox', { name: /^New start of the 11:00 appointment/ });
    const move = () => within(dialog).getByRole('button', { name: /^Move all/ });

    await user.clear(time);
    await user.type(time, '25:00');
    expect(within(dialog).getByText('Enter a time such as 11:30.')).toBeTruthy();
    await waitFor(() => expect(rows(dialog)).toHaveLength(2));
    expect(move()).toHaveProperty('disabled', true);

    // Liam at 13:00 puts Emma at 12:00–12:30: free. Liam at 12:00 puts Emma at 11:00: free too;
    // Emma at 13:00 (Liam at 14:00) is her lunch break.
    await user.clear(time);
    await user.type(time, '14:00');
    await waitFor(() =>
      expect(rows(dialog).map((row) => row[4])).toEqual(['The team member is not working then.', 'Free']),
    );
    expect(move()).toHaveProperty('disabled', true);

    await user.clear(time);
    await user.type(time, '12:00');
    await waitFor(() => expect(rows(dialog).map((row) => row[4])).toEqual(['Free', 'Free']));
    await waitFor(() => expect(move()).toHaveProperty('disabled', false));
    await user.click(move());
    expect(await within(dialog).findByText(/could not reach|connection|network/i)).toBeTruthy();
    expect((time as HTMLInputElement).value).toBe('12:00');
    expect(screen.getByRole('dialog', { name: /^Move the whole visit/ })).toBe(dialog);
    await settled(dialog);
    const stored = await http.get(`/record/${SALON_ID}/${emma.id}`);
    expect(Date.parse(stored.body.data.datetime)).toBe(Date.parse(salonTime(date, '10:00')));
  });

  it('stays open while the moves run, and says the visit may be split when a save cannot be confirmed', async () => {
    const date = addDays(QUIET_DAY, 14);
    let release = () => {};
    const running = new Promise<void>((resolve) => (release = resolve));
    const { pass } = await openDemoBridge(emulator(), async (channel) => {
      if (channel === 'visitMove.apply') await running;
      return undefined;
    });
    const { http, emma, liam } = await visitOn(date, pass as never);
    // Liam moves first; Emma's save lands, but every reply to it and to its re-read is cut.
    const emmaPath = `/api/v1/record/${SALON_ID}/${emma.id}`;
    let saving = false;
    emulator().beforeRequest(({ method, path }) => {
      if (method === 'PUT' && path === emmaPath) saving = true;
      emulator().faults.set({ dropRate: saving && path === emmaPath ? 1 : 0 });
    });
    try {
      const { dialog, onMoved, onClose } = open(emma, { days: 0, minutes: 60 });
      const user = userEvent.setup();
      const move = () => within(dialog).getByRole('button', { name: /^Move all/ });
      await waitFor(() => expect(move()).toHaveProperty('disabled', false));
      await user.click(move());
      await user.keyboard('{Escape}');
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveProperty('disabled', true);
      expect(onClose).not.toHaveBeenCalled();
      release();

      expect(await within(dialog).findByText(/^The visit may be split/)).toBeTruthy();
      expect(rows(dialog).map((row) => row[4])).toEqual([
        'Altegio’s answer was lost, so it is not known whether this one moved. Check it in the calendar.',
        'Moved.',
      ]);
      expect(onMoved.mock.calls[0]?.[0].outcomes.map((o) => [o.id, o.result])).toEqual([
        [emma.id, 'unsure'],
        [liam.id, 'moved'],
      ]);
      await settled(dialog);

      // Checked again, the visit is read where Altegio has it: Emma did land at 11:00.
      emulator().beforeRequest(null);
      emulator().faults.clear();
      await user.click(within(dialog).getByRole('button', { name: 'Check again' }));
      await waitFor(() => expect(within(dialog).queryByText(/^The visit may be split/)).toBeNull());
      await waitFor(() => expect(rows(dialog).map((row) => row[2])).toEqual(['11:00–11:30', '12:00–13:00']));
    } finally {
      emulator().beforeRequest(null);
      emulator().faults.clear();
    }
    const stored = await http.get(`/record/${SALON_ID}/${liam.id}`);
    expect(Date.parse(stored.body.data.datetime)).toBe(Date.parse(salonTime(date, '12:00')));
  });
});
