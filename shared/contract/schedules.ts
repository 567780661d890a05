import { z } from 'zod';
import { AppointmentClientInput } from '../domain/appointment';
import { Id, IsoDate } from '../domain/common';
import {
  datePlusDays,
  EnrolledAppointment,
  GroupEvent,
  GroupEventInput,
  Occurrence,
  ScheduleDayInput,
  ScheduleOverview,
  ScheduleSeriesList,
  SCHEDULE_LIMITS,
  weekdayOf,
} from '../domain/schedule';
import { AtLocation, type Slice } from './common';

/** The desk names a schedule by the group event it repeats: Altegio finds schedules only that way. */
const OfSchedule = AtLocation.extend({ eventId: Id, scheduleId: Id });

export const SchedulesList = z.object({
  schedules: z.array(ScheduleOverview),
  /** Upcoming group events that do not repeat yet. */
  eventsWithoutSchedule: z.array(GroupEvent),
});
export type SchedulesList = z.infer<typeof SchedulesList>;

const DayIds = z
  .array(Id)
  .min(1, 'issue.enrolment.noSeries')
  .max(SCHEDULE_LIMITS.maxSeries, 'issue.schedule.tooManySeries')
  .refine((ids) => new Set(ids).size === ids.length, 'issue.schedule.sameWeekday');

/** Repeat an existing group event, or a new one made at its first class. */
export const ScheduleCreateRequest = AtLocation.extend({
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('event'), eventId: Id }),
    z.object({ kind: z.literal('new'), event: GroupEventInput }),
  ]),
  endDate: IsoDate,
  days: ScheduleSeriesList,
})
  // A new class is made at its first date: that date starts the schedule, so it bounds the end and must
  // fall on a series' weekday (else the first class would stand alone).
  .refine(
    ({ source, endDate }) =>
      source.kind === 'event' ||
      (endDate >= source.event.date && endDate <= datePlusDays(source.event.date, SCHEDULE_LIMITS.maxDays)),
    { message: 'issue.schedule.endDate', path: ['endDate'] },
  )
  .refine(
    ({ source, days }) =>
      source.kind === 'event' || days.some((day) => day.weekday === weekdayOf(source.event.date)),
    { message: 'issue.schedule.firstDate', path: ['source', 'event', 'date'] },
  );
export type ScheduleCreateRequest = z.input<typeof ScheduleCreateRequest>;

export const EnrolResult = z.object({
  overview: ScheduleOverview,
  /** Who was enrolled (a new client typed in may have been found by phone). */
  clientId: Id,
  /** The client's appointments in this schedule from today on, as Altegio now has them. */
  appointments: z.array(EnrolledAppointment),
});
export type EnrolResult = z.infer<typeof EnrolResult>;

export const schedulesContract = {
  /** Every schedule with an occurrence in the coming weeks, and the group events that could repeat. */
  'schedules.list': { input: AtLocation, output: SchedulesList },
  /** The group events between two local dates, with their capacity and how many are booked. */
  'schedules.groupEvents': {
    input: AtLocation.extend({ from: IsoDate, to: IsoDate }),
    output: z.array(GroupEvent),
  },
  /** The schedule a group event belongs to, or null when it is a one-off. */
  'schedules.forEvent': { input: AtLocation.extend({ eventId: Id }), output: ScheduleOverview.nullable() },
  /** Every future date of every series, as it would be for this client (or for anyone, without one). */
  'schedules.preview': {
    input: OfSchedule.extend({ clientId: Id.refine((id) => id > 0).nullable() }),
    output: z.array(Occurrence),
  },
  'schedules.create': { input: ScheduleCreateRequest, output: ScheduleOverview },
  /** Shortening removes the occurrences after the new end, with their appointments. */
  'schedules.setEndDate': { input: OfSchedule.extend({ endDate: IsoDate }), output: ScheduleOverview },
  'schedules.addSeries': { input: OfSchedule.extend({ series: ScheduleDayInput }), output: ScheduleOverview },
  /** Applies to every future occurrence of the series, including ones changed by hand. */
  'schedules.updateSeries': {
    input: OfSchedule.extend({ dayId: Id, series: ScheduleDayInput.omit({ weekday: true }) }),
    output: ScheduleOverview,
  },
  'schedules.removeSeries': { input: OfSchedule.extend({ dayId: Id }), output: ScheduleOverview },
  /** Removes every series, occurrence and appointment of the schedule; the original event stays. */
  'schedules.remove': { input: OfSchedule, output: z.null() },
  'schedules.enrol': {
    input: OfSchedule.extend({ client: AppointmentClientInput, dayIds: DayIds }),
    output: EnrolResult,
  },
  'schedules.changeSeries': {
    input: OfSchedule.extend({ enrolmentId: Id, dayIds: DayIds }),
    output: EnrolResult,
  },
  'schedules.unenrol': { input: OfSchedule.extend({ enrolmentId: Id }), output: ScheduleOverview },
} as const satisfies Slice;
