import { beforeAll, describe, expect, it } from 'vitest';
import type { StaffOutRow } from '../../../shared/contract/staffOut';
import { DateTime } from 'luxon';
import {
  addDays,
  EMMA,
  freshPhone,
  LIAM,
  QUIET_DAY,
  SALON_ID,
  SALON_TODAY,
  SALON_ZONE,
  salonTime,
} from '../../support/demoSalon';
import { TEST_NOW } from '../../support/testClock';
import { useHarness } from './harness';

const h = useHarness();

interface WireRecord {
  id: number;
  staff_id: number;
  datetime: string;
  seance_length: number;
  deleted: boolean;
  last_change_date: string;
  master_request: number | boolean;
}

const ids = { noah: 0, lucas: 0, olivia: 0, haircut: 0, manicure: 0, nailArt: 0, team: [] as number[] };

beforeAll(async () => {
  const team = await h.invoke('team.list', { locationId: SALON_ID });
  const member = (name: string) => team.find((m) => m.name.startsWith(name))!.id;
  const services = await h.invoke('services.list', { locationId: SALON_ID });
  const service = (title: string) => services.find((s) => s.title === title)!.id;
  Object.assign(ids, {
    noah: member('Noah'),
    lucas: member('Lucas'),
    olivia: member('Olivia'),
    haircut: service("Men's haircut"),
    manicure: service('Classic manicure'),
    nailArt: services.find((s) => s.title.startsWith('Nail art'))!.id,
    team: team.map((m) => m.id),
  });
});

async function book(
  staffId: number,
  date: string,
  time: string,
  minutes: number,
  services: number[] = [],
  extra: Record<string, unknown> = {},
) {
  const reply = await h.http.post(`/records/${SALON_ID}`, {
    ...extra,
    staff_id: staffId,
    services: services.map((id) => ({ id })),
    client: { phone: freshPhone(), name: `Client ${time}` },
    datetime: salonTime(date, time),
    seance_length: minutes * 60,
    save_if_busy: true,
  });
  expect(reply.status).toBe(201);
  return reply.body.data as WireRecord;
}

async function stored(id: number) {
  const reply = await h.http.get(`/record/${SALON_ID}/${id}`);
  return reply.status === 404 ? null : (reply.body.data as WireRecord);
}

/** Only Noah works on the date (09:00–18:00) besides Liam. */
async function onlyNoahWorks(date: string) {
  const reply = await h.http.put(`/company/${SALON_ID}/staff/schedule`, {
    schedules_to_set: [
      { staff_id: ids.noah, dates: [date], slots: [{ from: '09:00', to: '18:00' }] },
      { staff_id: LIAM, dates: [date], slots: [{ from: '09:00', to: '18:00' }] },
    ],
    schedules_to_delete: ids.team
      .filter((id) => id !== ids.noah && id !== LIAM)
      .map((id) => ({ staff_id: id, dates: [date] })),
  });
  expect(reply.status).toBe(200);
}

/** The next day clocks go forward in the salon's zone (today when it is today). */
function nextDstDay(): string {
  for (let year = Number(SALON_TODAY.slice(0, 4)); ; year++) {
    const march = DateTime.fromObject({ year, month: 3, day: 1 }, { zone: SALON_ZONE });
    const day = [...Array(31).keys()]
      .map((i) => march.plus({ days: i }))
      .find((d) => d.offset !== d.plus({ days: 1 }).offset)!;
    if (day.toISODate()! >= SALON_TODAY) return day.toISODate()!;
  }
}

const plan = (date: string, extra: { appointmentIds?: number[] } = {}) =>
  h.invoke('staffOut.plan', { locationId: SALON_ID, teamMemberId: LIAM, from: date, to: date, ...extra });

const span = (start: string, seconds: number) => ({
  start: Date.parse(start),
  end: Date.parse(start) + seconds * 1000,
});

describe('staffOut handlers', () => {
  it('proposes only members who provide the services and are free, never one twice at once, else the nearest times', async () => {
    const date = QUIET_DAY;
    const a = await book(LIAM, date, '11:00', 60, [ids.haircut]);
    const b = await book(LIAM, date, '11:30', 30, [ids.haircut]); // Liam was double-booked
    const both = await book(LIAM, date, '15:00', 60, [ids.haircut, ids.manicure]);
    const emmaBusy = await book(EMMA, date, '10:30', 120);
    await book(ids.lucas, date, '09:00', 240);

    const result = await plan(date);
    const row = (id: number) => result.rows.find((r) => r.id === id)!;
    expect(result.rows.map((r) => r.id)).toEqual([a.id, b.id, both.id]);

    // Only Noah is free at 11:00 and provides the haircut; Olivia (colour) does not provide it.
    expect(row(a.id).options[0]).toEqual({
      teamMemberId: ids.noah,
      start: a.datetime,
      sameTime: true,
      alsoProposedFor: null,
    });
    expect(row(a.id).options.every((o) => o.sameTime)).toBe(true);
    expect(row(a.id).refusals).toEqual(
      expect.arrayContaining([
        { teamMemberId: EMMA, problem: 'busy', conflictId: emmaBusy.id },
        { teamMemberId: ids.lucas, problem: 'busy', conflictId: expect.any(Number) },
        { teamMemberId: ids.olivia, problem: 'not-provided', conflictId: null },
      ]),
    );
    expect(row(a.id).options.map((o) => o.teamMemberId)).not.toContain(ids.olivia);

    // Noah's 11:00–12:00 is proposed already: 11:30 gets the nearest free times instead, and Noah at
    // the same time last, named as proposed for 11:00 (never proposed).
    const later = row(b.id);
    expect(later.refusals).toContainEqual({ teamMemberId: ids.noah, problem: 'proposed', conflictId: null });
    expect(later.options.length).toBeGreaterThan(1);
    expect(later.options.slice(0, -1).every((o) => !o.sameTime && !o.alsoProposedFor)).toBe(true);
    expect(later.options[0]).toEqual({
      teamMemberId: ids.noah,
      start: salonTime(date, '12:00'),
      sameTime: false,
      alsoProposedFor: null,
    });
    expect(later.options.at(-1)).toEqual({
      teamMemberId: ids.noah,
      start: b.datetime,
      sameTime: true,
      alsoProposedFor: a.datetime,
    });
    expect(later.options.map((o) => o.start)).toContain(salonTime(date, '12:30')); // Emma, before her break

    expect(row(both.id)).toMatchObject({ options: [], noOption: 'nobody-provides' });

    const only = await plan(date, { appointmentIds: [b.id, both.id] });
    expect(only.rows.map((r) => r.id)).toEqual([b.id, both.id]);
  });

  it('never proposes one member for two overlapping appointments over the seeded fortnight', async () => {
    const result = await h.invoke('staffOut.plan', {
      locationId: SALON_ID,
      teamMemberId: LIAM,
      from: addDays(SALON_TODAY, 1),
      to: addDays(SALON_TODAY, 13),
    });
    // A row whose client asked for Liam proposes nobody (the desk calls first).
    const withProposal = result.rows.filter(
      (r) => r.options[0] && !r.options[0].alsoProposedFor && !r.requestedTeamMember,
    );
    expect(withProposal.length).toBeGreaterThan(3);
    // Not vacuous: some member was free for two overlapping appointments, and held back for the second.
    const heldBack = result.rows.filter((r) => r.refusals.some((refusal) => refusal.problem === 'proposed'));
    expect(heldBack.length).toBeGreaterThan(0);
    const proposed = withProposal.map((r: StaffOutRow) => ({
      member: r.options[0]!.teamMemberId,
      ...span(r.options[0]!.start, r.durationSeconds),
    }));
    for (const [i, x] of proposed.entries()) {
      for (const y of proposed.slice(i + 1)) {
        if (x.member === y.member) expect(x.start < y.end && y.start < x.end).toBe(false);
      }
    }
  });

  it('applies each change on its own, names a slot taken meanwhile, and cancels only when asked', async () => {
    const date = addDays(QUIET_DAY, 7);
    const first = await book(LIAM, date, '10:00', 30, [ids.haircut]);
    const second = await book(LIAM, date, '12:00', 30, [ids.haircut]);
    const third = await book(LIAM, date, '14:00', 30, [ids.haircut]);
    const kept = await book(LIAM, date, '16:00', 30, [ids.haircut]);
    const result = await plan(date);
    const row = (id: number) => result.rows.find((r) => r.id === id)!;
    const proposal = (id: number) => row(id).options[0]!;
    const reassign = (id: number) => ({
      id,
      action: 'reassign' as const,
      teamMemberId: proposal(id).teamMemberId,
      start: proposal(id).start,
      expectedLastChangedAt: row(id).lastChangedAt,
    });

    // Another desk takes the second one's proposed slot before the apply.
    const taken = await book(proposal(second.id).teamMemberId, date, '12:00', 30);

    const { outcomes } = await h.invoke('staffOut.apply', {
      locationId: SALON_ID,
      changes: [
        reassign(first.id),
        reassign(second.id),
        { id: third.id, action: 'cancel', expectedLastChangedAt: row(third.id).lastChangedAt },
      ],
    });

    expect(outcomes.map((o) => [o.id, o.result])).toEqual([
      [first.id, 'moved'],
      [second.id, 'not-moved'],
      [third.id, 'cancelled'],
    ]);
    expect(outcomes[1]).toMatchObject({ problem: 'busy', conflictId: taken.id, appointment: null });
    expect((await stored(first.id))?.staff_id).toBe(proposal(first.id).teamMemberId);
    expect(proposal(first.id).teamMemberId).not.toBe(LIAM);
    expect((await stored(second.id))?.staff_id).toBe(LIAM);
    expect(await stored(third.id)).toBeNull();
    expect(await stored(kept.id)).toMatchObject({ staff_id: LIAM, deleted: false });
  });

  it('flags a client who asked for the member, and a reassign no longer says they asked for the new one', async () => {
    const date = addDays(QUIET_DAY, 21);
    const asked = await book(LIAM, date, '10:00', 30, [ids.haircut], { master_request: 1 });
    const plain = await book(LIAM, date, '12:00', 30, [ids.haircut]);
    expect(asked.master_request).toBeTruthy();
    const result = await plan(date);
    const row = (id: number) => result.rows.find((r) => r.id === id)!;
    expect(row(asked.id).requestedTeamMember).toBe(true);
    expect(row(plain.id).requestedTeamMember).toBe(false);
    const target = row(asked.id).options[0]!;
    const { outcomes } = await h.invoke('staffOut.apply', {
      locationId: SALON_ID,
      changes: [
        {
          id: asked.id,
          action: 'reassign',
          teamMemberId: target.teamMemberId,
          start: target.start,
          expectedLastChangedAt: row(asked.id).lastChangedAt,
        },
      ],
    });
    expect(outcomes[0]).toMatchObject({ result: 'moved', appointment: { requestedTeamMember: false } });
    const now = await stored(asked.id);
    expect(now?.staff_id).toBe(target.teamMemberId);
    expect(Number(now?.master_request)).toBe(0);
  });

  it('refuses to overwrite another desk’s newer change, and says so for that appointment only', async () => {
    const date = addDays(QUIET_DAY, 14);
    const one = await book(LIAM, date, '10:00', 30, [ids.haircut]);
    const result = await plan(date);
    const target = result.rows[0]!.options[0]!;
    const { outcomes } = await h.invoke('staffOut.apply', {
      locationId: SALON_ID,
      changes: [
        {
          id: one.id,
          action: 'reassign',
          teamMemberId: target.teamMemberId,
          start: target.start,
          // Read before the last change.
          expectedLastChangedAt: salonTime(addDays(SALON_TODAY, -30), '09:00'),
        },
      ],
    });
    expect(outcomes[0]).toMatchObject({
      result: 'not-moved',
      problem: 'changed',
      error: { code: 'CONFLICT' },
    });
    expect((await stored(one.id))?.staff_id).toBe(LIAM);
  });

  it('counts a candidate’s group event as busy', async () => {
    const date = addDays(QUIET_DAY, 28);
    const one = await book(LIAM, date, '11:00', 30, [ids.haircut]);
    const event = await h.http.post(`/activity/${SALON_ID}`, {
      service_id: ids.nailArt,
      staff_id: ids.noah,
      date: `${date} 10:45:00`,
      capacity: 4,
    });
    expect(event.status).toBe(201);
    const row = (await plan(date)).rows.find((r) => r.id === one.id)!;
    expect(row.refusals).toContainEqual({
      teamMemberId: ids.noah,
      problem: 'busy',
      conflictId: event.body.data.id,
    });
    expect(row.options.map((o) => o.teamMemberId)).not.toContain(ids.noah);
  });

  it('offers an appointment of the evening before that runs past midnight to those working that evening', async () => {
    const date = addDays(QUIET_DAY, 35);
    const evening = addDays(date, -1);
    await onlyNoahWorks(evening);
    const late = await book(LIAM, evening, '20:00', 5 * 60);
    const result = await plan(date, { appointmentIds: [late.id] });
    expect(result.rows.map((r) => r.id)).toEqual([late.id]);
    const row = result.rows[0]!;
    expect(row.noOption).toBeNull();
    // Noah works until 18:00 that evening: the nearest time that fits the five hours ends then.
    expect(row.options[0]).toEqual({
      teamMemberId: ids.noah,
      start: salonTime(evening, '13:00'),
      sameTime: false,
      alsoProposedFor: null,
    });
    expect(row.refusals).toContainEqual({
      teamMemberId: ids.noah,
      problem: 'outside-hours',
      conflictId: null,
    });
  });

  it('on the day clocks go forward, proposes the later of two equally near times, at the right offset', async () => {
    const date = nextDstDay();
    await onlyNoahWorks(date);
    const noahBusy = await book(ids.noah, date, '12:00', 30);
    const one = await book(LIAM, date, '12:00', 30, [ids.haircut]);
    const row = (await plan(date)).rows.find((r) => r.id === one.id)!;
    expect(row.refusals).toContainEqual({ teamMemberId: ids.noah, problem: 'busy', conflictId: noahBusy.id });
    expect(row.options.slice(0, 2)).toEqual([
      { teamMemberId: ids.noah, start: salonTime(date, '12:30'), sameTime: false, alsoProposedFor: null },
      { teamMemberId: ids.noah, start: salonTime(date, '11:30'), sameTime: false, alsoProposedFor: null },
    ]);
    expect(salonTime(date, '12:30')).toMatch(/-04:00$/);
  });

  it('does not hand over or cancel an appointment that has begun', async () => {
    const began = DateTime.fromJSDate(TEST_NOW, { zone: SALON_ZONE }).minus({ minutes: 30 });
    const date = began.toISODate()!;
    const one = await book(LIAM, date, began.toFormat('HH:mm'), 60, [ids.haircut]);
    const row = (await plan(date)).rows.find((r) => r.id === one.id)!;
    expect(row).toMatchObject({ options: [], refusals: [], noOption: 'past' });
    const { outcomes } = await h.invoke('staffOut.apply', {
      locationId: SALON_ID,
      changes: [{ id: one.id, action: 'cancel', expectedLastChangedAt: row.lastChangedAt }],
    });
    expect(outcomes[0]).toMatchObject({ result: 'not-moved', problem: 'past' });
    expect(await stored(one.id)).toMatchObject({ staff_id: LIAM, deleted: false });
  });

  it('reports a move as unsure when its answer was lost and Altegio cannot be read afterwards either', async () => {
    const date = addDays(QUIET_DAY, 43);
    const moving = await book(LIAM, date, '10:00', 30, [ids.haircut]);
    const result = await plan(date);
    const row = result.rows.find((r) => r.id === moving.id)!;
    const target = row.options[0]!;
    // The plan and the checks read normally; from the write on, every answer is lost.
    h.emulator.beforeRequest(({ method }) => {
      if (method === 'PUT') h.emulator.faults.set({ dropRate: 1 });
    });
    try {
      const { outcomes } = await h.invoke('staffOut.apply', {
        locationId: SALON_ID,
        changes: [
          {
            id: moving.id,
            action: 'reassign',
            teamMemberId: target.teamMemberId,
            start: target.start,
            expectedLastChangedAt: row.lastChangedAt,
          },
        ],
      });
      expect(outcomes).toEqual([
        expect.objectContaining({ id: moving.id, result: 'unsure', appointment: null }),
      ]);
    } finally {
      h.emulator.beforeRequest(null);
      h.emulator.faults.clear();
    }
    // It did land: "unsure" was the honest answer, not "not moved".
    expect((await stored(moving.id))?.staff_id).toBe(target.teamMemberId);
  });

  it('reports a move or a cancel whose answer was lost by what Altegio has afterwards', async () => {
    const date = addDays(QUIET_DAY, 42);
    const moving = await book(LIAM, date, '10:00', 30, [ids.haircut]);
    const cancelling = await book(LIAM, date, '12:00', 30, [ids.haircut]);
    const result = await plan(date);
    const row = (id: number) => result.rows.find((r) => r.id === id)!;
    const target = row(moving.id).options[0]!;
    // Every answer to the writes is cut off after Altegio has carried them out; the reads after are not.
    h.emulator.beforeRequest(
      ({ method }) => void h.emulator.faults.set({ dropRate: method === 'GET' ? 0 : 1 }),
    );
    try {
      const { outcomes } = await h.invoke('staffOut.apply', {
        locationId: SALON_ID,
        changes: [
          {
            id: moving.id,
            action: 'reassign',
            teamMemberId: target.teamMemberId,
            start: target.start,
            expectedLastChangedAt: row(moving.id).lastChangedAt,
          },
          { id: cancelling.id, action: 'cancel', expectedLastChangedAt: row(cancelling.id).lastChangedAt },
        ],
      });
      expect(outcomes.map((o) => o.result)).toEqual(['moved', 'cancelled']);
      expect(outcomes[0]!.appointment).toMatchObject({ teamMemberId: target.teamMemberId });
    } finally {
      h.emulator.beforeRequest(null);
      h.emulator.faults.clear();
    }
    expect((await stored(moving.id))?.staff_id).toBe(target.teamMemberId);
    expect(await stored(cancelling.id)).toBeNull();
  });

  it('refuses a range over 14 days and a member not on the team, at their field', async () => {
    const long = await h.result('staffOut.plan', {
      locationId: SALON_ID,
      teamMemberId: LIAM,
      from: QUIET_DAY,
      to: addDays(QUIET_DAY, 14),
    });
    expect(long.error).toMatchObject({
      code: 'VALIDATION',
      detail: { fields: { to: 'issue.staffOut.tooManyDays' } },
    });
    const none = await h.result('staffOut.plan', {
      locationId: SALON_ID,
      teamMemberId: LIAM,
      from: QUIET_DAY,
      to: QUIET_DAY,
      appointmentIds: [],
    });
    expect(none.error).toMatchObject({
      code: 'VALIDATION',
      detail: { fields: { appointmentIds: expect.any(String) } },
    });
    const stranger = await h.result('staffOut.plan', {
      locationId: SALON_ID,
      teamMemberId: 999_999,
      from: QUIET_DAY,
      to: QUIET_DAY,
    });
    expect(stranger.error).toMatchObject({
      code: 'VALIDATION',
      detail: { fields: { teamMemberId: expect.any(String) } },
    });
  });
});
