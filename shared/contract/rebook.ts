import { z } from 'zod';
import { Appointment, APPOINTMENT_LIMITS, DurationSeconds } from '../domain/appointment';
import { Id, IsoDate, IsoDateTime } from '../domain/common';
import { REBOOK_WEEKS } from '../domain/rebook';
import { AtLocation, type Slice } from './common';

export const RebookWeeks = z.number().int().min(REBOOK_WEEKS.min).max(REBOOK_WEEKS.max);

/**
 * Where to look: the same member on the target day, the nearest other day with that member, or other
 * members who do the same services on the target day.
 */
export const RebookSearch = z.enum(['sameMember', 'otherDays', 'otherMembers']);
export type RebookSearch = z.infer<typeof RebookSearch>;

/** "Rebook this appointment in `weeks` weeks": its client, services and member, as Altegio has them. */
export const RebookRequest = AtLocation.extend({
  appointmentId: Id,
  weeks: RebookWeeks,
  search: RebookSearch.default('sameMember'),
});
export type RebookRequest = z.input<typeof RebookRequest>;

export const RebookProposal = z.object({
  teamMemberId: Id,
  /** Online booking's name for the member (other members only); null: the calendar's own name. */
  name: z.string().nullable(),
  start: IsoDateTime,
  /** Altegio's own text for the time: send it back unchanged to book it. */
  datetime: z.string(),
  durationSeconds: z.number().int().nonnegative(),
});
export type RebookProposal = z.infer<typeof RebookProposal>;

export const RebookFound = z.object({
  /** The appointment's date plus the weeks, in the location's zone. */
  targetDate: IsoDate,
  /** Nearest to the appointment's time of day first; none when nothing is free. */
  proposals: z.array(RebookProposal),
});
export type RebookFound = z.infer<typeof RebookFound>;

export const RebookBooking = AtLocation.extend({
  /** The appointment rebooked: its client and services are booked again. */
  appointmentId: Id,
  teamMemberId: Id,
  /** A `RebookProposal.datetime`. */
  datetime: z.string().min(1).max(40),
  durationSeconds: DurationSeconds,
  /** One per booking attempt of this time: reused when retrying, so a lost reply never books twice. */
  apiId: z.string().min(1).max(APPOINTMENT_LIMITS.maxExternalIdLength),
  /** This repeats a booking whose outcome is unknown: look for the apiId before creating. */
  retry: z.boolean().default(false),
});
export type RebookBooking = z.input<typeof RebookBooking>;

export const rebookContract = {
  'rebook.find': { input: RebookRequest, output: RebookFound },
  'rebook.book': { input: RebookBooking, output: Appointment },
} as const satisfies Slice;
