import { describe, expect, it } from 'vitest';
import {
  describeOffset,
  normalizeOffset,
  offsetToTime,
  shiftedStart,
} from '../../../../renderer/src/features/visitMove/model';

const zone = 'America/New_York';
// Tuesday 9 March 2027, 10:00 EST; the clocks go forward on Sunday 14 March.
const start = '2027-03-09T10:00:00-05:00';

describe('visitMove offsets', () => {
  it('moves by calendar days on the wall clock, so a week across the change keeps the time of day', () => {
    expect(shiftedStart(start, { days: 7, minutes: 0 }, zone).toISO()).toBe('2027-03-16T10:00:00.000-04:00');
    expect(shiftedStart(start, { days: 7, minutes: -30 }, zone).toISO()).toBe(
      '2027-03-16T09:30:00.000-04:00',
    );
  });

  it('anchors a typed time to the day the move goes to, not the appointment’s own day', () => {
    expect(offsetToTime(start, { days: 7, minutes: 0 }, '09:00', zone)).toEqual({ days: 7, minutes: -60 });
    expect(offsetToTime(start, { days: 0, minutes: 90 }, '12:15', zone)).toEqual({ days: 0, minutes: 135 });
    expect(offsetToTime(start, { days: 0, minutes: 0 }, '9.00', zone)).toBeNull();
  });

  it('describes offsets in weeks, days, hours and minutes', () => {
    expect(describeOffset({ days: 0, minutes: 0 })).toBe('Not moved yet');
    expect(describeOffset({ days: 7, minutes: 0 })).toBe('1 week later');
    expect(describeOffset({ days: -14, minutes: 0 })).toBe('2 weeks earlier');
    expect(describeOffset({ days: 0, minutes: 60 })).toBe('1 h later');
    expect(describeOffset({ days: 1, minutes: 75 })).toBe('1 day 1 h 15 min later');
    expect(describeOffset({ days: 0, minutes: -15 })).toBe('15 min earlier');
  });

  it('carries whole days out of the minutes and keeps a drag within the fortnight', () => {
    expect(normalizeOffset({ days: 0, minutes: 1500 })).toEqual({ days: 1, minutes: 60 });
    expect(normalizeOffset({ days: 20, minutes: 0 })).toEqual({ days: 14, minutes: 0 });
    expect(normalizeOffset({ days: -14, minutes: -15 })).toEqual({ days: -14, minutes: 0 });
  });
});
