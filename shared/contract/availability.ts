import { z } from 'zod';
import { BookableDates, BookingProblem } from '../domain/booking';
import { DeskDateTime, Id, IsoDate, IsoDateTime } from '../domain/common';
import { APPOINTMENT_LIMITS } from '../domain/appointment';
import { AtLocation, type Slice } from './common';

const ServiceIds = z.array(Id).max(APPOINTMENT_LIMITS.maxServices);

export const FreeTimesRequest = AtLocation.extend({
  /** 0 = any team member who performs every chosen service. */
  teamMemberId: Id,
  date: IsoDate,
  serviceIds: ServiceIds,
});
export type FreeTimesRequest = z.input<typeof FreeTimesRequest>;

export const FreeTime = z.object({
  /** Local "HH:MM". */
  time: z.string(),
  start: IsoDateTime,
  durationSeconds: z.number().int().nonnegative(),
  /** Who is free then, best first. */
  teamMemberIds: z.array(Id),
});
export type FreeTime = z.infer<typeof FreeTime>;

export const FreeTimes = z.object({
  times: z.array(FreeTime),
  /** When the day has no free time for one team member: their next day with some, if near. */
  nextDate: IsoDate.nullable(),
});
export type FreeTimes = z.infer<typeof FreeTimes>;

export const BookableDatesRequest = AtLocation.extend({
  teamMemberId: Id,
  serviceIds: ServiceIds,
  from: IsoDate,
});
export type BookableDatesRequest = z.input<typeof BookableDatesRequest>;

export const SlotCheckRequest = AtLocation.extend({
  teamMemberId: Id,
  serviceIds: ServiceIds,
  start: DeskDateTime,
});
export type SlotCheckRequest = z.input<typeof SlotCheckRequest>;

/** book_check's verdict: bookable, or what is wrong (the renderer words it). */
export const SlotCheck = z.object({ bookable: z.boolean(), problem: BookingProblem.nullable() });
export type SlotCheck = z.infer<typeof SlotCheck>;

export const availabilityContract = {
  'availability.times': { input: FreeTimesRequest, output: FreeTimes },
  'availability.dates': { input: BookableDatesRequest, output: BookableDates },
  'availability.check': { input: SlotCheckRequest, output: SlotCheck },
} as const satisfies Slice;
