import { z } from 'zod';
import type { LocationRef } from '../../../shared/domain/common';
import type {
  ClientSchedule,
  Enrolment,
  GroupEvent,
  Schedule,
  ScheduleDay,
  ScheduleDayEvent,
  ScheduleDayInput,
} from '../../../shared/domain/schedule';
import { Weekday as WeekdaySchema, type Weekday } from '../../../shared/domain/schedule';
import { labelRefsOf, unreadable, WireLabelRef } from './appointmentWire';
import { appointmentStart, toIsoInZone, wireTimeToIso } from './time';
import { parseWire, toHexColour, WireId, WireNumber, WireText } from './wire';

const WEEKDAYS: readonly Weekday[] = WeekdaySchema.options;
const objectOrNull = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value) ? value : null;
const Brief = z.preprocess(
  objectOrNull,
  z.object({ id: WireId, title: WireText, name: WireText }).nullable().catch(null),
);

const WireActivity = z.object({
  id: WireId,
  service_id: WireId,
  staff_id: WireId,
  date: z.string().nullish(),
  timestamp: WireNumber.optional(),
  length: WireNumber,
  capacity: WireNumber,
  records_count: WireNumber,
  color: z.unknown(),
  comment: WireText,
  service: Brief.optional(),
  staff: Brief.optional(),
  labels: z.array(WireLabelRef).nullish().catch([]),
});

const WireDay = z.object({
  id: WireId,
  timetable_event_schedule_id: WireId.optional(),
  day_of_week: z.string(),
  events_time: WireText,
  events_duration: WireNumber,
  event_technical_break_duration: WireNumber.nullish(),
  events_master_id: WireId.optional(),
  events_master: Brief.optional(),
  events_capacity: WireNumber.optional(),
  labels_ids: z.array(WireId).nullish().catch([]),
});

const WireSchedule = z.object({
  id: WireId,
  original_entity_id: WireId,
  date_start: z.string(),
  date_end: z.string(),
  days: z.array(WireDay).nullish(),
});

const WireClientSchedule = z.object({
  id: WireId,
  client_id: WireId.nullish(),
  final_day: z.string().nullish(),
  days: z.array(WireDay).nullish(),
});

const WireClientBrief = z.preprocess(
  objectOrNull,
  z.object({ id: WireId, name: WireText, phone: WireText }).nullable().catch(null),
);

const WireEnrolment = WireClientSchedule.extend({ client: WireClientBrief.optional() });

const WireDayEvent = z.object({
  id: WireId,
  timetable_event_schedule_day_id: WireId.nullish(),
  event_status: WireText,
  event_entity_id: WireId.nullish(),
  event_datetime: z.string().nullish(),
  entity_datetime: z.string().nullish(),
  entity_master: Brief.optional(),
  entity_duration: WireNumber,
});

export function toGroupEvent(raw: unknown, location: LocationRef): GroupEvent {
  const event = parseWire(WireActivity, raw, 'a group event');
  const zone = location.timezone;
  const fromTimestamp = event.timestamp ? new Date(event.timestamp * 1000).toISOString() : null;
  const start = appointmentStart(event.date, fromTimestamp, zone);
  if (!start) throw unreadable('a group event');
  return {
    id: event.id,
    serviceId: event.service_id,
    serviceTitle: event.service?.title ?? '',
    teamMemberId: event.staff_id,
    teamMemberName: event.staff?.name ?? '',
    start: toIsoInZone(start, zone),
    end: toIsoInZone(start.plus({ seconds: event.length }), zone),
    durationSeconds: Math.round(event.length),
    capacity: Math.round(event.capacity),
    recordsCount: Math.round(event.records_count),
    colour: toHexColour(event.color),
    comment: event.comment,
    labels: labelRefsOf(event.labels),
  };
}

function toDay(day: z.output<typeof WireDay>, scheduleId: number): ScheduleDay {
  // A series on an unknown weekday would preview wrong dates: better unreadable than guessed.
  const weekday = WEEKDAYS.find((name) => name === day.day_of_week.toLowerCase().slice(0, 3));
  if (!weekday) throw unreadable('a schedule day');
  return {
    id: day.id,
    scheduleId: day.timetable_event_schedule_id ?? scheduleId,
    weekday,
    time: day.events_time.slice(0, 5),
    durationSeconds: Math.round(day.events_duration),
    technicalBreakSeconds: Math.round(day.event_technical_break_duration ?? 0),
    teamMemberId: day.events_master_id ?? day.events_master?.id ?? 0,
    capacity: Math.round(day.events_capacity ?? 1),
    labelIds: day.labels_ids ?? [],
  };
}

export function toSchedule(raw: unknown): Schedule {
  const schedule = parseWire(WireSchedule, raw, 'a schedule');
  return {
    id: schedule.id,
    eventId: schedule.original_entity_id,
    startDate: schedule.date_start.slice(0, 10),
    endDate: schedule.date_end.slice(0, 10),
    days: (schedule.days ?? []).map((day) => toDay(day, schedule.id)),
  };
}

export function toScheduleDay(raw: unknown, scheduleId = 0): ScheduleDay {
  return toDay(parseWire(WireDay, raw, 'a schedule day'), scheduleId);
}

export function toClientSchedule(raw: unknown, location: LocationRef): ClientSchedule {
  const enrolment = parseWire(WireClientSchedule, raw, 'a client schedule');
  return {
    id: enrolment.id,
    clientId: enrolment.client_id ?? null,
    finalDay: wireTimeToIso(enrolment.final_day, location.timezone),
    dayIds: (enrolment.days ?? []).map((day) => day.id),
  };
}

export function toDayEvent(raw: unknown, location: LocationRef): ScheduleDayEvent {
  const event = parseWire(WireDayEvent, raw, 'a schedule event');
  const start = appointmentStart(event.entity_datetime, event.event_datetime, location.timezone);
  if (!start) throw unreadable('a schedule event');
  return {
    id: event.id,
    eventId: event.event_entity_id ?? null,
    dayId: event.timetable_event_schedule_day_id ?? null,
    status: event.event_status,
    start: toIsoInZone(start, location.timezone),
    teamMemberId: event.entity_master?.id ?? null,
    durationSeconds: Math.round(event.entity_duration),
  };
}

export function toDayBody(day: Partial<ScheduleDayInput>): Record<string, unknown> {
  const body: Record<string, unknown> = {
    day_of_week: day.weekday,
    events_time: day.time === undefined ? undefined : `${day.time}:00`,
    events_duration: day.durationSeconds,
    events_master_id: day.teamMemberId,
    events_capacity: day.capacity,
    labels_ids: day.labelIds,
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

/** An item of a schedule's enrolment list: the client schedule and its client's brief. */
export function toEnrolment(raw: unknown, location: LocationRef): Enrolment | null {
  const item = parseWire(WireEnrolment, raw, 'an enrolment');
  const clientId = item.client_id ?? item.client?.id;
  if (clientId === undefined || clientId === null) return null;
  return {
    id: item.id,
    clientId,
    clientName: item.client?.name ?? '',
    clientPhone: item.client?.phone ?? '',
    dayIds: (item.days ?? []).map((day) => day.id),
    finalDay: wireTimeToIso(item.final_day, location.timezone),
  };
}
