import { DateTime, IANAZone } from 'luxon';

const DAY_MS = 86_400_000;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A DateTime built from request text, or null when the text is not a real date. The emulator may share
 * a process with code that sets Luxon's throwOnInvalid (the desktop app does), so it never relies on
 * getting an invalid DateTime back.
 */
export function readDate(build: () => DateTime): DateTime | null {
  try {
    const dt = build();
    return dt.isValid ? dt : null;
  } catch {
    return null;
  }
}

export function isDate(value: string): boolean {
  return DATE_RE.test(value) && readDate(() => DateTime.fromISO(value)) !== null;
}

/** Calendar arithmetic on "YYYY-MM-DD" strings (zone-free). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return (day === 0 ? 7 : day) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

export function todayIn(zone: string, nowMs: number): string {
  return msToLocal(nowMs, zone).slice(0, 10);
}

// Serialising a page of records formats thousands of instants; Luxon's toFormat costs ~50 µs each, so the
// zone offset is looked up once per quarter hour (every real zone changes offset on a quarter-hour boundary)
// and the strings are built from a shifted UTC date.
const QUARTER_HOUR_MS = 900_000;
const offsetCache = new Map<string, Map<number, number>>();

/** The zone's UTC offset in minutes at an instant. */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  let byQuarter = offsetCache.get(zone);
  if (!byQuarter || byQuarter.size > 200_000) offsetCache.set(zone, (byQuarter = new Map()));
  const key = Math.floor(ms / QUARTER_HOUR_MS);
  let offset = byQuarter.get(key);
  if (offset === undefined) {
    offset = IANAZone.create(zone).offset(ms);
    byQuarter.set(key, offset);
  }
  return offset;
}

function wallClock(ms: number, offsetMinutes: number, separator: ' ' | 'T'): string {
  const iso = new Date(ms + offsetMinutes * 60_000).toISOString();
  return `${iso.slice(0, 10)}${separator}${iso.slice(11, 19)}`;
}

function offsetText(offsetMinutes: number, colon: boolean): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return colon ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
}

/** Local wall clock "YYYY-MM-DD HH:MM:SS" of an instant in a zone. */
export function msToLocal(ms: number, zone: string): string {
  return wallClock(ms, zoneOffsetMinutes(zone, ms), ' ');
}

/**
 * The instant of a local date + minutes after midnight in a zone. A wall time inside a DST gap resolves
 * forward (02:30 on a spring-forward night becomes 03:30); in the repeated hour the earlier instant wins.
 */
export function localMinutesToMs(date: string, minutes: number, zone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, Math.floor(minutes / 60), minutes % 60);
  const first = asUtc - zoneOffsetMinutes(zone, asUtc) * 60_000;
  const second = asUtc - zoneOffsetMinutes(zone, first) * 60_000;
  const candidates = [first, second].filter((ms) => ms + zoneOffsetMinutes(zone, ms) * 60_000 === asUtc);
  return candidates.length ? Math.min(...candidates) : Math.max(first, second);
}

/** Minutes after local midnight of a "YYYY-MM-DD HH:MM:SS" wall clock. */
export function localMinutes(local: string): number {
  return Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));
}

export function hhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export function parseHhmm(value: string): number | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 24 * 60 ? minutes : null;
}

function standardOffset(zone: string, ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  return Math.min(
    zoneOffsetMinutes(zone, Date.UTC(year, 0, 1)),
    zoneOffsetMinutes(zone, Date.UTC(year, 6, 1)),
  );
}

/**
 * `datetime` wire format "YYYY-MM-DDTHH:MM:SS+05:00". With `freezeStandardOffset` the offset is the zone's
 * standard one all year (the real-Altegio DST quirk): the wall clock is then shifted to that offset too.
 */
export function formatDatetime(ms: number, zone: string, freezeStandardOffset = false): string {
  const offset = freezeStandardOffset ? standardOffset(zone, ms) : zoneOffsetMinutes(zone, ms);
  return `${wallClock(ms, offset, 'T')}${offsetText(offset, true)}`;
}

/** `create_date` / `last_change_date` wire format "YYYY-MM-DDTHH:MM:SS+0500" (no colon). */
export function formatChangeDate(ms: number, zone: string): string {
  const offset = zoneOffsetMinutes(zone, ms);
  return `${wallClock(ms, offset, 'T')}${offsetText(offset, false)}`;
}

/** Offset in whole hours, as `company.timezone`. */
export function zoneOffsetHours(zone: string, ms: number): number {
  return zoneOffsetMinutes(zone, ms) / 60;
}

/**
 * Request datetimes: ISO with an offset (honoured), or without one / in "YYYY-MM-DD HH:MM:SS" form
 * (read in the location zone). Returns null when unparseable.
 */
export function parseRequestDatetime(value: unknown, zone: string): number | null {
  if (typeof value !== 'string' || value.length < 10) return null;
  const normalised = value.trim().replace(' ', 'T');
  return readDate(() => DateTime.fromISO(normalised, { zone, setZone: false }))?.toMillis() ?? null;
}
