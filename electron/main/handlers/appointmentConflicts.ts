import { DateTime } from 'luxon';
import type { Appointment } from '../../../shared/domain/appointment';
import { AppError } from '../appError';

/** Refuses to overwrite a newer version than the desk saw, unless the user chose to. */
export function ensureUnchanged(
  current: Appointment,
  expected: string | null,
  overwrite: boolean,
  zone: string,
): void {
  if (overwrite || !expected || !current.lastChangedAt) return;
  if (Date.parse(current.lastChangedAt) <= Date.parse(expected)) return;
  const when = DateTime.fromISO(current.lastChangedAt).setZone(zone).toFormat('HH:mm');
  throw new AppError(
    'CONFLICT',
    `Someone else changed this appointment at ${when}, after this desk loaded it. Nothing was saved.`,
  );
}
