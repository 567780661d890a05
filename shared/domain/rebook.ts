// Plain TypeScript (no zod, no Luxon): the rules that pick a rebooking's slot, shared by main and tests.

import type { Appointment } from './appointment';

/** Why an appointment cannot be rebooked. */
export type RebookBlocker = 'cancelled' | 'groupEvent' | 'noClient' | 'noServices';

/**
 * Why an appointment cannot be rebooked, or null when it can: it needs a client and services, and must be
 * neither cancelled nor a group event's seat. Any status will do (a no-show is rebooked too).
 */
export function rebookBlocker(
  appointment: Pick<Appointment, 'deleted' | 'activityId' | 'client' | 'services'>,
): RebookBlocker | null {
  if (appointment.deleted) return 'cancelled';
  if (appointment.activityId !== null) return 'groupEvent';
  if (!appointment.client) return 'noClient';
  if (appointment.services.length === 0) return 'noServices';
  return null;
}

/** "Rebook in N weeks": the choices, and the one offered before the desk has picked any. */
export const REBOOK_WEEKS = { min: 1, max: 12, default: 6 } as const;

/** How far "Nearest other day" looks on either side of the target day. */
export const REBOOK_DAY_SPREAD = 7;

/** A stored or typed weeks value made valid: a whole number from 1 to 12, else the default. */
export function validWeeks(value: unknown): number {
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= REBOOK_WEEKS.min &&
    value <= REBOOK_WEEKS.max
    ? value
    : REBOOK_WEEKS.default;
}

/** Minutes since midnight of a local "HH:MM"; NaN when it is not one. */
export function minutesOfDay(time: string): number {
  const match = /^(\d{1,2}):(\d{2})/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
}

/**
 * The free time nearest to the wanted time of day (minutes since midnight), so a regular keeps their
 * usual time when it is free; of two equally near, the earlier one.
 */
export function nearestTime<T extends { time: string }>(times: readonly T[], wanted: number): T | null {
  let best: T | null = null;
  let bestKey: [number, number] = [Infinity, Infinity];
  for (const candidate of times) {
    const minutes = minutesOfDay(candidate.time);
    if (!Number.isFinite(minutes)) continue;
    const key: [number, number] = [Math.abs(minutes - wanted), minutes];
    if (key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1])) {
      best = candidate;
      bestKey = key;
    }
  }
  return best;
}

const dayNumber = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/** Whole days from `from` to `to` ("YYYY-MM-DD" each). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/**
 * The dates other than the target, at most `spread` days away, nearest first; of two equally near, the
 * later one (the client then comes back no sooner than the interval they asked for).
 */
export function otherDaysByNearness(target: string, dates: readonly string[], spread: number): string[] {
  const distance = (date: string) => daysBetween(target, date);
  return [...new Set(dates)]
    .filter((date) => date !== target && Math.abs(distance(date)) <= spread)
    .sort((a, b) => Math.abs(distance(a)) - Math.abs(distance(b)) || distance(b) - distance(a));
}
