import { DateTime } from 'luxon';

/**
 * Luxon helpers for the renderer. Main runs Luxon with throwOnInvalid; the renderer cannot (MUI's date
 * pickers build invalid dates while a user types), so a date that must be valid is checked here.
 */
function valid(dt: DateTime): DateTime {
  if (!dt.isValid) throw new Error(`Not a valid date: ${dt.invalidExplanation ?? dt.invalidReason ?? ''}`);
  return dt;
}

/** "YYYY-MM-DD" of a date known to be valid. */
export function isoDate(dt: DateTime): string {
  return valid(dt).toISODate() as string;
}

/** ISO with offset, without milliseconds, of a time known to be valid. */
export function isoDateTime(dt: DateTime): string {
  return valid(dt).toISO({ suppressMilliseconds: true }) as string;
}

/** Today's date at the location, by its zone (not the computer's). */
export function todayIn(zone: string): string {
  return isoDate(DateTime.now().setZone(zone));
}
