import type { SavedAppointment } from '../../../shared/contract/appointments';
import type { Appointment } from '../../../shared/domain/appointment';
import type { Client } from '../../../shared/domain/client';
import type { MoveOutcome } from '../../../shared/domain/deskMove';
import { clientVersionOf } from '../../../shared/domain/clientVersion';
import {
  changedAspects,
  versionOf,
  type AppointmentAspect,
  type AppointmentVersion,
} from '../../../shared/domain/appointmentVersion';
import { AppError } from '../../../shared/errors';
import type { Location } from '../../../shared/domain/location';
import type { AltegioClient } from '../altegio/client';

/**
 * Refuses to overwrite a newer version than the desk saw, unless the user chose to. The error carries
 * when the other change happened (ISO with the location's offset), for the renderer to say, and what
 * changed when it is not an appointment (`subject`, e.g. 'client').
 */
export function ensureUnchanged(
  current: { lastChangedAt: string | null },
  expected: string | null,
  overwrite: boolean,
  subject?: 'client',
): void {
  if (overwrite || !expected || !current.lastChangedAt) return;
  if (Date.parse(current.lastChangedAt) <= Date.parse(expected)) return;
  throw new AppError('CONFLICT', { changedAt: current.lastChangedAt, ...(subject ? { subject } : {}) });
}

/**
 * The appointment check: what the desk saw (`seen`) against what Altegio has, part by part. Altegio's
 * timestamp has whole seconds, so it alone misses a change in the second the desk read it; the parts do
 * not. The CONFLICT names the changed parts (`changed`, comma-separated). Without `seen`, the timestamp.
 */
export function ensureAppointmentUnchanged(
  current: Appointment,
  expected: { expectedLastChangedAt: string | null; seen: AppointmentVersion | null; overwrite: boolean },
): void {
  if (expected.overwrite) return;
  if (!expected.seen) return ensureUnchanged(current, expected.expectedLastChangedAt, false);
  const changed = changedAspects(expected.seen, versionOf(current));
  if (changed.length) throw conflictOf(current, changed);
}

/** The CONFLICT for an appointment another desk changed: when (Altegio's time) and the parts, when known. */
export function conflictOf(current: Appointment, changed: readonly AppointmentAspect[]): AppError {
  return new AppError('CONFLICT', {
    changedAt: current.lastChangedAt,
    ...(changed.length ? { changed: changed.join(',') } : {}),
  });
}

/** The client check: the card's version of the whole client against Altegio's; without it, the timestamp. */
export function ensureClientUnchanged(
  current: Client,
  expected: { expectedLastChangedAt: string | null; seen: string | null; overwrite: boolean },
): void {
  if (expected.overwrite) return;
  if (!expected.seen) return ensureUnchanged(current, expected.expectedLastChangedAt, false, 'client');
  if (clientVersionOf(current) === expected.seen) return;
  throw new AppError('CONFLICT', { changedAt: current.lastChangedAt, subject: 'client' });
}

/**
 * Altegio has no conditional write: a change at another desk can land right after this save. Reads the
 * appointment again and names the parts that differ from what this save wrote; those are the other
 * desk's, and they are what Altegio keeps. A failed re-read leaves the save's own answer.
 */
export async function rereadAfterSave(
  client: AltegioClient,
  location: Location,
  saved: Appointment,
): Promise<SavedAppointment> {
  const now = await client.appointments.get(location, saved.id).catch(() => null);
  if (!now) return saved;
  const changed = changedAspects(versionOf(saved), versionOf(now));
  return changed.length ? { ...now, changedElsewhere: changed } : now;
}

/** Whether another desk changed an appointment since a desk was shown it, and which parts when known. */
export type SinceShown =
  | { changed: false }
  | {
      changed: true;
      /** Empty when only Altegio's timestamp tells (the desk sent no version). */
      parts: AppointmentAspect[];
    };

/**
 * For the tools that change many appointments: `current` against the version the desk was shown
 * (`seen`), else against Altegio's timestamp, which names no part.
 */
export function changedSinceShown(
  current: Appointment,
  shown: { lastChangedAt: string | null; seen: AppointmentVersion | null },
): SinceShown {
  if (shown.seen) {
    const parts = changedAspects(shown.seen, versionOf(current));
    return parts.length ? { changed: true, parts } : { changed: false };
  }
  const { lastChangedAt } = shown;
  const newer =
    lastChangedAt && current.lastChangedAt && Date.parse(current.lastChangedAt) > Date.parse(lastChangedAt);
  return newer ? { changed: true, parts: [] } : { changed: false };
}

/**
 * `rereadAfterSave` for many saves at once: one read of what changed since the earliest save (Altegio's
 * `changed_after`, at that save's own Altegio timestamp less a second, as the filter has whole seconds),
 * usually one page whatever the dates; a saved record that read does not return is read alone. By id,
 * each re-read record that differs from what was saved, and the parts that differ. A failed read leaves
 * the saves' own answers.
 */
export async function rereadAfterSaves(
  client: AltegioClient,
  location: Location,
  saved: readonly Appointment[],
): Promise<Map<number, { now: Appointment; changed: AppointmentAspect[] }>> {
  const found = new Map<number, { now: Appointment; changed: AppointmentAspect[] }>();
  const stamps = saved.map((a) => Date.parse(a.lastChangedAt ?? '')).filter(Number.isFinite);
  const since = stamps.length ? new Date(Math.min(...stamps) - 1000).toISOString() : null;
  const list = since ? await client.appointments.changedSince(location, since).catch(() => null) : null;
  if (since && !list) return found;
  const listed = new Map(list?.appointments.map((a) => [a.id, a]));
  for (const before of saved) {
    const now =
      listed.get(before.id) ?? (await client.appointments.get(location, before.id).catch(() => null));
    if (!now) continue;
    const changed = changedAspects(versionOf(before), versionOf(now));
    if (changed.length) found.set(before.id, { now, changed });
  }
  return found;
}

/** The outcomes of a multi-appointment change, each moved or cancelled one as re-read (`rereadAfterSaves`). */
export async function withChangesElsewhere(
  client: AltegioClient,
  location: Location,
  outcomes: readonly MoveOutcome[],
): Promise<MoveOutcome[]> {
  const saved = outcomes.flatMap((o) =>
    (o.result === 'moved' || o.result === 'cancelled') && o.appointment ? [o.appointment] : [],
  );
  if (!saved.length) return [...outcomes];
  const reread = await rereadAfterSaves(client, location, saved);
  return outcomes.map((o) => {
    const found = reread.get(o.id);
    return found && o.appointment ? { ...o, appointment: found.now, changedElsewhere: found.changed } : o;
  });
}
