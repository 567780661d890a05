import { DateTime } from 'luxon';
import type { z } from 'zod';
import type {
  BookableDatesRequest,
  FreeTime,
  FreeTimes,
  FreeTimesRequest,
  SlotCheck,
  SlotCheckRequest,
} from '../../../shared/appointmentForm';
import type { Location } from '../../../shared/domain/location';
import type { AltegioClient } from '../altegio/client';
import { bookingProblemOf } from '../altegio/booking';
import type { Session } from '../session';

/** Team members bookable online who perform every chosen service, in Altegio's order. */
async function candidatesFor(client: AltegioClient, location: Location, serviceIds: number[]) {
  const [team, services] = await Promise.all([
    client.teamMembers.list(location),
    serviceIds.length ? client.services.list(location) : Promise.resolve([]),
  ]);
  const chosen = services.filter((service) => serviceIds.includes(service.id));
  return team
    .filter((member) => member.bookable && !member.hiddenOnline)
    .filter((member) =>
      chosen.every((service) => service.teamMembers.some((link) => link.teamMemberId === member.id)),
    )
    .map((member) => member.id);
}

/** "Any team member": each candidate's free times, merged by start, with who is free then. */
async function anyoneFree(
  client: AltegioClient,
  location: Location,
  request: z.output<typeof FreeTimesRequest>,
): Promise<FreeTime[]> {
  const members = await candidatesFor(client, location, request.serviceIds);
  const perMember = await Promise.all(
    members.map(async (id) => ({
      id,
      times: await client.booking.times(location, id, request.date, request.serviceIds),
    })),
  );
  const byStart = new Map<string, FreeTime>();
  for (const { id, times } of perMember) {
    for (const time of times) {
      const known = byStart.get(time.start);
      if (known) known.teamMemberIds.push(id);
      else
        byStart.set(time.start, {
          time: time.time,
          start: time.start,
          durationSeconds: time.durationSeconds,
          teamMemberIds: [id],
        });
    }
  }
  return [...byStart.values()].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

export function createAvailabilityHandlers(session: Session) {
  return {
    'availability.times': (request: z.output<typeof FreeTimesRequest>) =>
      session.withClient(async (client, location): Promise<FreeTimes> => {
        if (request.teamMemberId === 0) {
          return { times: await anyoneFree(client, location, request), nextDate: null };
        }
        const times = await client.booking.times(
          location,
          request.teamMemberId,
          request.date,
          request.serviceIds,
        );
        const free = times.map(({ time, start, durationSeconds }) => ({
          time,
          start,
          durationSeconds,
          teamMemberIds: [request.teamMemberId],
        }));
        if (free.length > 0) return { times: free, nextDate: null };
        const nextDay = DateTime.fromISO(request.date, { zone: location.timezone }).plus({ days: 1 });
        const next = await client.booking.nextSeances(location, request.teamMemberId, {
          serviceIds: request.serviceIds,
          after: nextDay.toISO({ suppressMilliseconds: true })!,
        });
        return { times: [], nextDate: next.date };
      }),

    'availability.dates': (request: z.output<typeof BookableDatesRequest>) =>
      session.withClient((client, location) =>
        client.booking.dates(location, {
          teamMemberId: request.teamMemberId,
          serviceIds: request.serviceIds,
          from: request.from,
        }),
      ),

    /** Altegio's book_check, answered as a verdict: busy, nobody available, or a service not bookable. */
    'availability.check': (request: z.output<typeof SlotCheckRequest>) =>
      session.withClient(async (client, location): Promise<SlotCheck> => {
        try {
          await client.booking.check(location, [
            { teamMemberId: request.teamMemberId, serviceIds: request.serviceIds, datetime: request.start },
          ]);
          return { bookable: true, problem: null, message: 'This time can be booked.' };
        } catch (error) {
          const problem = bookingProblemOf(error);
          if (!problem || !(error instanceof Error)) throw error;
          return { bookable: false, problem, message: error.message };
        }
      }),
  };
}
