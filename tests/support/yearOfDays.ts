import { DateTime } from 'luxon';

/** Zones the date helpers are swept across: New York (both DST changes) and Almaty (no DST). */
export const SWEEP_ZONES = ['America/New_York', 'Asia/Almaty'] as const;

/** Every local date of `year` ("YYYY-MM-DD"), 365 or 366 of them. */
export function everyDayOf(year: number): string[] {
  const days: string[] = [];
  for (let day = DateTime.utc(year, 1, 1); day.year === year; day = day.plus({ days: 1 })) {
    days.push(day.toISODate()!);
  }
  return days;
}

/** Hours the day has in `zone`: 23 or 25 on DST days, else 24. */
export function hoursInDay(date: string, zone: string): number {
  const start = DateTime.fromISO(date, { zone });
  return start.plus({ days: 1 }).diff(start, 'hours').hours;
}
