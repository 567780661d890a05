import { z } from 'zod';

/**
 * A team member's working hours on one date, as the desk edits them: local "HH:MM" slots inside the
 * location's day. Altegio's API has no opening hours for a location, so "the day" is 00:00–24:00 and a
 * slot never crosses midnight. No slots = a day off.
 */
export const HourMinute = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'issue.teamHours.time');
/** An end time: any start time, or the day's end "24:00" (midnight of the next date). */
export const EndHourMinute = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'issue.teamHours.time');

export const HoursSlot = z.object({ from: HourMinute, to: EndHourMinute });
export type HoursSlot = z.infer<typeof HoursSlot>;

export const MAX_SLOTS_PER_DAY = 8;

export interface HoursProblem {
  index: number;
  field: 'from' | 'to';
  issue: string;
}

/**
 * What is wrong with a day's slots, each at the field to fix: an end not after its start, a slot that
 * overlaps an earlier one. Malformed times are the schema's concern (and are skipped here).
 */
export function hoursProblems(slots: readonly HoursSlot[]): HoursProblem[] {
  const problems: HoursProblem[] = [];
  const valid = (slot: HoursSlot) =>
    HourMinute.safeParse(slot.from).success && EndHourMinute.safeParse(slot.to).success;
  slots.forEach((slot, index) => {
    if (!valid(slot)) return;
    if (slot.to <= slot.from) {
      problems.push({ index, field: 'to', issue: 'issue.teamHours.endBeforeStart' });
      return;
    }
    const overlapping = slots.some(
      (other, j) => j < index && valid(other) && other.from < slot.to && slot.from < other.to,
    );
    if (overlapping) problems.push({ index, field: 'from', issue: 'issue.teamHours.overlap' });
  });
  return problems;
}

export const DayHours = z
  .array(HoursSlot)
  .max(MAX_SLOTS_PER_DAY, 'issue.teamHours.tooMany')
  .superRefine((slots, ctx) => {
    for (const problem of hoursProblems(slots)) {
      ctx.addIssue({ code: 'custom', message: problem.issue, path: [problem.index, problem.field] });
    }
  });
