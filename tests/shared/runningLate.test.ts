import { describe, expect, it } from 'vitest';
import {
  DelayMinutes,
  heldBack,
  lateAppointments,
  planPush,
  type LateCandidate,
} from '../../shared/domain/runningLate';

const EMMA = 1001;
const LIAM = 1002;
// New York: 2027-03-14 is the spring-forward day (02:00 EST → 03:00 EDT).
const est = (date: string, time: string) => `${date}T${time}:00-05:00`;
const edt = (date: string, time: string) => `${date}T${time}:00-04:00`;

const appointment = (id: number, start: string, end: string, extra: Partial<LateCandidate> = {}) => ({
  id,
  teamMemberId: EMMA,
  start,
  end,
  deleted: false,
  activityId: null,
  ...extra,
});

const times = (plan: ReturnType<typeof planPush>) =>
  plan.map((p) => [p.id, new Date(p.newStartMs).toISOString(), new Date(p.newEndMs).toISOString(), p.moves]);

describe('running late: which appointments', () => {
  const day = '2027-01-12';
  const all = [
    appointment(1, est(day, '09:00'), est(day, '10:00')),
    appointment(2, est(day, '14:00'), est(day, '15:00')),
    appointment(3, est(day, '12:00'), est(day, '13:00')),
    appointment(4, est(day, '15:00'), est(day, '16:00'), { deleted: true }),
    appointment(5, est(day, '16:00'), est(day, '17:00'), { activityId: 8000 }),
    appointment(6, est(day, '13:00'), est(day, '14:00'), { teamMemberId: LIAM }),
    appointment(7, est(day, '23:30'), est('2027-01-13', '00:30')),
    appointment(8, est('2027-01-13', '09:00'), est('2027-01-13', '10:00')),
  ];

  it("takes the member's live, non-group appointments from the chosen time to the end of that day, by start", () => {
    const late = lateAppointments(all, {
      teamMemberId: EMMA,
      fromMs: Date.parse(est(day, '12:00')),
      dayEndMs: Date.parse(est('2027-01-13', '00:00')),
    });
    // 3 starts exactly then; 7 runs past midnight but starts on the day; 8 is the next day.
    expect(late.map((a) => a.id)).toEqual([3, 2, 7]);
  });

  it('does not take one that started the evening before and runs past midnight', () => {
    const late = lateAppointments(all, {
      teamMemberId: EMMA,
      fromMs: Date.parse(est('2027-01-13', '00:00')),
      dayEndMs: Date.parse(est('2027-01-14', '00:00')),
    });
    expect(late.map((a) => a.id)).toEqual([8]);
  });
});

describe('running late: where they go', () => {
  const day = '2027-01-12';
  const chain = [
    appointment(1, est(day, '10:00'), est(day, '11:00')),
    appointment(2, est(day, '11:10'), est(day, '11:40')),
    appointment(3, est(day, '11:40'), est(day, '12:10')),
    appointment(4, est(day, '15:00'), est(day, '16:00')),
  ];

  it('"all" moves every one by the delay, keeping its length', () => {
    expect(times(planPush(chain, 20, 'all'))).toEqual([
      [1, '2027-01-12T15:20:00.000Z', '2027-01-12T16:20:00.000Z', true],
      [2, '2027-01-12T16:30:00.000Z', '2027-01-12T17:00:00.000Z', true],
      [3, '2027-01-12T17:00:00.000Z', '2027-01-12T17:30:00.000Z', true],
      [4, '2027-01-12T20:20:00.000Z', '2027-01-12T21:20:00.000Z', true],
    ]);
  });

  it('"absorb" moves each only as far as the one before needs, and leaves the rest after a gap', () => {
    expect(times(planPush(chain, 20, 'absorb'))).toEqual([
      [1, '2027-01-12T15:20:00.000Z', '2027-01-12T16:20:00.000Z', true],
      // 11:10 → 11:20 (the first now ends then), 11:40 → 11:50.
      [2, '2027-01-12T16:20:00.000Z', '2027-01-12T16:50:00.000Z', true],
      [3, '2027-01-12T16:50:00.000Z', '2027-01-12T17:20:00.000Z', true],
      [4, '2027-01-12T20:00:00.000Z', '2027-01-12T21:00:00.000Z', false],
    ]);
  });

  it('"absorb" stops at the first one that need not move, even if a later one would touch', () => {
    const plan = planPush(
      [
        appointment(1, est(day, '10:00'), est(day, '10:30')),
        appointment(2, est(day, '11:00'), est(day, '11:30')),
        appointment(3, est(day, '11:30'), est(day, '12:00')),
      ],
      20,
      'absorb',
    );
    expect(plan.map((p) => p.moves)).toEqual([true, false, false]);
  });

  it('"absorb" moves overlapping and nested bookings by the delay, never by more', () => {
    // A double booking 10:30–11:00 inside 10:00–12:00, and 11:30–12:30 overlapping its end.
    const overlapping = [
      appointment(1, est(day, '10:00'), est(day, '12:00')),
      appointment(2, est(day, '10:30'), est(day, '11:00')),
      appointment(3, est(day, '11:30'), est(day, '12:30')),
    ];
    const shifts = (plan: ReturnType<typeof planPush>) =>
      plan.map((p) => [p.id, (p.newStartMs - p.startMs) / 60_000, (p.newEndMs - p.endMs) / 60_000, p.moves]);
    expect(shifts(planPush(overlapping, 20, 'absorb'))).toEqual([
      [1, 20, 20, true],
      [2, 20, 20, true],
      [3, 20, 20, true],
    ]);
    // A gap after the latest end so far (12:00, not the nested one's 11:00) takes part of the delay.
    const nested = [
      appointment(1, est(day, '10:00'), est(day, '12:00')),
      appointment(2, est(day, '10:30'), est(day, '11:00')),
      appointment(3, est(day, '12:10'), est(day, '13:00')),
      appointment(4, est(day, '13:00'), est(day, '13:30')),
      appointment(5, est(day, '13:40'), est(day, '14:00')),
      appointment(6, est(day, '14:00'), est(day, '14:30')),
    ];
    expect(shifts(planPush(nested, 20, 'absorb'))).toEqual([
      [1, 20, 20, true],
      [2, 20, 20, true],
      [3, 10, 10, true],
      [4, 10, 10, true],
      [5, 0, 0, false],
      [6, 0, 0, false],
    ]);
  });

  it('counts real minutes across the DST change: 01:50 EST + 20 minutes is 03:10 EDT', () => {
    const dst = '2027-03-14';
    const plan = planPush([appointment(1, est(dst, '01:50'), edt(dst, '03:20'))], 20, 'all');
    expect(plan[0]).toMatchObject({
      newStartMs: Date.parse(edt(dst, '03:10')),
      // 30 minutes long (01:50 EST to 03:20 EDT), still 30 minutes long.
      newEndMs: Date.parse(edt(dst, '03:40')),
    });
  });

  it('pushes one crossing midnight past it, whole', () => {
    const plan = planPush([appointment(7, est(day, '23:30'), est('2027-01-13', '00:30'))], 45, 'all');
    expect(plan[0]).toMatchObject({
      newStartMs: Date.parse(est('2027-01-13', '00:15')),
      newEndMs: Date.parse(est('2027-01-13', '01:15')),
    });
  });

  it('accepts whole minutes from 5 to 240 only', () => {
    for (const ok of [5, 20, 240]) expect(DelayMinutes.safeParse(ok).success).toBe(true);
    for (const bad of [0, 4, 241, 20.5, Number.NaN, '20'])
      expect(DelayMinutes.safeParse(bad).success).toBe(false);
  });
});

describe('running late: what a staying appointment holds back', () => {
  const day = '2027-01-12';
  const row = (id: number, start: string, end: string, newStart: string, newEnd: string) => ({
    id,
    start: est(day, start),
    end: est(day, end),
    newStart: est(day, newStart),
    newEnd: est(day, newEnd),
  });
  const rows = [
    row(1, '09:00', '09:30', '09:20', '09:50'),
    row(2, '15:00', '15:30', '15:20', '15:50'),
    row(3, '15:30', '16:00', '15:50', '16:20'),
    row(4, '16:00', '16:30', '16:20', '16:50'),
  ];

  it('holds back, in a chain, each earlier one that would overlap one that stays, and no other', () => {
    expect(heldBack(rows, (id) => id !== 4)).toEqual(
      new Map([
        [3, 4],
        [2, 3],
      ]),
    );
    expect(heldBack(rows, () => true)).toEqual(new Map());
    expect(heldBack(rows, (id) => id !== 2)).toEqual(new Map());
  });
});
