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

/**
 * What online booking can say is wrong: book_check's codes 433 (busy), 436, 437 and 438; book_record's
 * person checks 431, 432, 434 (blacklisted) and 435; a location with online booking off (a 403 without a
 * code); and a time already past, which Frontdesk tells apart from a taken one before asking.
 */
export const BookingProblem = z.enum([
  'busy',
  'no-team-member',
  'overlap',
  'service-unavailable',
  'past',
  'online-booking-off',
  'blacklisted',
  'invalid-phone',
  'wrong-code',
  'name-missing',
]);
export type BookingProblem = z.infer<typeof BookingProblem>;

/** A service as online booking offers it (book_services). */
export const OnlineService = z.object({
  id: Id,
  title: z.string(),
  categoryId: Id.nullable(),
  priceMin: z.number(),
  priceMax: z.number(),
  /** With one team member asked for: their session length for it, in seconds. */
  durationSeconds: z.number().int().nonnegative().nullable(),
});
export type OnlineService = z.infer<typeof OnlineService>;

export const OnlineCategory = z.object({ id: Id, title: z.string(), weight: z.number() });
export type OnlineCategory = z.infer<typeof OnlineCategory>;

export const OnlineCatalog = z.object({
  categories: z.array(OnlineCategory),
  services: z.array(OnlineService),
});
export type OnlineCatalog = z.infer<typeof OnlineCatalog>;

/** A team member as online booking offers them (book_staff). */
export const OnlineTeamMember = z.object({
  id: Id,
  name: z.string(),
  specialization: z.string(),
  /** The first date with free sessions for the asked services, or null when none is near. */
  nextDate: IsoDate.nullable(),
  /**
   * Altegio's `bookable`. With a `datetime` asked for, whether the member is free then; otherwise not to
   * be trusted: real Altegio sends false for every member.
   */
  bookable: z.boolean(),
});
export type OnlineTeamMember = z.infer<typeof OnlineTeamMember>;
