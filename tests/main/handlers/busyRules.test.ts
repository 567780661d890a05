import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../shared/domain/appointment';
import type { GroupEvent } from '../../../shared/domain/schedule';
import type { Service } from '../../../shared/domain/service';
import {
  nearestFreeStarts,
  providesAll,
  slotVerdict,
  type BusyDays,
} from '../../../electron/main/handlers/busyRules';

const ZONE = 'Europe/Berlin';
const at = (time: string) => `2027-03-28T${time}:00+0${time < '02:00' ? 1 : 2}:00`;
const EMMA = 1001;
const LIAM = 1002;

const appointment = (
  id: number,
  teamMemberId: number,
  start: string,
  end: string,
  extra: Partial<Appointment> = {},
) =>
  ({
    id,
    teamMemberId,
    start: at(start),
    end: at(end),
    activityId: null,
    deleted: false,
    services: [],
    ...extra,
  }) as Appointment;

// 2027-03-28 is the DST day in Berlin: 02:00 does not exist, offsets change from +01:00 to +02:00.
const days: BusyDays = {
  zone: ZONE,
  appointments: [
    appointment(1, EMMA, '10:00', '11:00'),
    appointment(2, EMMA, '11:00', '12:00'),
    appointment(3, LIAM, '10:00', '10:30'),
  ],
  groupEvents: [{ id: 77, teamMemberId: EMMA, start: at('15:00'), end: at('16:00') } as GroupEvent],
  hours: [
    {
      teamMemberId: EMMA,
      date: '2027-03-28',
      intervals: [
        { start: at('09:00'), end: at('13:00') },
        { start: at('13:00'), end: at('18:00') },
      ],
    },
    { teamMemberId: LIAM, date: '2027-03-28', intervals: [{ start: at('09:00'), end: at('12:00') }] },
  ],
  unreadable: 0,
};

describe('busy rules', () => {
  it('names another appointment or a group event as busy, with its id', () => {
    expect(slotVerdict(days, { teamMemberId: EMMA, start: at('10:30'), durationSeconds: 3600 })).toEqual({
      problem: 'busy',
      conflictId: 1,
    });
    expect(slotVerdict(days, { teamMemberId: EMMA, start: at('14:30'), durationSeconds: 3600 })).toEqual({
      problem: 'busy',
      conflictId: 77,
    });
  });

  it('does not count the appointments being moved by the same change, but counts what the change claimed', () => {
    const ignoring = new Set([1, 2]);
    expect(
      slotVerdict(days, { teamMemberId: EMMA, start: at('10:30'), durationSeconds: 3600, ignoring }),
    ).toBeNull();
    const claimed = [{ start: Date.parse(at('11:00')), end: Date.parse(at('11:45')) }];
    expect(
      slotVerdict(days, { teamMemberId: EMMA, start: at('10:30'), durationSeconds: 3600, ignoring, claimed }),
    ).toEqual({ problem: 'busy', conflictId: null });
  });

  it('joins touching hours and refuses what runs past closing, on a day off or in the past', () => {
    expect(slotVerdict(days, { teamMemberId: EMMA, start: at('12:30'), durationSeconds: 3600 })).toBeNull();
    expect(slotVerdict(days, { teamMemberId: LIAM, start: at('11:30'), durationSeconds: 3600 })).toEqual({
      problem: 'outside-hours',
      conflictId: null,
    });
    expect(slotVerdict(days, { teamMemberId: 1003, start: at('11:30'), durationSeconds: 600 })).toEqual({
      problem: 'outside-hours',
      conflictId: null,
    });
    const now = Date.parse(at('12:00'));
    expect(
      slotVerdict(days, { teamMemberId: EMMA, start: at('12:00'), durationSeconds: 600, now }),
    ).toBeNull();
    expect(
      slotVerdict(days, {
        teamMemberId: EMMA,
        start: at('11:45'),
        durationSeconds: 600,
        ignoring: new Set([2]),
        now,
      }),
    ).toEqual({ problem: 'past', conflictId: null });
  });

  it('proposes the nearest free starts on a 15-minute grid, the later first on a tie', () => {
    expect(
      nearestFreeStarts(days, { teamMemberId: LIAM, around: at('10:00'), durationSeconds: 1800, limit: 3 }),
    ).toEqual([at('10:30'), at('09:30'), at('10:45')]);
    expect(
      nearestFreeStarts(days, { teamMemberId: LIAM, around: at('10:00'), durationSeconds: 4 * 3600 }),
    ).toEqual([]);
  });

  it('knows who provides every service of an appointment', () => {
    const services = [
      {
        id: 5,
        teamMembers: [
          { teamMemberId: EMMA, durationSeconds: 3600 },
          { teamMemberId: LIAM, durationSeconds: 3600 },
        ],
      },
      { id: 6, teamMembers: [{ teamMemberId: EMMA, durationSeconds: 1800 }] },
    ] as Service[];
    const cut = appointment(9, EMMA, '10:00', '11:00', {
      services: [{ id: 5 }, { id: 6 }] as Appointment['services'],
    });
    expect(providesAll(services, EMMA, cut)).toBe(true);
    expect(providesAll(services, LIAM, cut)).toBe(false);
  });
});
