import type { Weekday } from '../../../shared/domain/schedule';
import { DateTime } from '../altegio/luxon';

const WEEKDAY_NUMBERS: Record<Weekday, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** What makes a weekly series: its weekday, its local start time and how long each occurrence lasts. */
export interface WeeklyRule {
  weekday: Weekday;
  /** Local "HH:MM". */
  time: string;
  /** Including any technical break. */
  durationSeconds: number;
}

export interface WeeklyOccurrence {
  date: string;
  start: DateTime;
  end: DateTime;
}

/**
 * Every occurrence of a weekly series between two local dates (both included), at its local time in the
 * location's zone: the wall clock stays put across DST changes and the UTC instant moves. A time that a
 * spring-forward skips is moved on by the gap, as Altegio's own calendar does.
 */
export function weeklyOccurrences(
  rule: WeeklyRule,
  from: string,
  to: string,
  zone: string,
): WeeklyOccurrence[] {
  const last = DateTime.fromISO(to, { zone });
  let day = DateTime.fromISO(from, { zone });
  const ahead = (WEEKDAY_NUMBERS[rule.weekday] - day.weekday + 7) % 7;
  day = day.plus({ days: ahead });
  const occurrences: WeeklyOccurrence[] = [];
  while (day <= last) {
    const date = day.toISODate() as string;
    const start = DateTime.fromISO(`${date}T${rule.time}`, { zone });
    occurrences.push({ date, start, end: start.plus({ seconds: rule.durationSeconds }) });
    day = day.plus({ weeks: 1 });
  }
  return occurrences;
}
