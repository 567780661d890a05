import { beforeAll, describe, expect, it } from 'vitest';
import type { StaffOutRow } from '../../../shared/contract/staffOut';
import {
  addDays,
  EMMA,
  freshPhone,
  LIAM,
  QUIET_DAY,
  SALON_ID,
  SALON_TODAY,
  salonTime,
} from '../../support/demoSalon';
import { useHarness } from './harness';

const h = useHarness();

interface WireRecord {
  id: number;
  staff_id: number;
  datetime: string;
  seance_length: number;
  deleted: boolean;
  last_change_date: string;
}

const ids = { noah: 0, lucas: 0, olivia: 0, haircut: 0, manicure: 0 };

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
  });
});

async function book(staffId: number, date: string, time: string, minutes: number, services: number[] = []) {
  const reply = await h.http.post(`/records/${SALON_ID}`, {
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
    expect(row(a.id).options[0]).toEqual({ teamMemberId: ids.noah, start: a.datetime, sameTime: true });
    expect(row(a.id).options.every((o) => o.sameTime)).toBe(true);
    expect(row(a.id).refusals).toEqual(
      expect.arrayContaining([
        { teamMemberId: EMMA, problem: 'busy', conflictId: emmaBusy.id },
        { teamMemberId: ids.lucas, problem: 'busy', conflictId: expect.any(Number) },
        { teamMemberId: ids.olivia, problem: 'not-provided', conflictId: null },
      ]),
    );
    expect(row(a.id).options.map((o) => o.teamMemberId)).not.toContain(ids.olivia);

    // Noah's 11:00–12:00 is proposed already: 11:30 gets the nearest free times instead.
    const later = row(b.id);
    expect(later.refusals).toContainEqual({ teamMemberId: ids.noah, problem: 'busy', conflictId: null });
    expect(later.options.length).toBeGreaterThan(0);
    expect(later.options.every((o) => !o.sameTime)).toBe(true);
    expect(later.options[0]).toEqual({
      teamMemberId: ids.noah,
      start: salonTime(date, '12:00'),
      sameTime: false,
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
    expect(result.rows.filter((r) => r.options.length).length).toBeGreaterThan(3);
    const proposed = result.rows
      .filter((r): r is StaffOutRow & { options: [StaffOutRow['options'][0]] } => r.options.length > 0)
      .map((r) => ({ member: r.options[0]!.teamMemberId, ...span(r.options[0]!.start, r.durationSeconds) }));
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
