import { DateTime } from 'luxon';
import type { Location } from '../../../../shared/domain/location';

/**
 * The chain view shows one calendar date in every column: the same date, each location's own day in its
 * own zone (so its columns do not cover the same instants). When the locations are on different dates
 * now, the header of the one whose local date is not the shown date says which date it is there.
 */
export interface LocalClock {
  /** "20:00": the location's wall-clock time now. */
  time: string;
  /** The location's own date now, when it is not the shown date; null when it is. */
  otherDate: DateTime | null;
}

/** The location's clock at `nowMs`, against the date the view shows. */
export function localClock(zone: string, nowMs: number, shownDate: string): LocalClock {
  const local = DateTime.fromMillis(nowMs, { zone });
  return {
    time: local.toFormat('HH:mm'),
    otherDate: local.toISODate() === shownDate ? null : local.startOf('day'),
  };
}

/** The date `days` away from `date` (both "YYYY-MM-DD"; calendar days, so DST changes nothing). */
export function shiftDate(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() as string;
}

/**
 * The locations shown, in the user's order of locations: those chosen that still exist, or, when fewer
 * than two remain, the open location and the next ones up to `max`.
 */
export function shownLocations(
  locations: readonly Location[],
  chosen: readonly number[] | null,
  openId: number,
  max = 4,
): Location[] {
  const kept = chosen ? locations.filter((location) => chosen.includes(location.id)) : [];
  if (kept.length >= 2) return kept;
  const open = locations.filter((location) => location.id === openId);
  const others = locations.filter((location) => location.id !== openId);
  const picked = new Set([...open, ...others].slice(0, max).map((location) => location.id));
  return locations.filter((location) => picked.has(location.id));
}
