import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  localDate,
  localToIso,
  naiveToDateTime,
  toNaiveFilter,
  toRequestDatetime,
} from '../../../electron/main/altegio/time';
import { everyDayOf, hoursInDay, SWEEP_ZONES } from '../../support/yearOfDays';

const DAYS = everyDayOf(2027);
const TIMES = ['00:00', '01:30', '02:30', '03:00', '09:15', '12:00', '23:45'];

describe.each(SWEEP_ZONES)('every day of 2027 in %s', (zone) => {
  it('has the DST days New York has, and none in Almaty', () => {
    const odd = DAYS.filter((day) => hoursInDay(day, zone) !== 24);
    expect(odd).toEqual(zone === 'America/New_York' ? ['2027-03-14', '2027-11-07'] : []);
  });

  it('keeps the wall clock and the date of a local time, both ways', () => {
    for (const day of DAYS) {
      for (const time of TIMES) {
        const iso = localToIso(day, time, zone);
        expect(iso, `${day} ${time}`).not.toBeNull();
        const back = DateTime.fromISO(iso!, { setZone: true });
        // The offset is the zone's own at that instant, never the computer's.
        expect(back.offset, `${day} ${time}`).toBe(DateTime.fromISO(iso!).setZone(zone).offset);
        expect(localDate(iso!, zone), `${day} ${time}`).toBe(day);
        const naive = naiveToDateTime(`${day} ${time}:00`, zone);
        expect(naive?.toMillis(), `${day} ${time}`).toBe(back.toMillis());
        const skipped = !DateTime.fromISO(`${day}T${time}`, { zone }).toISO()!.includes(`T${time}`);
        if (!skipped) {
          // Wall-clock times that exist come back exactly; 02:30 on the spring-forward day does not exist.
          expect(toNaiveFilter(iso!, zone), `${day} ${time}`).toBe(`${day}T${time}:00`);
          expect(toRequestDatetime(iso!, zone)?.slice(0, 16)).toBe(`${day}T${time}`);
        }
      }
    }
  });

  it('counts 24:00 as the next midnight, whatever the day’s length', () => {
    for (const day of DAYS) {
      const midnight = localToIso(day, '00:00', zone)!;
      const end = localToIso(day, '24:00', zone)!;
      const hours = (Date.parse(end) - Date.parse(midnight)) / 3_600_000;
      expect(hours, day).toBe(hoursInDay(day, zone));
      expect(localDate(end, zone)).toBe(DateTime.fromISO(day).plus({ days: 1 }).toISODate());
    }
  });

  it('reads an instant given in any offset as the right local date', () => {
    for (const day of DAYS) {
      const noon = DateTime.fromISO(`${day}T12:00`, { zone });
      expect(localDate(noon.toUTC().toISO()!, zone), day).toBe(day);
      expect(localDate(noon.setZone('Asia/Tokyo').toISO()!, zone), day).toBe(day);
    }
  });
});
