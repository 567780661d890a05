import { z } from 'zod';
import { AppointmentInput, AppointmentStatus } from './domain/appointment';
import { BookingProblem } from './domain/booking';
import { Id, IsoDate, IsoDateTime } from './domain/common';

/** What the desk saw before changing it; a newer version on the server means someone else changed it. */
const Expectation = {
  expectedLastChangedAt: IsoDateTime.nullable(),
  /** Save even though someone else changed it since. */
  overwrite: z.boolean().default(false),
};

export const CreateAppointmentRequest = z.object({
  /** Carries an apiId: reuse the same one when retrying, so a lost reply never books twice. */
  input: AppointmentInput,
  /** Save even on a taken slot or outside working hours (Altegio's save_if_busy). */
  saveIfBusy: z.boolean().default(false),
  /** This save repeats one that failed: look for the apiId before creating. */
  retry: z.boolean().default(false),
});
export type CreateAppointmentRequest = z.input<typeof CreateAppointmentRequest>;

export const UpdateAppointmentRequest = z.object({
  id: Id,
  /** Every field the dialog edits; what it does not edit is kept from the current record. */
  input: AppointmentInput,
  saveIfBusy: z.boolean().default(false),
  ...Expectation,
});
export type UpdateAppointmentRequest = z.input<typeof UpdateAppointmentRequest>;

export const CancelAppointmentRequest = z.object({ id: Id, ...Expectation });
export type CancelAppointmentRequest = z.input<typeof CancelAppointmentRequest>;

export const ClientSearchRequest = z.object({ text: z.string().trim().min(1).max(100) });
export type ClientSearchRequest = z.input<typeof ClientSearchRequest>;

export const RecentVisitsRequest = z.object({
  clientId: Id,
  limit: z.number().int().min(1).max(20).default(5),
});
export type RecentVisitsRequest = z.input<typeof RecentVisitsRequest>;

/** One of a client's earlier appointments, as the booking dialog lists them. */
export const RecentVisit = z.object({
  id: Id,
  start: IsoDateTime,
  teamMemberId: Id,
  services: z.array(z.string()),
  status: AppointmentStatus,
  total: z.number(),
});
export type RecentVisit = z.infer<typeof RecentVisit>;

const ServiceIds = z.array(Id).max(20);

export const FreeTimesRequest = z.object({
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

export const BookableDatesRequest = z.object({ teamMemberId: Id, serviceIds: ServiceIds, from: IsoDate });
export type BookableDatesRequest = z.input<typeof BookableDatesRequest>;

export const SlotCheckRequest = z.object({ teamMemberId: Id, serviceIds: ServiceIds, start: IsoDateTime });
export type SlotCheckRequest = z.input<typeof SlotCheckRequest>;

/** book_check's verdict: bookable, or the plain reason why not. */
export const SlotCheck = z.object({
  bookable: z.boolean(),
  problem: BookingProblem.nullable(),
  message: z.string(),
});
export type SlotCheck = z.infer<typeof SlotCheck>;
