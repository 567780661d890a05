import { AppError } from '../../../shared/errors';

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
