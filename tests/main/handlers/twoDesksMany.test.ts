import { afterEach, describe, expect, it } from 'vitest';
import { appointmentToInput, type AppointmentInput } from '../../../shared/domain/appointment';
import { versionOf } from '../../../shared/domain/appointmentVersion';
import type { MoveOutcome } from '../../../shared/domain/deskMove';
import { LIAM, QUIET_DAY, SALON_ID, salonTime } from '../../support/demoSalon';
import { useHarness } from './harness';

// The tools that change many appointments at once (team member out, running late, move the whole visit)
// and the cancel, against another desk's change: the same parts are compared as for a single edit.
const DAY = QUIET_DAY;
const h = useHarness();

const booking = (start: string, extra: Partial<AppointmentInput> = {}): AppointmentInput => ({
  teamMemberId: LIAM,
  start: salonTime(DAY, start),
  durationSeconds: 1800,
  technicalBreakSeconds: null,
  services: [],
  client: { name: `Desk ${start}`, phone: `+1202555${start.replace(':', '')}` },
  comment: 'as booked',
  ...extra,
});

const book = (start: string, extra: Partial<AppointmentInput> = {}) =>
  h.atSalon((client, location) => client.appointments.create(location, booking(start, extra)));

/** "The other desk": another program writing to Altegio with no check of its own. */
const otherDeskWrites = (id: number, change: Partial<AppointmentInput>) =>
  h.atSalon(async (client, location) => {
    const current = await client.appointments.get(location, id);
    return client.appointments.update(location, id, { ...appointmentToInput(current), ...change });
  });

/**
 * Books at `start`, lets this desk `look` at it, then the other desk changes its comment, all with the
 * emulator's clock held: the change carries the same Altegio timestamp (whole seconds) as what the desk saw.
 */
async function changedInTheSecondSeen<T extends { lastChangedAt: string | null }>(
  start: string,
  look: (id: number) => Promise<T>,
): Promise<{ id: number; seen: T }> {
  h.emulator.clock.hold();
  try {
    const { id } = await book(start);
    const seen = await look(id);
    const changed = await otherDeskWrites(id, { comment: 'other desk' });
    expect(changed.lastChangedAt).toBe(seen.lastChangedAt);
    return { id, seen };
  } finally {
    h.emulator.clock.release();
  }
}

/** Main's requests to Altegio from now on, as "METHOD /path?query" without the API prefix. */
function recordRequests(): string[] {
  const sent: string[] = [];
  h.emulator.beforeRequest(({ method, path, query }) => {
    sent.push(`${method} ${path.replace(/^.*\/api\/v1/, '')}${query}`);
  });
  return sent;
}

const wire = async (id: number) =>
  (await h.http.get(`/record/${SALON_ID}/${id}`)).body.data as {
    staff_id: number;
    datetime: string;
    comment: string;
    deleted?: boolean;
  };

/** Has the other desk write (once) when main sends the request `when` picks; its own requests pass. */
/** The moment of the re-read: the first list read after the write of appointment `id`. */
function listReadAfterPutOf(id: number) {
  let putSeen = false;
  return (method: string, path: string) => {
    if (method === 'PUT' && path.endsWith(`/record/${SALON_ID}/${id}`)) putSeen = true;
    return putSeen && method === 'GET' && path.endsWith(`/records/${SALON_ID}`);
  };
}

function otherDeskAt(
  when: (method: string, path: string) => boolean,
  id: number,
  change: Partial<AppointmentInput>,
) {
  const state = { done: false };
  h.emulator.beforeRequest(async ({ method, path }) => {
    if (state.done || !when(method, path)) return;
    state.done = true;
    await otherDeskWrites(id, change);
  });
  return state;
}

afterEach(async () => {
  h.emulator.beforeRequest(null);
  h.emulator.clock.release();
  const day = await h.http.get(`/records/${SALON_ID}?start_date=${DAY}&end_date=${DAY}&count=200`);
  for (const record of day.body.data as Array<{ id: number; deleted?: boolean }>)
    if (!record.deleted) await h.http.delete(`/record/${SALON_ID}/${record.id}`);
});

const staffOutPlan = () =>
  h.invoke('staffOut.plan', { locationId: SALON_ID, teamMemberId: LIAM, from: DAY, to: DAY });

const late = { locationId: SALON_ID, teamMemberId: LIAM, from: salonTime(DAY, '10:00'), delayMinutes: 15 };

describe('two desks, many appointments', () => {
  it('team member out: leaves one changed in the second the plan was read, and names the change', async () => {
    const row = (plan: Awaited<ReturnType<typeof staffOutPlan>>, id: number) =>
      plan.rows.find((r) => r.id === id)!;
    const { id, seen } = await changedInTheSecondSeen('11:00', async (id) => row(await staffOutPlan(), id));
    const option = seen.options[0]!;
    const expected = { id, expectedLastChangedAt: seen.lastChangedAt, seen: seen.version };

    const { outcomes } = await h.invoke('staffOut.apply', {
      locationId: SALON_ID,
      changes: [{ ...expected, action: 'reassign', teamMemberId: option.teamMemberId, start: option.start }],
    });
    expect(outcomes[0]).toMatchObject({ result: 'not-moved', problem: 'changed', changed: ['comment'] });
    const cancel = await h.invoke('staffOut.apply', {
      locationId: SALON_ID,
      changes: [{ ...expected, action: 'cancel' }],
    });
    expect(cancel.outcomes[0]).toMatchObject({
      result: 'not-moved',
      problem: 'changed',
      changed: ['comment'],
    });
    expect(await wire(id)).toMatchObject({ staff_id: LIAM, comment: 'other desk', deleted: false });
  });

  it('team member out: reports another desk’s change that lands between the moves and the re-read', async () => {
    const { id } = await book('12:00');
    const row = (await staffOutPlan()).rows.find((r) => r.id === id)!;
    const option = row.options[0]!;
    const other = otherDeskAt(listReadAfterPutOf(id), id, { comment: 'other desk', status: 'arrived' });

    const { outcomes } = await h.invoke('staffOut.apply', {
      locationId: SALON_ID,
      changes: [
        {
          id,
          action: 'reassign',
          teamMemberId: option.teamMemberId,
          start: option.start,
          expectedLastChangedAt: row.lastChangedAt,
          seen: row.version,
        },
      ],
    });
    expect(other.done).toBe(true);
    expect(outcomes[0]).toMatchObject({
      result: 'moved',
      changedElsewhere: ['status', 'comment'],
      appointment: { teamMemberId: option.teamMemberId, comment: 'other desk', status: 'arrived' },
    });
  });

  it('running late: leaves one changed in the second the preview was read, pushes the others', async () => {
    const pushed = await book('10:00');
    const preview = () => h.invoke('runningLate.preview', { ...late, mode: 'all' });
    const { id, seen } = await changedInTheSecondSeen('13:00', async (id) =>
      (await preview()).rows.find((r) => r.id === id)!,
    );
    const rows = (await preview()).rows.map((r) => (r.id === id ? seen : r));
    const { outcomes } = await h.invoke('runningLate.apply', {
      ...late,
      mode: 'all',
      expected: rows.map((r) => ({
        id: r.id,
        lastChangedAt: r.lastChangedAt,
        newStart: r.newStart,
        seen: r.version,
      })),
    });
    expect(outcomes.map((o) => [o.id, o.result])).toEqual([
      [pushed.id, 'moved'],
      [id, 'not-moved'],
    ]);
    expect(outcomes[1]).toMatchObject({ problem: 'changed', changed: ['comment'] });
    expect((await wire(id)).datetime).toContain('13:00');
  });

  it('running late: reports another desk’s change that lands between the push and the re-read', async () => {
    const { id } = await book('14:00');
    const preview = await h.invoke('runningLate.preview', { ...late, mode: 'all' });
    const other = otherDeskAt(listReadAfterPutOf(id), id, { comment: 'other desk' });
    const { outcomes } = await h.invoke('runningLate.apply', {
      ...late,
      mode: 'all',
      expected: preview.rows.map((r) => ({
        id: r.id,
        lastChangedAt: r.lastChangedAt,
        newStart: r.newStart,
        seen: r.version,
      })),
    });
    expect(other.done).toBe(true);
    expect(outcomes).toEqual([
      expect.objectContaining<Partial<MoveOutcome>>({ id, result: 'moved', changedElsewhere: ['comment'] }),
    ]);
  });

  it('moving the whole visit: stops on a change in the second the preview was read, and names it', async () => {
    const offset = { days: 0, minutes: 60 };
    const step = async (id: number) => {
      const preview = await h.invoke('visitMove.preview', {
        locationId: SALON_ID,
        appointmentId: id,
        offset,
      });
      return preview.steps[0]!.appointment;
    };
    const { id, seen } = await changedInTheSecondSeen('15:00', step);
    const { outcomes } = await h.invoke('visitMove.apply', {
      locationId: SALON_ID,
      appointmentId: id,
      offset,
      expected: [
        {
          id,
          lastChangedAt: seen.lastChangedAt,
          teamMemberId: seen.teamMemberId,
          start: seen.start,
          durationSeconds: seen.durationSeconds,
          seen: versionOf(seen),
        },
      ],
    });
    expect(outcomes[0]).toMatchObject({ result: 'not-moved', problem: 'changed', changed: ['comment'] });
    expect((await wire(id)).datetime).toContain('15:00');
  });

  it('cancel: names what another desk changed between the check and the delete', async () => {
    const read = await book('16:00');
    const other = otherDeskAt(
      (method, path) => method === 'DELETE' && path.endsWith(`/record/${SALON_ID}/${read.id}`),
      read.id,
      { comment: 'other desk' },
    );
    const cancelled = await h.invoke('appointments.cancel', {
      locationId: SALON_ID,
      id: read.id,
      expectedLastChangedAt: read.lastChangedAt,
      seen: versionOf(read),
    });
    expect(other.done).toBe(true);
    expect(cancelled).toMatchObject({ deleted: true, comment: 'other desk', changedElsewhere: ['comment'] });
    // Altegio reads a cancelled record as 404; the day's list with the cancelled ones has it.
    const day = await h.http.get(
      `/records/${SALON_ID}?start_date=${DAY}&end_date=${DAY}&with_deleted=1&count=200`,
    );
    const record = (day.body.data as Array<{ id: number }>).find((r) => r.id === read.id);
    expect(record).toMatchObject({ deleted: true, comment: 'other desk' });
  });

  it('cancel with no other desk: names nothing, and the re-read is one read of the changes since', async () => {
    const read = await book('17:00');
    const sent = recordRequests();
    const cancelled = await h.invoke('appointments.cancel', {
      locationId: SALON_ID,
      id: read.id,
      expectedLastChangedAt: read.lastChangedAt,
      seen: versionOf(read),
    });
    expect(cancelled).toMatchObject({ id: read.id, deleted: true });
    expect(cancelled).not.toHaveProperty('changedElsewhere');
    expect(sent).toEqual([
      expect.stringMatching(`^GET /record/${SALON_ID}/${read.id}\\?`),
      `DELETE /record/${SALON_ID}/${read.id}`,
      expect.stringMatching(`^GET /records/${SALON_ID}\\?.*changed_after=`),
    ]);
  });

  it('each tool with no other desk: names nothing changed elsewhere', async () => {
    const [reassigned, cancelled] = [await book('11:30'), await book('12:30')];
    const plan = await staffOutPlan();
    const option = plan.rows.find((r) => r.id === reassigned.id)!.options[0]!;
    const change = (id: number) => {
      const r = plan.rows.find((candidate) => candidate.id === id)!;
      return { id, expectedLastChangedAt: r.lastChangedAt, seen: r.version };
    };
    const sent = recordRequests();
    const out = await h.invoke('staffOut.apply', {
      locationId: SALON_ID,
      changes: [
        {
          ...change(reassigned.id),
          action: 'reassign',
          teamMemberId: option.teamMemberId,
          start: option.start,
        },
        { ...change(cancelled.id), action: 'cancel' },
      ],
    });
    expect(out.outcomes.map((o) => o.result)).toEqual(['moved', 'cancelled']);
    // After the last write, one read of what changed since the first: not a page walk of the dates.
    const afterWrites = sent.slice(sent.findLastIndex((r) => /^(PUT|DELETE) /.test(r)) + 1);
    expect(afterWrites).toEqual([expect.stringMatching(`^GET /records/${SALON_ID}\\?.*changed_after=`)]);
    h.emulator.beforeRequest(null);

    const { id } = await book('13:30');
    const preview = await h.invoke('runningLate.preview', { ...late, mode: 'all' });
    const pushed = await h.invoke('runningLate.apply', {
      ...late,
      mode: 'all',
      expected: preview.rows.map((r) => ({
        id: r.id,
        lastChangedAt: r.lastChangedAt,
        newStart: r.newStart,
        seen: r.version,
      })),
    });
    expect(pushed.outcomes).toEqual([expect.objectContaining({ id, result: 'moved' })]);

    const offset = { days: 0, minutes: 60 };
    const visit = await h.invoke('visitMove.preview', { locationId: SALON_ID, appointmentId: id, offset });
    const moved = await h.invoke('visitMove.apply', {
      locationId: SALON_ID,
      appointmentId: id,
      offset,
      expected: visit.steps.map(({ appointment: a }) => ({
        id: a.id,
        lastChangedAt: a.lastChangedAt,
        teamMemberId: a.teamMemberId,
        start: a.start,
        durationSeconds: a.durationSeconds,
        seen: versionOf(a),
      })),
    });
    expect(moved.outcomes).toEqual([expect.objectContaining({ id, result: 'moved' })]);

    for (const o of [...out.outcomes, ...pushed.outcomes, ...moved.outcomes])
      expect(o).not.toHaveProperty('changedElsewhere');
  });
});
