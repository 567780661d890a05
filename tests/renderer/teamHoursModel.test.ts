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
    expect(slotsOfDay(day, 'America/New_York')).toEqual([{ from: '09:00', to: '13:00' }]);
    expect(slotsOfDay(undefined, 'America/New_York')).toEqual([]);
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
