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

export const SCHEDULE_LIMITS = { maxSeries: 7, maxCapacity: 500, maxDays: 366 } as const;

/** A local wall-clock time, "HH:MM". */
const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'issue.schedule.time');

/** A class's length: whole minutes from 5 minutes to 12 hours. */
const ClassSeconds = z
  .number()
  .int('issue.duration.wholeMinutes')
  .multipleOf(60, 'issue.duration.wholeMinutes')
  .min(5 * 60, 'issue.duration.tooShort')
  .max(12 * 3600, 'issue.duration.tooLong');

const Places = z
  .number()
  .int('issue.schedule.capacity')
  .min(1, 'issue.schedule.capacity')
  .max(SCHEDULE_LIMITS.maxCapacity, 'issue.schedule.capacity');

/** A new group event: the class a schedule will repeat, at its first date. */
export const GroupEventInput = z.object({
  serviceId: Id,
  teamMemberId: Id,
  date: IsoDate,
  time: LocalTime,
  durationSeconds: ClassSeconds,
  capacity: Places,
});
export type GroupEventInput = z.infer<typeof GroupEventInput>;

export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Weekday = z.infer<typeof Weekday>;

/** The weekday of a calendar date "YYYY-MM-DD" (a date has one weekday in every zone). */
export function weekdayOf(date: string): Weekday {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return Weekday.options[index] ?? 'mon';
}

/** `date` plus whole days, as "YYYY-MM-DD". */
export function datePlusDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

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
  time: LocalTime,
  durationSeconds: ClassSeconds,
  teamMemberId: Id,
  capacity: Places.optional(),
  labelIds: z.array(Id).optional(),
});
export type ScheduleDayInput = z.infer<typeof ScheduleDayInput>;

/** A schedule's series: one to seven, one per weekday. */
export const ScheduleSeriesList = z
  .array(ScheduleDayInput)
  .min(1, 'issue.schedule.noSeries')
  .max(SCHEDULE_LIMITS.maxSeries, 'issue.schedule.tooManySeries')
  .refine(
    (days) => new Set(days.map((day) => day.weekday)).size === days.length,
    'issue.schedule.sameWeekday',
  );

export const ScheduleInput = z.object({
  eventId: Id,
  endDate: IsoDate,
  days: ScheduleSeriesList,
  /** Enrol the original event's clients in every new occurrence. */
  copyClients: z.boolean().optional(),
});
export type ScheduleInput = z.infer<typeof ScheduleInput>;

/** One generated occurrence of a schedule day. */
export const ScheduleDayEvent = z.object({
  id: Id,
  /** The group event this occurrence is. */
  eventId: Id.nullable(),
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

/** A client's enrolment as the desk shows it: who, in which series, until when. */
export const Enrolment = z.object({
  id: Id,
  clientId: Id,
  clientName: z.string(),
  clientPhone: z.string(),
  dayIds: z.array(Id),
  finalDay: IsoDateTime.nullable(),
});
export type Enrolment = z.infer<typeof Enrolment>;

/** A schedule with what the desk needs around it: the class it repeats and who is enrolled. */
export const ScheduleOverview = z.object({
  schedule: Schedule,
  serviceId: Id,
  serviceTitle: z.string(),
  colour: z.string().nullable(),
  enrolments: z.array(Enrolment),
  /**
   * Whether Altegio listed the enrolments (the listing is inferred, not documented): without it
   * `enrolments` is empty and an enrolment made elsewhere cannot be changed here.
   */
  enrolmentsListed: z.boolean(),
  /** The group events this schedule generated (its occurrences), so a calendar card can say it repeats. */
  eventIds: z.array(Id),
});
export type ScheduleOverview = z.infer<typeof ScheduleOverview>;

/**
 * One future date of a series for one client: `free` gets an appointment, `enrolled` already has one,
 * `full` and `clash` (another appointment of the client overlaps) are marked, `missing` has no event.
 */
export const OccurrenceState = z.enum(['free', 'enrolled', 'full', 'clash', 'missing']);
export type OccurrenceState = z.infer<typeof OccurrenceState>;

export const Occurrence = z.object({
  dayId: Id,
  eventId: Id.nullable(),
  start: IsoDateTime,
  end: IsoDateTime,
  state: OccurrenceState,
  /** What the client already has then, for `clash`. */
  clashWith: z.string().nullable(),
  /** Enrolled / capacity of the event, when there is one. */
  fill: z.object({ enrolled: z.number().int(), capacity: z.number().int() }).nullable(),
});
export type Occurrence = z.infer<typeof Occurrence>;

/** An appointment the enrolment made, as read back from Altegio. */
export const EnrolledAppointment = z.object({ id: Id, eventId: Id, start: IsoDateTime });
export type EnrolledAppointment = z.infer<typeof EnrolledAppointment>;
