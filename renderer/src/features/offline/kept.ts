import type { AppointmentBatch } from '../../../../shared/contract/appointments';
import type { TeamMember, WorkingDay } from '../../../../shared/domain/teamMember';
import { BridgeError, call } from '../../api';

/** The failures that mean Altegio did not answer at all (as altegioReach counts them). */
export function isOutOfReach(error: unknown): boolean {
  if (!(error instanceof BridgeError)) return false;
  return (error.code === 'NETWORK' && error.params?.['unreachable'] === true) || error.code === 'TIMEOUT';
}

/**
 * Altegio's answer, or, when Altegio cannot be reached, what main kept of it from a recent load. A
 * refusal (any answer from Altegio) and a read nothing was kept of fail as they are.
 */
export async function liveOrKept<T>(live: () => Promise<T>, kept: () => Promise<T | null>): Promise<T> {
  try {
    return await live();
  } catch (error) {
    if (!isOutOfReach(error)) throw error;
    const copy = await kept().catch(() => null);
    if (copy === null) throw error;
    return copy;
  }
}

/** The kept appointments of `from`..`to`, when every one of those days was kept; `syncedAt` is the oldest day's. */
export async function keptRange(
  locationId: number,
  from: string,
  to: string,
): Promise<(AppointmentBatch & { syncedAt: number }) | null> {
  const kept = await call('offline.days', { locationId, from, to });
  const times = kept.days.map((day) => day.syncedAt);
  if (kept.cursor === null || times.some((time) => time === null)) return null;
  return {
    appointments: kept.appointments,
    cursor: kept.cursor,
    unreadable: 0,
    syncedAt: Math.min(...(times as number[])),
  };
}

export async function keptTeam(locationId: number): Promise<TeamMember[] | null> {
  return (await call('offline.team', { locationId }))?.members ?? null;
}

export function keptWorkingHours(locationId: number, from: string, to: string): Promise<WorkingDay[] | null> {
  return call('offline.workingHours', { locationId, from, to });
}
