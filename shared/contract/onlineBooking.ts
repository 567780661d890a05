import { z } from 'zod';
import { APPOINTMENT_LIMITS } from '../domain/appointment';
import { BookableTime, OnlineCategory, OnlineService } from '../domain/booking';
import { DESK_YEARS, Id, IsoDate } from '../domain/common';
import { AtLocation, type Slice } from './common';

/**
 * Why online booking does not offer a service: switched off for online booking (inactive), a group
 * service (booked through group events), or no team member online booking offers performs it.
 */
export const ServiceNotOffered = z.enum(['inactive', 'group', 'no-team-member']);
export type ServiceNotOffered = z.infer<typeof ServiceNotOffered>;

/**
 * Why a team member is not bookable online for the chosen services: hidden from online booking, does not
 * perform one of them, or has no free session in the next 30 days.
 */
export const MemberNotOffered = z.enum(['hidden', 'does-not-provide', 'no-free-session']);
export type MemberNotOffered = z.infer<typeof MemberNotOffered>;

/** A service of the location as online booking shows it, or the reason it cannot. */
export const OnlineServiceEntry = OnlineService.extend({
  /** null = a client can book it online. */
  notOffered: ServiceNotOffered.nullable(),
});
export type OnlineServiceEntry = z.infer<typeof OnlineServiceEntry>;

export const OnlineServices = z.object({
  categories: z.array(OnlineCategory),
  /** The bookable ones first, in online booking's order, then the others. */
  services: z.array(OnlineServiceEntry),
});
export type OnlineServices = z.infer<typeof OnlineServices>;

export const OnlineMemberEntry = z.object({
  id: Id,
  name: z.string(),
  specialization: z.string(),
  /** The first date with a free session, or null. */
  nextDate: IsoDate.nullable(),
  /** null = a client can book them online for the chosen services. */
  notOffered: MemberNotOffered.nullable(),
});
export type OnlineMemberEntry = z.infer<typeof OnlineMemberEntry>;

/** A month, "YYYY-MM". */
export const IsoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'issue.month')
  .refine(
    (value) => Number(value.slice(0, 4)) >= DESK_YEARS.first && Number(value.slice(0, 4)) <= DESK_YEARS.last,
    'issue.month',
  );

const ServiceIds = z.array(Id).max(APPOINTMENT_LIMITS.maxServices);

export const OnlineServicesRequest = AtLocation.extend({ teamMemberId: Id.optional() });
export type OnlineServicesRequest = z.input<typeof OnlineServicesRequest>;

/** No service = every team member, as online booking lists them before a service is chosen. */
export const OnlineMembersRequest = AtLocation.extend({ serviceIds: ServiceIds });
export type OnlineMembersRequest = z.input<typeof OnlineMembersRequest>;

export const OnlineDatesRequest = AtLocation.extend({
  /** 0 = any team member. */
  teamMemberId: Id,
  serviceIds: ServiceIds,
  month: IsoMonth,
});
export type OnlineDatesRequest = z.input<typeof OnlineDatesRequest>;

export const OnlineDates = z.object({
  month: IsoMonth,
  /** Days of the month someone works (book_dates' working_dates). */
  workingDates: z.array(IsoDate),
  /** Days of the month with a free time (book_dates' booking_dates). */
  bookingDates: z.array(IsoDate),
});
export type OnlineDates = z.infer<typeof OnlineDates>;

export const OnlineTimesRequest = AtLocation.extend({
  /** 0 = any team member. */
  teamMemberId: Id,
  serviceIds: ServiceIds,
  date: IsoDate,
});
export type OnlineTimesRequest = z.input<typeof OnlineTimesRequest>;

export const onlineBookingContract = {
  'onlineBooking.services': { input: OnlineServicesRequest, output: OnlineServices },
  'onlineBooking.teamMembers': { input: OnlineMembersRequest, output: z.array(OnlineMemberEntry) },
  'onlineBooking.dates': { input: OnlineDatesRequest, output: OnlineDates },
  /** book_times as it is, in its order. */
  'onlineBooking.times': { input: OnlineTimesRequest, output: z.array(BookableTime) },
} as const satisfies Slice;
