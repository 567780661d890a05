import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Weekday } from '../../shared/domain/schedule';
import { weeklyOccurrences } from '../../electron/main/handlers/scheduleOccurrences';

const NEW_YORK = 'America/New_York';
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const startsOf = (weekday: Weekday, from: string, to: string, zone = NEW_YORK, time = '18:30') =>
  weeklyOccurrences({ weekday, time, durationSeconds: 3600 }, from, to, zone).map((o) =>
    o.start.toISO({ suppressMilliseconds: true }),
  );

describe('weeklyOccurrences', () => {
  it('lists each weekday of a series between two dates, both included', () => {
    expect(startsOf('tue', '2027-02-02', '2027-02-16')).toEqual([
      '2027-02-02T18:30:00-05:00',
      '2027-02-09T18:30:00-05:00',
      '2027-02-16T18:30:00-05:00',
    ]);
    expect(startsOf('wed', '2027-02-02', '2027-02-16')).toEqual([
      '2027-02-03T18:30:00-05:00',
      '2027-02-10T18:30:00-05:00',
    ]);
    expect(startsOf('mon', '2027-02-02', '2027-02-07')).toEqual([]);
  });

  it('keeps the local time across the March and November changes in New York', () => {
    expect(startsOf('sun', '2027-03-07', '2027-03-21')).toEqual([
      '2027-03-07T18:30:00-05:00',
      '2027-03-14T18:30:00-04:00',
      '2027-03-21T18:30:00-04:00',
    ]);
    expect(startsOf('thu', '2026-10-29', '2026-11-12')).toEqual([
      '2026-10-29T18:30:00-04:00',
      '2026-11-05T18:30:00-05:00',
      '2026-11-12T18:30:00-05:00',
    ]);
  });

  it('moves a time that the spring-forward skips on by the gap, and ends by the same wall clock', () => {
    const [occurrence] = weeklyOccurrences(
      { weekday: 'sun', time: '02:30', durationSeconds: 5400 },
      '2027-03-14',
      '2027-03-14',
      NEW_YORK,
    );
    expect(occurrence?.start.toISO({ suppressMilliseconds: true })).toBe('2027-03-14T03:30:00-04:00');
    expect(occurrence?.end.toISO({ suppressMilliseconds: true })).toBe('2027-03-14T05:00:00-04:00');
  });

  it('works on the southern hemisphere’s changes and in zones without DST', () => {
    expect(startsOf('sun', '2027-03-28', '2027-04-11', 'Australia/Sydney', '09:00')).toEqual([
      '2027-03-28T09:00:00+11:00',
      '2027-04-04T09:00:00+10:00',
      '2027-04-11T09:00:00+10:00',
    ]);
    expect(startsOf('fri', '2027-01-01', '2027-01-08', 'Asia/Kolkata', '07:15')).toEqual([
      '2027-01-01T07:15:00+05:30',
      '2027-01-08T07:15:00+05:30',
    ]);
  });

  it('over a whole year, every weekday falls on its weekday at its wall clock, seven days apart', () => {
    for (const [index, weekday] of WEEKDAYS.entries()) {
      const occurrences = weeklyOccurrences(
        { weekday, time: '01:30', durationSeconds: 2700 },
        '2026-12-31',
        '2027-12-31',
        NEW_YORK,
      );
      expect(occurrences.length).toBeGreaterThanOrEqual(52);
      expect(occurrences.length).toBeLessThanOrEqual(53);
      for (const [i, occurrence] of occurrences.entries()) {
        expect(occurrence.start.weekday).toBe(index + 1);
        expect(occurrence.start.toFormat('HH:mm')).toBe('01:30');
        expect(occurrence.end.diff(occurrence.start, 'minutes').minutes).toBe(45);
        const previous = occurrences[i - 1];
        if (previous)
          expect(DateTime.fromISO(occurrence.date).diff(DateTime.fromISO(previous.date), 'days').days).toBe(
            7,
          );
      }
    }
  });
});
