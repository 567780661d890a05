import type { Store } from '../store/store';
import type { MinuteSlot, StaffMember } from '../store/types';
import { addDays, isoWeekday, localMinutes, localMinutesToMs, msToLocal } from '../time';

export const SLOT_STEP_MINUTES = 15;

export function workingSlots(member: StaffMember, date: string): MinuteSlot[] {
  if (member.fired || member.removed) return [];
  const set = member.hoursByDate?.[date];
  if (set) return set;
  if (member.daysOff.includes(date)) return [];
  return member.weeklyHours[isoWeekday(date)] ?? [];
}

export interface BusyInterval {
  startMs: number;
  endMs: number;
  recordId: number;
  activityId: number;
}

/**
 * Intervals in which a member is taken on a local date (and the day before, for anything crossing midnight):
 * non-deleted appointments and the member's group events. Group-event records are represented by the event.
 */
export function busyIntervals(store: Store, staffId: number, date: string): BusyInterval[] {
  const busy: BusyInterval[] = [];
  for (const record of store.recordsOfStaff(staffId, addDays(date, -1), date)) {
    if (record.deleted || record.activityId) continue;
    busy.push({
      startMs: record.startMs,
      endMs: record.startMs + record.seanceLength * 1000,
      recordId: record.id,
      activityId: 0,
    });
  }
  for (const activity of store.activities.values()) {
    if (activity.staffId !== staffId) continue;
    const day = activity.local.slice(0, 10);
    if (day !== date && day !== addDays(date, -1)) continue;
    busy.push({
      startMs: activity.startMs,
      endMs: activity.startMs + activity.length * 1000,
      recordId: 0,
      activityId: activity.id,
    });
  }
  return busy;
}

export interface SlotCheck {
  staffId: number;
  startMs: number;
  lengthSeconds: number;
  zone: string;
  /** Ignore this record (a move must not conflict with itself). */
  ignoreRecordId?: number;
  /** Ignore this group event (its own participants). */
  ignoreActivityId?: number;
}

/** Why a slot cannot be booked: the conflicting record id (0 when the member is simply not working). */
export type SlotProblem = { conflictId: number } | null;

export function checkSlot(store: Store, check: SlotCheck): SlotProblem {
  const member = store.staff.get(check.staffId);
  if (!member) return { conflictId: 0 };
  const endMs = check.startMs + check.lengthSeconds * 1000;
  const local = msToLocal(check.startMs, check.zone);
  const date = local.slice(0, 10);
  for (const busy of busyIntervals(store, member.id, date)) {
    if (busy.recordId && busy.recordId === check.ignoreRecordId) continue;
    if (busy.activityId && busy.activityId === check.ignoreActivityId) continue;
    if (busy.startMs < endMs && check.startMs < busy.endMs)
      return { conflictId: busy.recordId || busy.activityId };
  }
  const startMinute = localMinutes(local);
  const endMinute = startMinute + Math.ceil(check.lengthSeconds / 60);
  const fits = workingSlots(member, date).some((slot) => slot.from <= startMinute && endMinute <= slot.to);
  return fits ? null : { conflictId: 0 };
}

/** Start times (minutes after midnight) on a date at which `lengthSeconds` fits without conflicts. */
export function freeStartMinutes(
  store: Store,
  member: StaffMember,
  date: string,
  lengthSeconds: number,
  zone: string,
  notBeforeMs: number,
): number[] {
  const busy = busyIntervals(store, member.id, date);
  const lengthMinutes = Math.ceil(lengthSeconds / 60);
  const result: number[] = [];
  for (const slot of workingSlots(member, date)) {
    for (let minute = slot.from; minute + lengthMinutes <= slot.to; minute += SLOT_STEP_MINUTES) {
      const startMs = localMinutesToMs(date, minute, zone);
      if (startMs < notBeforeMs) continue;
      const endMs = startMs + lengthSeconds * 1000;
      if (busy.every((b) => b.endMs <= startMs || endMs <= b.startMs)) result.push(minute);
    }
  }
  return result;
}
