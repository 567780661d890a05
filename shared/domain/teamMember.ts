import { z } from 'zod';
import { Id, IsoDate, IsoDateTime } from './common';

export const TeamMember = z.object({
  id: Id,
  name: z.string(),
  specialization: z.string(),
  avatarUrl: z.string(),
  position: z.object({ id: Id, title: z.string() }).nullable(),
  /** Altegio's sort weight: higher first. */
  weight: z.number(),
  /** Bookable online. */
  bookable: z.boolean(),
  /** Hidden from online booking (still works at the desk). */
  hiddenOnline: z.boolean(),
  rating: z.number(),
});
export type TeamMember = z.infer<typeof TeamMember>;

export const WorkingInterval = z.object({ start: IsoDateTime, end: IsoDateTime });
export type WorkingInterval = z.infer<typeof WorkingInterval>;

/** One team member's working hours on one local date; a day off has no intervals. */
export const WorkingDay = z.object({
  teamMemberId: Id,
  date: IsoDate,
  intervals: z.array(WorkingInterval),
});
export type WorkingDay = z.infer<typeof WorkingDay>;
