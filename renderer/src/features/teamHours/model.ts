import { DateTime } from 'luxon';
import {
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

/** A day's working intervals as the dialog's "HH:MM" slots, on the location's clock. */
export function slotsOfDay(day: WorkingDay | undefined, zone: string): HoursSlot[] {
  return (day?.intervals ?? []).map((interval) => {
    const start = DateTime.fromISO(interval.start).setZone(zone);
    const end = DateTime.fromISO(interval.end).setZone(zone);
    // Hours running past midnight end at the day's last minute here: the dialog edits one day.
    const to = end.toISODate() === start.toISODate() ? end.toFormat('HH:mm') : '23:59';
    return { from: start.toFormat('HH:mm'), to };
  });
}

const isTime = (time: string) => HourMinute.safeParse(time).success;

/** The problems to show, by "index.field", as `issue.*` keys. */
export function formProblems(slots: readonly HoursSlot[]): Record<string, string> {
  const problems: Record<string, string> = {};
  slots.forEach((slot, index) => {
    if (!isTime(slot.from)) problems[`${index}.from`] = 'issue.teamHours.time';
    if (!isTime(slot.to)) problems[`${index}.to`] = 'issue.teamHours.time';
  });
  for (const problem of hoursProblems(slots)) problems[`${problem.index}.${problem.field}`] ??= problem.issue;
  return problems;
}

/** The slot a break can split: the longest valid one with room for a break and some work on each side. */
function breakable(slots: readonly HoursSlot[]): number {
  let best = -1;
  let bestLength = BREAK_MINUTES + 60 - 1;
  slots.forEach((slot, index) => {
    if (!isTime(slot.from) || !isTime(slot.to)) return;
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
