import type { schedulesContract } from '../../../shared/contract/schedules';
import type { AppointmentClientInput } from '../../../shared/domain/appointment';
import type { LocationRef } from '../../../shared/domain/common';
import type { GroupEvent, GroupEventInput, Schedule } from '../../../shared/domain/schedule';
import type { AltegioClient } from '../altegio/client';
import { AltegioError, notFoundError } from '../altegio/errors';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';
import { currentOverview, listedEnrolments, listSchedules, overviewOf, scheduleOf } from './scheduleReads';
import { enrolledAppointments, previewOccurrences } from './schedulePreview';

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

/**
 * The first class of a new weekly class. A Retry after the schedule failed half-way finds the class the
 * first try made (same service, member, date and time, not yet repeating) instead of making a second.
 */
async function firstClass(client: AltegioClient, location: LocationRef, input: GroupEventInput) {
  const sameDay = await client.schedules.groupEvents(location, {
    from: input.date,
    till: input.date,
    serviceIds: [input.serviceId],
  });
  for (const event of sameDay) {
    const alike = event.teamMemberId === input.teamMemberId && event.start.slice(11, 16) === input.time;
    if (alike && (await client.schedules.findByEvent(location, event.id)) === null) return event;
  }
  return client.schedules.createGroupEvent(location, input);
}

/** Runs a removal; "not found" means it is already gone (a retry whose first answer was lost): done. */
async function removing(remove: () => Promise<void>): Promise<void> {
  try {
    await remove();
  } catch (error) {
    if (!(error instanceof AltegioError && error.code === 'NOT_FOUND')) throw error;
  }
}

const union = (a: readonly number[], b: readonly number[]) => [...new Set([...a, ...b])];
const sameIds = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

export function createSchedulesHandlers({
  session,
  now,
}: HandlerDeps): SliceHandlers<typeof schedulesContract> {
  /** Checks that the event and the schedule id name the same schedule, then does the change. */
  const onSchedule = <T>(
    { locationId, eventId, scheduleId }: { locationId: number; eventId: number; scheduleId: number },
    work: (client: AltegioClient, location: LocationRef, schedule: Schedule) => Promise<T>,
  ) =>
    session.withLocation(locationId, async (client, location) => {
      const schedule = await scheduleOf(client, location, eventId, scheduleId);
      return work(client, location, schedule);
    });

  const afterEnrolment = async (
    client: AltegioClient,
    location: LocationRef,
    eventId: number,
    clientId: number,
  ) => {
    const overview = await currentOverview(client, location, eventId);
    return {
      overview,
      clientId,
      appointments: await enrolledAppointments(client, location, overview, clientId, now()),
    };
  };

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

    'schedules.preview': (request) =>
      onSchedule(request, async (client, location, schedule) =>
        previewOccurrences(
          client,
          location,
          await overviewOf(client, location, schedule),
          request.clientId,
          now(),
        ),
      ),

    'schedules.create': ({ locationId, source, endDate, days }) =>
      session.withLocation(locationId, async (client, location) => {
        const event: GroupEvent =
          source.kind === 'event'
            ? await client.schedules.groupEvent(location, source.eventId)
            : await firstClass(client, location, source.event);
        const schedule = await client.schedules.create(location, { eventId: event.id, endDate, days });
        return overviewOf(client, location, schedule, event);
      }),

    'schedules.setEndDate': (request) =>
      onSchedule(request, async (client, location) => {
        await client.schedules.setEndDate(location, request.scheduleId, request.endDate);
        return currentOverview(client, location, request.eventId);
      }),

    'schedules.addSeries': (request) =>
      onSchedule(request, async (client, location, schedule) => {
        // A Retry after a lost answer finds the series the first try added, and does not add it again.
        const { weekday, time, teamMemberId } = request.series;
        const added = schedule.days.some(
          (day) => day.weekday === weekday && day.time === time && day.teamMemberId === teamMemberId,
        );
        if (!added) await client.schedules.addDay(location, request.scheduleId, request.series);
        return currentOverview(client, location, request.eventId);
      }),

    'schedules.updateSeries': (request) =>
      onSchedule(request, async (client, location, schedule) => {
        if (!schedule.days.some((day) => day.id === request.dayId)) throw notFoundError();
        await client.schedules.updateDay(location, request.dayId, request.series, true);
        return currentOverview(client, location, request.eventId);
      }),

    'schedules.removeSeries': (request) =>
      onSchedule(request, async (client, location, schedule) => {
        if (schedule.days.some((day) => day.id === request.dayId))
          await removing(() => client.schedules.removeDay(location, request.dayId));
        return currentOverview(client, location, request.eventId);
      }),

    'schedules.remove': (request) =>
      session.withLocation(request.locationId, async (client, location) => {
        const schedule = await client.schedules.findByEvent(location, request.eventId);
        if (schedule && schedule.id !== request.scheduleId) throw notFoundError();
        if (schedule) await removing(() => client.schedules.remove(location, request.scheduleId));
        return null;
      }),

    /**
     * Enrols once, and never takes a series away: a client found already enrolled (a lost answer,
     * another desk) keeps their series and gains the chosen ones.
     */
    'schedules.enrol': (request) =>
      onSchedule(request, async (client, location) => {
        const { scheduleId, dayIds } = request;
        const clientId = await clientIdOf(client, location, request.client);
        const existing = (await listedEnrolments(client, location, scheduleId))?.find(
          (enrolment) => enrolment.clientId === clientId,
        );
        const enrolment = existing ?? (await client.schedules.enrol(location, scheduleId, clientId, dayIds));
        const wanted = union(enrolment.dayIds, dayIds);
        if (!sameIds(enrolment.dayIds, wanted))
          await client.schedules.changeDays(location, scheduleId, enrolment.id, wanted);
        return afterEnrolment(client, location, request.eventId, clientId);
      }),

    /** Sets the series exactly (the desk saw what is added and removed): repeating it changes nothing. */
    'schedules.changeSeries': (request) =>
      onSchedule(request, async (client, location) => {
        const { scheduleId, enrolmentId, dayIds } = request;
        const enrolment = await client.schedules.changeDays(location, scheduleId, enrolmentId, dayIds);
        const known = (await listedEnrolments(client, location, scheduleId))?.find(
          (e) => e.id === enrolmentId,
        );
        const clientId = enrolment.clientId ?? known?.clientId;
        if (clientId === undefined || clientId === null) throw notFoundError();
        return afterEnrolment(client, location, request.eventId, clientId);
      }),

    'schedules.unenrol': (request) =>
      onSchedule(request, async (client, location) => {
        await removing(() => client.schedules.unenrol(location, request.scheduleId, request.enrolmentId));
        return currentOverview(client, location, request.eventId);
      }),
  };
}
