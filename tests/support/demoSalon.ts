import { DateTime } from 'luxon';
import { TEST_NOW } from './testClock';

/** The demo salon (location 101) and the team members the scenarios use. */
export const SALON_ID = 101;
export const STUDIO_ID = 102;
export const SALON_ZONE = 'America/New_York';
export const EMMA = 1001; // 09–13, 14–18 on Tuesdays
export const LIAM = 1002; // 10–19 on Tuesdays

/** The salon's "today" at the run's pinned instant. */
export const SALON_TODAY: string = DateTime.fromJSDate(TEST_NOW, { zone: SALON_ZONE }).toISODate()!;

/**
 * The seed fills 28 days back and 13 ahead, and group events run 28 days ahead; the first Tuesday after
 * all of that has working hours and not one seeded appointment: a clean page for each test.
 */
export function quietTuesdayAfter(today: string): string {
  let day = DateTime.fromISO(today).plus({ days: 29 });
  while (day.weekday !== 2) day = day.plus({ days: 1 });
  return day.toISODate()!;
}

export const QUIET_DAY: string = quietTuesdayAfter(SALON_TODAY);

let phoneCounter = Math.floor(Math.random() * 9000);

/**
 * A phone number no seeded client has (the seed uses 212, 347, 646, 718 and 917), different on each
 * call: Altegio matches clients by phone, so a clash would book under someone else's name.
 */
export function freshPhone(): string {
  phoneCounter = (phoneCounter + 1) % 9000;
  return `+1202555${String(1000 + phoneCounter)}`;
}

/** A wall-clock time in the salon as ISO with the offset it has that day (DST-proof). */
export function salonTime(date: string, time: string): string {
  return DateTime.fromISO(`${date}T${time}`, { zone: SALON_ZONE }).toISO({ suppressMilliseconds: true })!;
}

/** `date` shifted by whole days. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date).plus({ days }).toISODate()!;
}

/** A date as the app writes it, e.g. "Tuesday 2 February 2027" for `cccc d LLLL yyyy`. */
export function formatDay(date: string, format: string): string {
  return DateTime.fromISO(date).toFormat(format);
}
