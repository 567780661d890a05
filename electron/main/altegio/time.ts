import { DateTime, isoDateOf, isoOf } from './luxon';

/**
 * Altegio's three time formats and the location clock. The domain speaks ISO-8601 with the offset the
 * location's IANA zone has at that instant; the wire speaks naive local times, `+05:00` and `+0500`.
 * Luxon throws on invalid dates here (see ./luxon), so every reader of untrusted text goes through
 * `readable`, which turns "not a date" into null.
 */

const NAIVE = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?$/;
const WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;
/** Dates Altegio uses for "unknown". */
const SENTINEL_DATES = new Set(['0000-00-00', '1970-01-01', '1900-01-01']);
const SECONDS = { suppressMilliseconds: true } as const;
/** A birthday kept without its year: Altegio stores it in the year 1900. */
const YEARLESS = /^1900-(\d{2})-(\d{2})$/;

/** The result of a Luxon call, or null when the input is not a real date or time. */
function readable<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/** A naive local "YYYY-MM-DD HH:MM[:SS]" (space or T) read as wall-clock time in `zone`. */
export function naiveToDateTime(value: string, zone: string): DateTime | null {
  const match = NAIVE.exec(value.trim());
  if (!match) return null;
  return readable(() => DateTime.fromISO(`${match[1]}T${match[2]}:${match[3] ?? '00'}`, { zone }));
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
    return readable(() =>
      DateTime.fromISO(`${offset[1]}T${offset[2]}:${offset[3] ?? '00'}${zoneText}`, {
        setZone: true,
      }).setZone(zone),
    );
  }
  return naiveToDateTime(text, zone);
}

/** ISO text (offset in `zone`) of any wire time, or null for missing, sentinel or unreadable values. */
export function wireTimeToIso(value: unknown, zone: string): string | null {
  if (typeof value !== 'string' || SENTINEL_DATES.has(value.trim().slice(0, 10))) return null;
  const dt = parseWireTime(value, zone);
  return dt ? readable(() => isoOf(dt, { suppressMilliseconds: true })) : null;
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

/** ISO in `zone`; throws for an instant Luxon cannot represent (callers map that to "unreadable"). */
export function toIsoInZone(dt: DateTime, zone: string): string {
  return isoOf(dt.setZone(zone), { suppressMilliseconds: true });
}

/** A domain ISO time (any offset) → the request `datetime`: ISO with the zone's offset at that instant. */
export function toRequestDatetime(iso: string, zone: string): string | null {
  return readable(() => toIsoInZone(DateTime.fromISO(iso, { zone }), zone));
}

/** `changed_after`/`changed_before`: "YYYY-MM-DDTHH:MM:SS" without offset, wall-clock time in the zone. */
export function toNaiveFilter(iso: string, zone: string): string | null {
  return readable(() => DateTime.fromISO(iso, { zone }).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm:ss"));
}

/** A local date "YYYY-MM-DD" plus a wall-clock "HH:MM[:SS]" in `zone` (24:00 is the next midnight). */
export function localToIso(date: string, time: string, zone: string): string | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time.trim());
  const day = readable(() => DateTime.fromISO(date, { zone }));
  if (!match || !day) return null;
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (hour >= 24) return readable(() => isoOf(day.plus({ days: 1 }).startOf('day'), SECONDS));
  // The wall clock (not hours added to midnight), read as every naive Altegio time is read: an hour
  // that happens twice when the clocks go back is the second one, like naiveToDateTime's.
  const { year, month, day: dayOfMonth } = day;
  return readable(() =>
    isoOf(DateTime.fromObject({ year, month, day: dayOfMonth, hour, minute, second }, { zone }), SECONDS),
  );
}

/** Calendar date "YYYY-MM-DD" of a domain ISO time as seen in the zone. */
export function localDate(iso: string, zone: string): string | null {
  return readable(() => isoDateOf(DateTime.fromISO(iso, { zone }).setZone(zone)));
}

/** "Now" in `zone` as domain ISO text. */
export function nowIn(nowMs: number, zone: string): string {
  return isoOf(DateTime.fromMillis(nowMs, { zone }), SECONDS);
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && readable(() => DateTime.fromISO(value)) !== null;
}

export function sentinelFreeDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const date = value.trim().slice(0, 10);
  return isIsoDate(date) && !SENTINEL_DATES.has(date) ? date : null;
}

/**
 * A client's birthday: "YYYY-MM-DD", or "--MM-DD" when Altegio keeps it without a year (as 1900-MM-DD,
 * which most real clients have); null when unknown (the sentinels, 1900-01-01 included).
 */
export function birthdayOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const date = value.trim().slice(0, 10);
  const yearless = YEARLESS.exec(date);
  if (yearless && !SENTINEL_DATES.has(date) && isIsoDate(`2000-${yearless[1]}-${yearless[2]}`)) {
    return `--${yearless[1]}-${yearless[2]}`;
  }
  return sentinelFreeDate(date);
}

/** The wire form of a birthday: a year-less one goes back as 1900-MM-DD. */
export function birthdayToWire(value: string | null): string {
  if (!value) return '';
  return value.startsWith('--') ? `1900${value.slice(1)}` : value;
}
