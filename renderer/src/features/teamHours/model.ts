import { DateTime } from 'luxon';
import {
  EndHourMinute,
  HourMinute,
  hoursProblems,
  MAX_SLOTS_PER_DAY,
  type HoursSlot,
} from '../../../../shared/domain/teamHours';
import type { WorkingDay } from '../../../../shared/domain/teamMember';

const BREAK_MINUTES = 30;
const NEW_DAY: HoursSlot = { from: '10:00', to: '18:00' };

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function hhmm(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export interface LoadedDay {
  slots: HoursSlot[];
  /**
   * Some hours run past midnight into the next date (Altegio allows 20:00–02:00). The dialog edits one
   * date, so it shows them as they are and does not save the day rather than cut them short.
   */
  pastMidnight: boolean;
}

/** A day's working intervals as the dialog's "HH:MM" slots, on the location's clock (24:00 = its end). */
export function slotsOfDay(day: WorkingDay | undefined, zone: string): LoadedDay {
  let pastMidnight = false;
  const slots = (day?.intervals ?? []).map((interval) => {
    const start = DateTime.fromISO(interval.start).setZone(zone);
    const end = DateTime.fromISO(interval.end).setZone(zone);
    const from = start.toFormat('HH:mm');
    if (end.toISODate() === start.toISODate()) return { from, to: end.toFormat('HH:mm') };
    if (end.equals(start.plus({ days: 1 }).startOf('day'))) return { from, to: '24:00' };
    pastMidnight = true;
    return { from, to: end.toFormat('HH:mm') };
  });
  return { slots, pastMidnight };
}

const isTime = (time: string) => HourMinute.safeParse(time).success;
const isEnd = (time: string) => EndHourMinute.safeParse(time).success;

/** The problems to show, by "index.field", as `issue.*` keys. */
export function formProblems(slots: readonly HoursSlot[]): Record<string, string> {
  const problems: Record<string, string> = {};
  slots.forEach((slot, index) => {
    if (!isTime(slot.from)) problems[`${index}.from`] = 'issue.teamHours.time';
    if (!isEnd(slot.to)) problems[`${index}.to`] = 'issue.teamHours.time';
  });
  for (const problem of hoursProblems(slots)) problems[`${problem.index}.${problem.field}`] ??= problem.issue;
  return problems;
}

/** The slot a break can split: the longest valid one with room for a break and some work on each side. */
function breakable(slots: readonly HoursSlot[]): number {
  let best = -1;
  let bestLength = BREAK_MINUTES + 60 - 1;
  slots.forEach((slot, index) => {
    if (!isTime(slot.from) || !isEnd(slot.to)) return;
    const length = minutes(slot.to) - minutes(slot.from);
    if (length > bestLength) [best, bestLength] = [index, length];
  });
  return best;
}

export function canAddBreak(slots: readonly HoursSlot[]): boolean {
  return breakable(slots) >= 0;
}

/** Splits the longest slot around a 30-minute break in its middle (on a quarter hour). */
export function withBreak(slots: readonly HoursSlot[]): HoursSlot[] {
  const index = breakable(slots);
  const slot = slots[index];
  if (!slot) return [...slots];
  const start = minutes(slot.from);
  const end = minutes(slot.to);
  const middle = Math.round((start + end - BREAK_MINUTES) / 2 / 15) * 15;
  return [
    ...slots.slice(0, index),
    { from: slot.from, to: hhmm(middle) },
    { from: hhmm(middle + BREAK_MINUTES), to: slot.to },
    ...slots.slice(index + 1),
  ];
}

export function canAddHours(slots: readonly HoursSlot[]): boolean {
  return slots.length < MAX_SLOTS_PER_DAY;
}

/** Working hours on a day off, or another (empty) block for the desk to fill in. */
export function withMoreHours(slots: readonly HoursSlot[]): HoursSlot[] {
  return slots.length === 0 ? [NEW_DAY] : [...slots, { from: '', to: '' }];
}

export function sameSlots(a: readonly HoursSlot[], b: readonly HoursSlot[]): boolean {
  return a.length === b.length && a.every((slot, i) => slot.from === b[i]?.from && slot.to === b[i]?.to);
}
