import type { schedulesContract, SchedulesList } from '../../../shared/contract/schedules';
import type { AppointmentClientInput } from '../../../shared/domain/appointment';
import type { LocationRef } from '../../../shared/domain/common';
import type { GroupEvent, Schedule, ScheduleOverview } from '../../../shared/domain/schedule';
import type { AltegioClient } from '../altegio/client';
import { AltegioError, notFoundError } from '../altegio/errors';
import { DateTime, isoDateOf } from '../altegio/luxon';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';
import { enrolledAppointments, previewOccurrences } from './schedulePreview';

/** How far ahead the list looks for occurrences: two months of classes covers every running schedule. */
const LIST_DAYS_AHEAD = 62;

async function overviewOf(
  client: AltegioClient,
  location: LocationRef,
  schedule: Schedule,
  seen?: GroupEvent,
): Promise<ScheduleOverview> {
  const [event, enrolments, occurrences] = await Promise.all([
    seen ?? client.schedules.groupEvent(location, schedule.eventId),
    client.schedules.enrolments(location, schedule.id),
    Promise.all(schedule.days.map((day) => client.schedules.dayEvents(location, day.id))),
  ]);
  return {
    schedule,
    serviceId: event.serviceId,
    serviceTitle: event.serviceTitle,
    colour: event.colour,
    enrolments,
    eventIds: occurrences.flat().flatMap((occurrence) => occurrence.eventId ?? []),
  };
}

/** The schedule a group event belongs to, read afresh; gone (deleted at another desk) is a 404. */
async function currentOverview(client: AltegioClient, location: LocationRef, eventId: number) {
  const schedule = await client.schedules.findByEvent(location, eventId);
  if (!schedule) throw notFoundError();
  return overviewOf(client, location, schedule);
}

/** Occurrences of one series share service, member, weekday and local time: one lookup finds them all. */
function seriesKey(event: GroupEvent, zone: string): string {
  const start = DateTime.fromISO(event.start, { zone });
  return `${event.serviceId}|${event.teamMemberId}|${start.weekday}|${start.toFormat('HH:mm')}`;
}

/**
 * Altegio cannot list schedules: ask which schedule the coming group events belong to. One event of each
 * look-alike group is asked first (all at once); a schedule found accounts for every occurrence it made,
 * and only the events still unaccounted for are asked about one by one.
 */
async function listSchedules(
  client: AltegioClient,
  location: LocationRef,
  nowMs: number,
): Promise<SchedulesList> {
  const today = DateTime.fromMillis(nowMs, { zone: location.timezone });
  const events = await client.schedules.groupEvents(location, {
    from: isoDateOf(today),
    till: isoDateOf(today.plus({ days: LIST_DAYS_AHEAD })),
  });
  const found = new Map<number, ScheduleOverview>();
  const accounted = new Set<number>();
  const eventsWithoutSchedule: GroupEvent[] = [];
  const lookUp = async (batch: GroupEvent[]) => {
    const schedules = await Promise.all(
      batch.map((event) => client.schedules.findByEvent(location, event.id)),
    );
    const fresh = new Map<number, { schedule: Schedule; event: GroupEvent }>();
    batch.forEach((event, index) => {
      const schedule = schedules[index];
      accounted.add(event.id);
      if (!schedule) eventsWithoutSchedule.push(event);
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
  const startOf = (overview: ScheduleOverview) => overview.schedule.startDate;
  return {
    schedules: [...found.values()].sort(
      (a, b) => startOf(a).localeCompare(startOf(b)) || a.schedule.id - b.schedule.id,
    ),
    eventsWithoutSchedule: eventsWithoutSchedule.sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
  };
}

/** An existing client by id; a new one is found by phone or created (once, even after a lost answer). */
async function clientIdOf(client: AltegioClient, location: LocationRef, input: AppointmentClientInput) {
  if (input.id !== undefined) return input.id;
  const known = await client.clients.findByPhone(location, input.phone);
  if (known) return known.id;
  const created = await client.clients.create(location, {
    name: input.name,
    phone: input.phone,
    ...(input.email ? { email: input.email } : {}),
  });
  return created.id;
}

export function createSchedulesHandlers({
  session,
  now,
}: HandlerDeps): SliceHandlers<typeof schedulesContract> {
  return {
    'schedules.list': ({ locationId }) =>
      session.withLocation(locationId, (client, location) => listSchedules(client, location, now())),

    'schedules.groupEvents': ({ locationId, from, to }) =>
      session.withLocation(locationId, (client, location) =>
        client.schedules.groupEvents(location, { from, till: to }),
      ),

    'schedules.forEvent': ({ locationId, eventId }) =>
      session.withLocation(locationId, async (client, location) => {
        const schedule = await client.schedules.findByEvent(location, eventId);
        return schedule ? overviewOf(client, location, schedule) : null;
      }),

    'schedules.preview': ({ locationId, eventId, clientId }) =>
      session.withLocation(locationId, async (client, location) =>
        previewOccurrences(
          client,
          location,
          await currentOverview(client, location, eventId),
          clientId,
          now(),
        ),
      ),

    /** A new class is made first; a retry after a half-way failure finds it rather than making another. */
    'schedules.create': ({ locationId, source, endDate, days }) =>
      session.withLocation(locationId, async (client, location) => {
        const event =
          source.kind === 'event'
            ? await client.schedules.groupEvent(location, source.eventId)
            : await client.schedules.createGroupEvent(location, source.event);
        const schedule = await client.schedules.create(location, { eventId: event.id, endDate, days });
        return overviewOf(client, location, schedule, event);
      }),

    'schedules.setEndDate': ({ locationId, eventId, scheduleId, endDate }) =>
      session.withLocation(locationId, async (client, location) => {
        await client.schedules.setEndDate(location, scheduleId, endDate);
        return currentOverview(client, location, eventId);
      }),

    'schedules.addSeries': ({ locationId, eventId, scheduleId, series }) =>
      session.withLocation(locationId, async (client, location) => {
        await client.schedules.addDay(location, scheduleId, series);
        return currentOverview(client, location, eventId);
      }),

    'schedules.updateSeries': ({ locationId, eventId, dayId, series }) =>
      session.withLocation(locationId, async (client, location) => {
        await client.schedules.updateDay(location, dayId, series, true);
        return currentOverview(client, location, eventId);
      }),

    'schedules.removeSeries': ({ locationId, eventId, dayId }) =>
      session.withLocation(locationId, async (client, location) => {
        await client.schedules.removeDay(location, dayId);
        return currentOverview(client, location, eventId);
      }),

    'schedules.remove': ({ locationId, scheduleId }) =>
      session.withLocation(locationId, async (client, location) => {
        await client.schedules.remove(location, scheduleId);
        return null;
      }),

    /**
     * Enrols once. If the client turns out to be enrolled already (a lost answer, another desk), their
     * enrolment is set to the chosen series instead of a second one being made.
     */
    'schedules.enrol': ({ locationId, eventId, scheduleId, client: who, dayIds }) =>
      session.withLocation(locationId, async (client, location) => {
        const clientId = await clientIdOf(client, location, who);
        const existing = (await client.schedules.enrolments(location, scheduleId)).find(
          (enrolment) => enrolment.clientId === clientId,
        );
        const enrolment = existing
          ? await client.schedules.changeDays(location, scheduleId, existing.id, dayIds)
          : await client.schedules.enrol(location, scheduleId, clientId, dayIds);
        if (!sameDays(enrolment.dayIds, dayIds))
          await client.schedules.changeDays(location, scheduleId, enrolment.id, dayIds);
        const overview = await currentOverview(client, location, eventId);
        return {
          overview,
          appointments: await enrolledAppointments(client, location, overview, clientId, now()),
        };
      }),

    'schedules.changeSeries': ({ locationId, eventId, scheduleId, enrolmentId, dayIds }) =>
      session.withLocation(locationId, async (client, location) => {
        const enrolment = await client.schedules.changeDays(location, scheduleId, enrolmentId, dayIds);
        const overview = await currentOverview(client, location, eventId);
        const clientId =
          enrolment.clientId ?? overview.enrolments.find((e) => e.id === enrolmentId)?.clientId ?? null;
        return {
          overview,
          appointments:
            clientId === null ? [] : await enrolledAppointments(client, location, overview, clientId, now()),
        };
      }),

    'schedules.unenrol': ({ locationId, eventId, scheduleId, enrolmentId }) =>
      session.withLocation(locationId, async (client, location) => {
        try {
          await client.schedules.unenrol(location, scheduleId, enrolmentId);
        } catch (error) {
          // Already gone (a retried request whose first answer was lost, or another desk): the wish holds.
          if (!(error instanceof AltegioError && error.code === 'NOT_FOUND')) throw error;
        }
        return currentOverview(client, location, eventId);
      }),
  };
}

function sameDays(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
