import { Settings, type DateTime, type ToISOTimeOptions } from 'luxon';

// Main's Luxon throws on an invalid date instead of passing it along, so every time it formats is real.
// (The renderer cannot do this: MUI's pickers build invalid dates while a user types.) Main imports Luxon
// only through this module, so the setting is in force wherever main's code runs.
Settings.throwOnInvalid = true;

/** ISO text of a date-time; an invalid one has already thrown, so this is always a string. */
export function isoOf(dt: DateTime, options?: ToISOTimeOptions): string {
  return dt.toISO(options) as string;
}

/** "YYYY-MM-DD" of a date-time; an invalid one has already thrown. */
export function isoDateOf(dt: DateTime): string {
  return dt.toISODate() as string;
}

export { DateTime, Duration, IANAZone, Interval } from 'luxon';
