import type { SchedulesList } from '../../../shared/contract/schedules';
import type { LocationRef } from '../../../shared/domain/common';
import type { Enrolment, GroupEvent, Schedule, ScheduleOverview } from '../../../shared/domain/schedule';
import type { AltegioClient } from '../altegio/client';
import { AltegioError, notFoundError } from '../altegio/errors';
import { DateTime, isoDateOf } from '../altegio/luxon';

/** A schedule can run up to a year ahead: the list looks that far for its classes. */
const SCHEDULES_DAYS_AHEAD = 366;
/** One-off events worth offering to repeat: the coming two months. */
const ONE_OFFS_DAYS_AHEAD = 62;

/**
 * The schedule's enrolments, or null where Altegio answers that there is no such listing (it is inferred,
 * not documented): enrolling still works, only who is enrolled is not known.
 */
export async function listedEnrolments(
  client: AltegioClient,
  location: LocationRef,
  scheduleId: number,
): Promise<Enrolment[] | null> {
  try {
    return await client.schedules.enrolments(location, scheduleId);
  } catch (error) {
    if (error instanceof AltegioError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export async function overviewOf(
  client: AltegioClient,
  location: LocationRef,
  schedule: Schedule,
  seen?: GroupEvent,
): Promise<ScheduleOverview> {
  const [event, enrolments, occurrences] = await Promise.all([
    seen ?? client.schedules.groupEvent(location, schedule.eventId),
    listedEnrolments(client, location, schedule.id),
    Promise.all(schedule.days.map((day) => client.schedules.dayEvents(location, day.id))),
  ]);
  return {
    schedule,
    serviceId: event.serviceId,
    serviceTitle: event.serviceTitle,
    colour: event.colour,
    enrolments: enrolments ?? [],
    enrolmentsListed: enrolments !== null,
    eventIds: occurrences.flat().flatMap((occurrence) => occurrence.eventId ?? []),
  };
}

/**
 * The schedule a group event belongs to, read afresh. The desk names a schedule by event and id, and
 * both must agree; a schedule gone (deleted at another desk) is a 404.
 */
export async function scheduleOf(
  client: AltegioClient,
  location: LocationRef,
  eventId: number,
  scheduleId?: number,
): Promise<Schedule> {
  const schedule = await client.schedules.findByEvent(location, eventId);
  if (!schedule || (scheduleId !== undefined && schedule.id !== scheduleId)) throw notFoundError();
  return schedule;
}

export async function currentOverview(client: AltegioClient, location: LocationRef, eventId: number) {
  return overviewOf(client, location, await scheduleOf(client, location, eventId));
}

/** Occurrences of one series share service, member, weekday and local time: one lookup finds them all. */
function seriesKey(event: GroupEvent, zone: string): string {
  const start = DateTime.fromISO(event.start, { zone });
  return `${event.serviceId}|${event.teamMemberId}|${start.weekday}|${start.toFormat('HH:mm')}`;
}

/**
 * Altegio cannot list schedules: ask which schedule the coming group events belong to. One event of each
 * look-alike group is asked first (all at once); a schedule found accounts for every occurrence it made,
 * and only the events still unaccounted for are asked about.
 */
export async function listSchedules(
  client: AltegioClient,
  location: LocationRef,
  nowMs: number,
): Promise<SchedulesList> {
  const today = DateTime.fromMillis(nowMs, { zone: location.timezone });
  const events = await client.schedules.groupEvents(location, {
    from: isoDateOf(today),
    till: isoDateOf(today.plus({ days: SCHEDULES_DAYS_AHEAD })),
  });
  const found = new Map<number, ScheduleOverview>();
  const accounted = new Set<number>();
  const withoutSchedule: GroupEvent[] = [];
  const lookUp = async (batch: GroupEvent[]) => {
    const schedules = await Promise.all(
      batch.map((event) => client.schedules.findByEvent(location, event.id)),
    );
    const fresh = new Map<number, { schedule: Schedule; event: GroupEvent }>();
    batch.forEach((event, index) => {
      const schedule = schedules[index];
      accounted.add(event.id);
      if (!schedule) withoutSchedule.push(event);
      else if (!found.has(schedule.id)) fresh.set(schedule.id, { schedule, event });
    });
    const overviews = await Promise.all(
      [...fresh.values()].map(({ schedule, event }) => overviewOf(client, location, schedule, event)),
    );
    for (const overview of overviews) {
      found.set(overview.schedule.id, overview);
      for (const id of overview.eventIds) accounted.add(id);
    }
  };
  const firstOfEachSeries = new Map<string, GroupEvent>();
  for (const event of events) {
    const key = seriesKey(event, location.timezone);
    if (!firstOfEachSeries.has(key)) firstOfEachSeries.set(key, event);
  }
  await lookUp([...firstOfEachSeries.values()]);
  await lookUp(events.filter((event) => !accounted.has(event.id)));
  const oneOffsUntil = isoDateOf(today.plus({ days: ONE_OFFS_DAYS_AHEAD }));
  const startOf = (overview: ScheduleOverview) => overview.schedule.startDate;
  return {
    schedules: [...found.values()].sort(
      (a, b) => startOf(a).localeCompare(startOf(b)) || a.schedule.id - b.schedule.id,
    ),
    eventsWithoutSchedule: withoutSchedule
      .filter((event) => event.start.slice(0, 10) <= oneOffsUntil)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
  };
}
