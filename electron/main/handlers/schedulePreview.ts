import type { Appointment } from '../../../shared/domain/appointment';
import type { LocationRef } from '../../../shared/domain/common';
import type {
  EnrolledAppointment,
  GroupEvent,
  Occurrence,
  ScheduleOverview,
} from '../../../shared/domain/schedule';
import type { AltegioClient } from '../altegio/client';
import { DateTime, isoDateOf, isoOf } from '../altegio/luxon';
import { weeklyOccurrences } from './scheduleOccurrences';

/** The dates from which occurrences still lie ahead: today (in the location) to the schedule's end. */
function aheadRange(overview: ScheduleOverview, location: LocationRef, nowMs: number) {
  const today = isoDateOf(DateTime.fromMillis(nowMs, { zone: location.timezone }));
  const { startDate, endDate } = overview.schedule;
  return { from: startDate > today ? startDate : today, to: endDate };
}

function describe(appointment: Appointment, zone: string): string {
  const at = (iso: string) => DateTime.fromISO(iso, { zone }).toFormat('HH:mm');
  const what = appointment.services.map((service) => service.title).join(', ') || 'An appointment';
  return `${what}, ${at(appointment.start)}–${at(appointment.end)}`;
}

const overlaps = (appointment: Appointment, start: DateTime, end: DateTime) =>
  Date.parse(appointment.start) < end.toMillis() && Date.parse(appointment.end) > start.toMillis();

/**
 * Every future date of every series as the rule makes it (weekday and local time in the location's zone),
 * matched with the occurrence Altegio generated on that date, and marked for the client: already enrolled
 * there, full, or clashing with another of their appointments.
 */
export async function previewOccurrences(
  client: AltegioClient,
  location: LocationRef,
  overview: ScheduleOverview,
  clientId: number | null,
  nowMs: number,
): Promise<Occurrence[]> {
  const range = aheadRange(overview, location, nowMs);
  if (range.from > range.to) return [];
  const [events, appointments] = await Promise.all([
    client.schedules.groupEvents(location, {
      from: range.from,
      till: range.to,
      serviceIds: [overview.serviceId],
    }),
    clientId === null
      ? Promise.resolve([])
      : client.appointments.forClient(location, clientId, range).then((list) => list.appointments),
  ]);
  const zone = location.timezone;
  // The schedule's own occurrences (a series has one weekday, so one occurrence a date), by local date.
  const ownByDate = new Map<string, GroupEvent>(
    events
      .filter((event) => overview.eventIds.includes(event.id))
      .map((event) => [DateTime.fromISO(event.start, { zone }).toISODate() as string, event]),
  );
  const occurrences: Occurrence[] = [];
  for (const day of overview.schedule.days) {
    const rule = { ...day, durationSeconds: day.durationSeconds + day.technicalBreakSeconds };
    for (const date of weeklyOccurrences(rule, range.from, range.to, zone)) {
      const event = ownByDate.get(date.date);
      const start = event ? DateTime.fromISO(event.start, { zone }) : date.start;
      const end = event ? DateTime.fromISO(event.end, { zone }) : date.end;
      // A class that has begun takes no new client (Altegio enrols from the next one on).
      if (start.toMillis() < nowMs) continue;
      const mine = event && appointments.find((a) => a.activityId === event.id);
      const clash = appointments.find((a) => a.activityId !== event?.id && overlaps(a, start, end));
      occurrences.push({
        dayId: day.id,
        eventId: event?.id ?? null,
        start: isoOf(start, { suppressMilliseconds: true }),
        end: isoOf(end, { suppressMilliseconds: true }),
        state: !event
          ? 'missing'
          : mine
            ? 'enrolled'
            : event.recordsCount >= event.capacity
              ? 'full'
              : clash
                ? 'clash'
                : 'free',
        clashWith: clash && !mine ? describe(clash, zone) : null,
        fill: event ? { enrolled: event.recordsCount, capacity: event.capacity } : null,
      });
    }
  }
  return occurrences.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** The client's appointments in this schedule's occurrences from today on, read back from Altegio. */
export async function enrolledAppointments(
  client: AltegioClient,
  location: LocationRef,
  overview: ScheduleOverview,
  clientId: number,
  nowMs: number,
): Promise<EnrolledAppointment[]> {
  const range = aheadRange(overview, location, nowMs);
  if (range.from > range.to) return [];
  const { appointments } = await client.appointments.forClient(location, clientId, range);
  const eventIds = new Set(overview.eventIds);
  return appointments.flatMap((appointment) =>
    appointment.activityId !== null &&
    eventIds.has(appointment.activityId) &&
    Date.parse(appointment.start) >= nowMs
      ? [{ id: appointment.id, eventId: appointment.activityId, start: appointment.start }]
      : [],
  );
}
