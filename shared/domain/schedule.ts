import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, LabelRef } from './common';

/** A group event (Altegio "activity"): one class at one time, several clients. */
export const GroupEvent = z.object({
  id: Id,
  serviceId: Id,
  serviceTitle: z.string(),
  teamMemberId: Id,
  teamMemberName: z.string(),
  start: IsoDateTime,
  end: IsoDateTime,
  durationSeconds: z.number().int().nonnegative(),
  capacity: z.number().int(),
  /** Clients enrolled in this occurrence. */
  recordsCount: z.number().int(),
  colour: z.string().nullable(),
  comment: z.string(),
  labels: z.array(LabelRef),
});
export type GroupEvent = z.infer<typeof GroupEvent>;

export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Weekday = z.infer<typeof Weekday>;

/** One weekday series of a schedule. */
export const ScheduleDay = z.object({
  id: Id,
  scheduleId: Id,
  weekday: Weekday,
  /** Local "HH:MM". */
  time: z.string(),
  /** Without the technical break. */
  durationSeconds: z.number().int().nonnegative(),
  technicalBreakSeconds: z.number().int().nonnegative(),
  teamMemberId: Id,
  capacity: z.number().int(),
  labelIds: z.array(Id),
});
export type ScheduleDay = z.infer<typeof ScheduleDay>;

/** A weekly repetition of a group event until `endDate`. */
export const Schedule = z.object({
  id: Id,
  eventId: Id,
  startDate: IsoDate,
  endDate: IsoDate,
  days: z.array(ScheduleDay),
});
export type Schedule = z.infer<typeof Schedule>;

export const ScheduleDayInput = z.object({
  weekday: Weekday,
  /** Local "HH:MM". */
  time: z.string().regex(/^\d{2}:\d{2}$/),
  durationSeconds: z.number().int().positive(),
  teamMemberId: Id,
  capacity: z.number().int().positive().optional(),
  labelIds: z.array(Id).optional(),
});
export type ScheduleDayInput = z.infer<typeof ScheduleDayInput>;

export const ScheduleInput = z.object({
  eventId: Id,
  endDate: IsoDate,
  days: z.array(ScheduleDayInput).min(1).max(7),
  /** Enrol the original event's clients in every new occurrence. */
  copyClients: z.boolean().optional(),
});
export type ScheduleInput = z.infer<typeof ScheduleInput>;

/** One generated occurrence of a schedule day. */
export const ScheduleDayEvent = z.object({
  id: Id,
  dayId: Id.nullable(),
  status: z.string(),
  start: IsoDateTime,
  teamMemberId: Id.nullable(),
  durationSeconds: z.number().int().nonnegative(),
});
export type ScheduleDayEvent = z.infer<typeof ScheduleDayEvent>;

/** A client enrolled in some days of a schedule; their future appointments follow the enrolment. */
export const ClientSchedule = z.object({
  id: Id,
  clientId: Id.nullable(),
  /** The last occurrence (local time), or null. */
  finalDay: IsoDateTime.nullable(),
  dayIds: z.array(Id),
});
export type ClientSchedule = z.infer<typeof ClientSchedule>;
