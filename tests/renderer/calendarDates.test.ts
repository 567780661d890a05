import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { typedDate } from '../../renderer/src/features/calendar/dateInput';
import { localRange } from '../../renderer/src/features/calendar/rangeOf';
import { offHoursEvents } from '../../renderer/src/features/calendar/workingHours';
import { everyDayOf, hoursInDay, SWEEP_ZONES } from '../support/yearOfDays';

const DAYS = everyDayOf(2027);

describe.each(SWEEP_ZONES)('calendar dates for every day of 2027 in %s', (zone) => {
  it('turns the visible day and week into the local dates to load', () => {
    for (const day of DAYS) {
      const start = DateTime.fromISO(day, { zone });
      // FullCalendar hands over [start, end) as ISO in the calendar's zone.
      expect(localRange(start.toISO()!, start.plus({ days: 1 }).toISO()!, zone), day).toEqual({
        from: day,
        to: day,
      });
      const monday = start.startOf('week');
      expect(localRange(monday.toISO()!, monday.plus({ weeks: 1 }).toISO()!, zone), day).toEqual({
        from: monday.toISODate(),
        to: monday.plus({ days: 6 }).toISODate(),
      });
    }
  });

  it('shades exactly the hours outside 09:00–17:00, on short and long days too', () => {
    for (const day of DAYS) {
      const at = (time: string) => DateTime.fromISO(`${day}T${time}`, { zone }).toISO()!;
      const events = offHoursEvents(
        [{ teamMemberId: 1, date: day, intervals: [{ start: at('09:00'), end: at('17:00') }] }],
        zone,
      );
      const shaded = events.reduce(
        (sum, event) => sum + (Date.parse(String(event.end)) - Date.parse(String(event.start))),
        0,
      );
      expect(shaded / 3_600_000, day).toBe(hoursInDay(day, zone) - 8);
      const dayOff = offHoursEvents([{ teamMemberId: 1, date: day, intervals: [] }], zone);
      const length = Date.parse(String(dayOff[0]!.end)) - Date.parse(String(dayOff[0]!.start));
      expect(length / 3_600_000, day).toBe(hoursInDay(day, zone));
    }
  });

  it('takes a typed date only once it is complete and real', () => {
    for (const day of DAYS) {
      const typed = DateTime.fromISO(day, { zone });
      expect(typedDate(typed), day).toBe(day);
    }
  });
});

describe('a date being typed', () => {
  it('is not a date while the month has no such day or the year is still being typed', () => {
    const zone = 'America/New_York';
    expect(typedDate(DateTime.fromObject({ year: 2026, month: 2, day: 29 }, { zone }))).toBeNull();
    expect(typedDate(DateTime.fromObject({ year: 2028, month: 2, day: 29 }, { zone }))).toBe('2028-02-29');
    for (const year of [2, 20, 202, 1899, 2200]) {
      expect(typedDate(DateTime.fromObject({ year, month: 2, day: 2 }, { zone })), String(year)).toBeNull();
    }
    expect(typedDate(null)).toBeNull();
  });
});
