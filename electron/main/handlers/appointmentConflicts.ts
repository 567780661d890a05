import type { SavedAppointment } from '../../../shared/contract/appointments';
import type { Appointment } from '../../../shared/domain/appointment';
import type { Client } from '../../../shared/domain/client';
import { clientVersionOf } from '../../../shared/domain/clientVersion';
import {
  changedAspects,
  versionOf,
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
  if (!changed.length) return;
  throw new AppError('CONFLICT', {
    changedAt: current.lastChangedAt,
    changed: changed.join(','),
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
