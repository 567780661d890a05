import type { Appointment } from '../../../../shared/domain/appointment';

/**
 * The appointments of one location and date range, as this desk knows them: the one owner that the
 * calendar, the drawer, the search and the print sheet read, patched by loads, polls and saves alike.
 *
 * Every write carries the stamp of its request: a counter taken when the request *began*. The newest
 * `lastChangedAt` always wins; on a tie (Altegio keeps whole seconds) the later-begun request wins, so a
 * poll that started before a save can never put the old version back.
 */
export interface AppointmentEntry {
  appointment: Appointment;
  /** The stamp of the request this version came from. */
  stamp: number;
}

export interface AppointmentRange {
  /** Local dates of the range, both included (the location's zone). */
  from: string;
  to: string;
  /** By id. Deleted appointments stay as tombstones so a late, older copy cannot bring them back. */
  entries: ReadonlyMap<number, AppointmentEntry>;
  /** Records Altegio sent for this range that main could not read (shown as a count). */
  unreadable: number;
}

let lastStamp = 0;

/** A stamp for a request about to begin; later requests get larger stamps. */
export function nextStamp(): number {
  lastStamp += 1;
  return lastStamp;
}

const changedAt = (appointment: Appointment) =>
  appointment.lastChangedAt ? Date.parse(appointment.lastChangedAt) : Number.NEGATIVE_INFINITY;

function sameContent(a: Appointment, b: Appointment): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Whether `incoming` (from a request stamped `stamp`) should replace what is known. */
export function supersedes(
  incoming: Appointment,
  stamp: number,
  known: AppointmentEntry | undefined,
): boolean {
  if (!known) return true;
  const [mine, theirs] = [changedAt(incoming), changedAt(known.appointment)];
  if (mine !== theirs) return mine > theirs;
  return stamp > known.stamp && !sameContent(incoming, known.appointment);
}

/** The local date ("YYYY-MM-DD") an appointment starts on: its ISO text carries the location's offset. */
export function localDateOf(appointment: Appointment): string {
  return appointment.start.slice(0, 10);
}

export function inRange(range: Pick<AppointmentRange, 'from' | 'to'>, appointment: Appointment): boolean {
  const date = localDateOf(appointment);
  return date >= range.from && date <= range.to;
}

export function emptyRange(from: string, to: string): AppointmentRange {
  return { from, to, entries: new Map(), unreadable: 0 };
}

/**
 * A save's reply leaves the payments out (only reads ask for them), and saving an appointment never
 * changes what was paid: keep what the desk knew rather than forget it.
 */
function withKnownPayments(incoming: Appointment, known: AppointmentEntry | undefined): Appointment {
  const payments = known?.appointment.payments;
  return incoming.payments === null && payments ? { ...incoming, payments } : incoming;
}

/**
 * Applies appointments from a poll or a save. Only what supersedes the known version changes; an
 * appointment outside the range is kept only to remember that it left (so the calendar removes it).
 * Returns the same object when nothing changed, so nothing redraws.
 */
export function mergeAppointments(
  range: AppointmentRange,
  incoming: readonly Appointment[],
  stamp: number,
): AppointmentRange {
  let entries: Map<number, AppointmentEntry> | null = null;
  for (const appointment of incoming) {
    const known = range.entries.get(appointment.id);
    if (!known && !inRange(range, appointment)) continue;
    if (!supersedes(appointment, stamp, known)) continue;
    entries ??= new Map(range.entries);
    entries.set(appointment.id, { appointment: withKnownPayments(appointment, known), stamp });
  }
  return entries ? { ...range, entries } : range;
}

/**
 * A full load of the range (requested with `stamp`): what it lists is merged as above, and what the
 * desk knew but the load no longer lists is gone (deleted or moved away) — unless this desk learned of
 * it after the load began.
 */
export function loadRange(
  range: AppointmentRange,
  listed: readonly Appointment[],
  unreadable: number,
  stamp: number,
): AppointmentRange {
  const merged = mergeAppointments(range, listed, stamp);
  const listedIds = new Set(listed.map((appointment) => appointment.id));
  const entries = new Map(merged.entries);
  for (const [id, entry] of merged.entries) {
    if (!listedIds.has(id) && entry.stamp < stamp && !entry.appointment.deleted) entries.delete(id);
  }
  return { ...merged, entries, unreadable };
}

/** What the range shows: present, not deleted, starting within it; by start time. */
export function visibleAppointments(range: AppointmentRange | undefined): Appointment[] {
  if (!range) return [];
  const out: Appointment[] = [];
  for (const { appointment } of range.entries.values()) {
    if (!appointment.deleted && inRange(range, appointment)) out.push(appointment);
  }
  return out.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id - b.id);
}

/** The range's cancelled (deleted) appointments that started within it. */
export function cancelledAppointments(range: AppointmentRange | undefined): Appointment[] {
  if (!range) return [];
  const out: Appointment[] = [];
  for (const { appointment } of range.entries.values()) {
    if (appointment.deleted && inRange(range, appointment)) out.push(appointment);
  }
  return out;
}

/** The newest known version of one appointment across several ranges (deleted ones included). */
export function newestOf(
  ranges: ReadonlyArray<AppointmentRange | undefined>,
  id: number,
): Appointment | null {
  let best: AppointmentEntry | undefined;
  for (const range of ranges) {
    const entry = range?.entries.get(id);
    if (entry && (!best || supersedes(entry.appointment, entry.stamp, best))) best = entry;
  }
  return best?.appointment ?? null;
}
