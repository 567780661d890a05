import { describe, expect, it } from 'vitest';
import {
  canAddBreak,
  formProblems,
  slotsOfDay,
  withBreak,
  withMoreHours,
} from '../../renderer/src/features/teamHours/model';
import { DayHours } from '../../shared/domain/teamHours';

describe('team hours model', () => {
  it('reads a day’s intervals as wall-clock slots in the location’s zone, across the DST change', () => {
    const day = {
      teamMemberId: 1,
      date: '2027-03-14',
      intervals: [{ start: '2027-03-14T09:00:00-04:00', end: '2027-03-14T13:00:00-04:00' }],
    };
    expect(slotsOfDay(day, 'America/New_York')).toEqual({
      slots: [{ from: '09:00', to: '13:00' }],
      pastMidnight: false,
    });
    expect(slotsOfDay(undefined, 'America/New_York')).toEqual({ slots: [], pastMidnight: false });
  });

  it('reads hours ending at midnight as 24:00, and accepts 24:00 as an end only', () => {
    const day = {
      teamMemberId: 1,
      date: '2027-03-13',
      // The night before the clocks go forward: midnight is still -05:00.
      intervals: [{ start: '2027-03-13T16:00:00-05:00', end: '2027-03-14T00:00:00-05:00' }],
    };
    expect(slotsOfDay(day, 'America/New_York')).toEqual({
      slots: [{ from: '16:00', to: '24:00' }],
      pastMidnight: false,
    });
    expect(formProblems([{ from: '16:00', to: '24:00' }])).toEqual({});
    expect(DayHours.safeParse([{ from: '16:00', to: '24:00' }]).success).toBe(true);
    expect(formProblems([{ from: '24:00', to: '24:00' }])).toEqual({ '0.from': 'issue.teamHours.time' });
    expect(DayHours.safeParse([{ from: '24:00', to: '24:00' }]).success).toBe(false);
    expect(formProblems([{ from: '10:00', to: '24:01' }])).toEqual({ '0.to': 'issue.teamHours.time' });
    expect(withBreak([{ from: '16:00', to: '24:00' }])).toEqual([
      { from: '16:00', to: '19:45' },
      { from: '20:15', to: '24:00' },
    ]);
  });

  it('flags hours that run past midnight instead of cutting them short', () => {
    const day = {
      teamMemberId: 1,
      date: '2027-01-12',
      intervals: [
        { start: '2027-01-12T10:00:00-05:00', end: '2027-01-12T14:00:00-05:00' },
        { start: '2027-01-12T20:00:00-05:00', end: '2027-01-13T02:00:00-05:00' },
      ],
    };
    expect(slotsOfDay(day, 'America/New_York')).toEqual({
      slots: [
        { from: '10:00', to: '14:00' },
        { from: '20:00', to: '02:00' },
      ],
      pastMidnight: true,
    });
  });

  it('names each problem at its field: malformed, backwards, overlapping', () => {
    expect(formProblems([{ from: '9', to: '12:00' }])).toEqual({ '0.from': 'issue.teamHours.time' });
    expect(formProblems([{ from: '12:00', to: '12:00' }])).toEqual({
      '0.to': 'issue.teamHours.endBeforeStart',
    });
    expect(
      formProblems([
        { from: '09:00', to: '13:00' },
        { from: '14:00', to: '18:00' },
        { from: '12:30', to: '14:30' },
      ]),
    ).toEqual({ '2.from': 'issue.teamHours.overlap' });
    expect(
      formProblems([
        { from: '09:00', to: '13:00' },
        { from: '13:00', to: '18:00' },
      ]),
    ).toEqual({});
    expect(
      DayHours.safeParse([
        { from: '09:00', to: '13:00' },
        { from: '12:00', to: '18:00' },
      ]).success,
    ).toBe(false);
  });

  it('adds a break in the middle of the longest block, and hours to a day off', () => {
    expect(withBreak([{ from: '09:00', to: '17:00' }])).toEqual([
      { from: '09:00', to: '12:45' },
      { from: '13:15', to: '17:00' },
    ]);
    expect(canAddBreak([{ from: '09:00', to: '10:00' }])).toBe(false);
    expect(withMoreHours([])).toEqual([{ from: '10:00', to: '18:00' }]);
    expect(withMoreHours([{ from: '09:00', to: '12:00' }])).toHaveLength(2);
  });
});
