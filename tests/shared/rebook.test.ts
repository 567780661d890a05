import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  nearestTime,
  otherDaysByNearness,
  REBOOK_WEEKS,
  validWeeks,
} from '../../shared/domain/rebook';

const times = (...list: string[]) => list.map((time) => ({ time }));

describe('the time a rebooking proposes', () => {
  it('keeps the usual time when it is free', () => {
    expect(nearestTime(times('09:00', '10:00', '11:00'), 10 * 60)).toEqual({ time: '10:00' });
  });

  it('takes the nearest free time otherwise, the earlier of two equally near', () => {
    expect(nearestTime(times('09:00', '10:45', '13:00'), 10 * 60)).toEqual({ time: '10:45' });
    expect(nearestTime(times('09:30', '10:30'), 10 * 60)).toEqual({ time: '09:30' });
    // Order of the list does not matter.
    expect(nearestTime(times('10:30', '09:30'), 10 * 60)).toEqual({ time: '09:30' });
    expect(nearestTime(times('17:00', '08:00'), 10 * 60)).toEqual({ time: '08:00' });
  });

  it('proposes nothing on a day without free times, and skips what is not a time', () => {
    expect(nearestTime([], 600)).toBeNull();
    expect(nearestTime(times('soon', '14:00'), 600)).toEqual({ time: '14:00' });
  });
});

describe('the nearest other day', () => {
  it('orders the days around the target by distance, the later of two equally near first', () => {
    const target = '2027-02-09';
    const dates = ['2027-02-02', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-12', '2027-02-17'];
    expect(otherDaysByNearness(target, dates, 7)).toEqual([
      '2027-02-10',
      '2027-02-08',
      '2027-02-12',
      '2027-02-02',
    ]);
  });

  it('counts days across month ends and DST changes as calendar days', () => {
    expect(daysBetween('2027-03-13', '2027-03-15')).toBe(2);
    expect(daysBetween('2027-02-27', '2027-03-01')).toBe(2);
    expect(otherDaysByNearness('2027-03-14', ['2027-03-06', '2027-03-21', '2027-03-22'], 7)).toEqual([
      '2027-03-21',
    ]);
  });
});

describe('the remembered weeks', () => {
  it('keeps 1 to 12 and puts anything else back to the default', () => {
    expect(validWeeks(1)).toBe(1);
    expect(validWeeks(12)).toBe(12);
    for (const bad of [0, 13, 4.5, '4', null, undefined, NaN])
      expect(validWeeks(bad)).toBe(REBOOK_WEEKS.default);
  });
});
