import { DateTime } from 'luxon';

/**
 * Altegio's three time formats and the location clock. The domain speaks ISO-8601 with the offset the
 * location's IANA zone has at that instant; the wire speaks naive local times, `+05:00` and `+0500`.
 */

const NAIVE = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?$/;
const WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;
/** Dates Altegio uses for "unknown". */
const SENTINEL_DATES = new Set(['0000-00-00', '1970-01-01', '1900-01-01']);

function isoText(dt: DateTime): string | null {
  return dt.isValid ? dt.toISO({ suppressMilliseconds: true }) : null;
}

/** A naive local "YYYY-MM-DD HH:MM[:SS]" (space or T) read as wall-clock time in `zone`. */
export function naiveToDateTime(value: string, zone: string): DateTime | null {
  const match = NAIVE.exec(value.trim());
  if (!match) return null;
  const dt = DateTime.fromISO(`${match[1]}T${match[2]}:${match[3] ?? '00'}`, { zone });
  return dt.isValid ? dt : null;
}

/**
 * Any of Altegio's formats as an instant in `zone`: naive local time (read in the zone), or a time with
 * an offset `+05:00`, `+0500` or `Z` (the offset fixes the instant). Null when unreadable.
 */
export function parseWireTime(value: unknown, zone: string): DateTime | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const text = value.trim();
  const offset = WITH_OFFSET.exec(text);
  if (offset) {
    const zoneText = offset[4] === 'Z' ? 'Z' : (offset[4] ?? '').replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    const dt = DateTime.fromISO(`${offset[1]}T${offset[2]}:${offset[3] ?? '00'}${zoneText}`, {
      setZone: true,
    });
    return dt.isValid ? dt.setZone(zone) : null;
  }
  return naiveToDateTime(text, zone);
}

/** ISO text (offset in `zone`) of any wire time, or null for missing, sentinel or unreadable values. */
export function wireTimeToIso(value: unknown, zone: string): string | null {
  if (typeof value !== 'string' || SENTINEL_DATES.has(value.trim().slice(0, 10))) return null;
  const dt = parseWireTime(value, zone);
  return dt ? isoText(dt) : null;
}

/**
 * The start of an appointment. The naive `date` is the wall-clock truth; the offset in `datetime` can be
 * stuck at the zone's standard offset across DST, so `datetime` is only the fallback.
 */
export function appointmentStart(date: unknown, datetime: unknown, zone: string): DateTime | null {
  if (typeof date === 'string') {
    const local = naiveToDateTime(date, zone);
    if (local) return local;
  }
  return parseWireTime(datetime, zone);
}

export function toIsoInZone(dt: DateTime, zone: string): string {
  return dt.setZone(zone).toISO({ suppressMilliseconds: true }) ?? '';
}

/** A domain ISO time (any offset) → the request `datetime`: ISO with the zone's offset at that instant. */
export function toRequestDatetime(iso: string, zone: string): string | null {
  const dt = DateTime.fromISO(iso, { zone, setZone: false });
  return dt.isValid ? toIsoInZone(dt, zone) : null;
}

/** `changed_after`/`changed_before`: "YYYY-MM-DDTHH:MM:SS" without offset, wall-clock time in the zone. */
export function toNaiveFilter(iso: string, zone: string): string | null {
  const dt = DateTime.fromISO(iso, { zone, setZone: false });
  return dt.isValid ? dt.setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm:ss") : null;
}

/** A local date "YYYY-MM-DD" plus a wall-clock "HH:MM[:SS]" in `zone` (24:00 is the next midnight). */
export function localToIso(date: string, time: string, zone: string): string | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time.trim());
  const day = DateTime.fromISO(date, { zone });
  if (!match || !day.isValid) return null;
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (hour >= 24) return isoText(day.plus({ days: 1 }).startOf('day'));
  // The wall clock (not hours added to midnight), read as every naive Altegio time is read: an hour
  // that happens twice when the clocks go back is the second one, like naiveToDateTime's.
  const { year, month, day: dayOfMonth } = day;
  return isoText(DateTime.fromObject({ year, month, day: dayOfMonth, hour, minute, second }, { zone }));
}

/** Calendar date "YYYY-MM-DD" of a domain ISO time as seen in the zone. */
export function localDate(iso: string, zone: string): string | null {
  const dt = DateTime.fromISO(iso, { zone, setZone: false });
  return dt.isValid ? dt.setZone(zone).toISODate() : null;
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid;
}

export function sentinelFreeDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const date = value.trim().slice(0, 10);
  return isIsoDate(date) && !SENTINEL_DATES.has(date) ? date : null;
}
