import { z } from 'zod';

/** How late a member may run, in whole minutes: less is not worth telling clients, more is a rebooking. */
export const DELAY_LIMITS = { minMinutes: 5, maxMinutes: 240 } as const;

export const DelayMinutes = z
  .number({ error: 'issue.runningLate.delay' })
  .int('issue.runningLate.delay')
  .min(DELAY_LIMITS.minMinutes, 'issue.runningLate.delay')
  .max(DELAY_LIMITS.maxMinutes, 'issue.runningLate.delay');

/**
 * - `all`: every later appointment of the day moves by the delay;
 * - `absorb`: each moves only as far as it must not to overlap the one before it, so a gap in the day
 *   absorbs the delay and what comes after the gap stays.
 */
export const LateMode = z.enum(['all', 'absorb']);
export type LateMode = z.infer<typeof LateMode>;

/** What the rules need of an appointment. */
export interface LateCandidate {
  id: number;
  teamMemberId: number;
  start: string;
  end: string;
  deleted: boolean;
  /** A seat in a group event: the event's time is not the desk's to push. */
  activityId: number | null;
}

/**
 * The member's live appointments (not group-event seats) that start at or after `fromMs` and before
 * `dayEndMs` (the end of that local day: one starting at 23:30 and running past midnight is pushed,
 * one that started the evening before is not), by start.
 */
export function lateAppointments<T extends LateCandidate>(
  appointments: readonly T[],
  where: { teamMemberId: number; fromMs: number; dayEndMs: number },
): T[] {
  return appointments
    .filter((a) => a.teamMemberId === where.teamMemberId && !a.deleted && a.activityId === null)
    .filter((a) => Date.parse(a.start) >= where.fromMs && Date.parse(a.start) < where.dayEndMs)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id - b.id);
}

export interface PlannedPush {
  id: number;
  startMs: number;
  endMs: number;
  newStartMs: number;
  newEndMs: number;
  /** False when the appointment stays (absorb mode, after the gap that took the delay). */
  moves: boolean;
}

/**
 * Where each appointment goes, in absolute time (a delay is minutes of real time, also across a DST
 * change). `all`: each by the delay. `absorb`: a shift is carried from one to the next, starting at the
 * delay; a gap between the latest original end so far and an appointment's start uses up that much of it
 * (overlapping or nested bookings leave no gap, so they move by the same shift and never by more than the
 * delay). Once the shift is used up, that one and the rest stay.
 */
export function planPush(
  appointments: ReadonlyArray<Pick<LateCandidate, 'id' | 'start' | 'end'>>,
  delayMinutes: number,
  mode: LateMode,
): PlannedPush[] {
  const delay = delayMinutes * 60_000;
  let shift = delay;
  let reach: number | null = null;
  return appointments.map((appointment) => {
    const startMs = Date.parse(appointment.start);
    const endMs = Date.parse(appointment.end);
    if (mode === 'absorb') {
      const gap = reach === null ? 0 : Math.max(0, startMs - reach);
      shift = Math.max(0, shift - gap);
      reach = reach === null ? endMs : Math.max(reach, endMs);
    }
    const newStartMs = startMs + shift;
    const newEndMs = endMs + shift;
    return { id: appointment.id, startMs, endMs, newStartMs, newEndMs, moves: shift !== 0 };
  });
}

export interface PushSpan {
  id: number;
  start: string;
  end: string;
  newStart: string;
  newEnd: string;
}

/**
 * The appointments a later one that stays would hold back, each with the id of the one in its way: from
 * the latest, one that does not go stays where it is, and an earlier one whose new time would overlap a
 * staying one stays too (and may hold back others in turn).
 */
export function heldBack(rows: readonly PushSpan[], goes: (id: number) => boolean): Map<number, number> {
  const held = new Map<number, number>();
  const staying: Array<{ id: number; start: number; end: number }> = [];
  for (const row of [...rows].sort((a, b) => Date.parse(b.start) - Date.parse(a.start))) {
    const [start, end] = [Date.parse(row.newStart), Date.parse(row.newEnd)];
    const inTheWay = goes(row.id) ? staying.find((span) => span.start < end && start < span.end) : undefined;
    if (inTheWay) held.set(row.id, inTheWay.id);
    if (!goes(row.id) || inTheWay)
      staying.push({ id: row.id, start: Date.parse(row.start), end: Date.parse(row.end) });
  }
  return held;
}
