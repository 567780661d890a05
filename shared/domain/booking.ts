import { z } from 'zod';
import { Id, IsoDate, IsoDateTime } from './common';

/** A bookable start time from the online-booking endpoints. */
export const BookableTime = z.object({
  /** Local "HH:MM". */
  time: z.string(),
  start: IsoDateTime,
  durationSeconds: z.number().int().nonnegative(),
  /** Altegio's own text for this time; send it back unchanged to book_check. */
  datetime: z.string(),
});
export type BookableTime = z.infer<typeof BookableTime>;

export const BookableDates = z.object({
  /** Days someone works. */
  workingDates: z.array(IsoDate),
  /** Days with at least one free time. */
  bookingDates: z.array(IsoDate),
});
export type BookableDates = z.infer<typeof BookableDates>;

export const NextSeances = z.object({
  /** The first date with free times, or null when none is near. */
  date: IsoDate.nullable(),
  times: z.array(BookableTime),
});
export type NextSeances = z.infer<typeof NextSeances>;

export const BookingCheckItem = z.object({
  id: Id.optional(),
  /** 0 = any team member. */
  teamMemberId: Id,
  serviceIds: z.array(Id),
  /** A `BookableTime.datetime`, or any ISO time with offset. */
  datetime: z.string(),
});
export type BookingCheckItem = z.infer<typeof BookingCheckItem>;

/** What book_check can say is wrong, from Altegio's codes 433, 436, 437 and 438. */
export const BookingProblem = z.enum(['busy', 'no-team-member', 'overlap', 'service-unavailable']);
export type BookingProblem = z.infer<typeof BookingProblem>;
