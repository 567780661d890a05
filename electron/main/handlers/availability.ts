import type { z } from 'zod';
import type {
  availabilityContract,
  FreeTime,
  FreeTimes,
  FreeTimesRequest,
  SlotCheck,
} from '../../../shared/contract/availability';
import type { Location } from '../../../shared/domain/location';
import { bookingProblemOf } from '../altegio/availability';
import type { AltegioClient } from '../altegio/client';
import { DateTime, isoOf } from '../altegio/luxon';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

/**
 * Team members who perform every chosen service, in Altegio's order. Not filtered on `bookable`: real
 * Altegio sends `bookable: false` for every member, even those taking online bookings that day, and
 * book_times answers per member anyway. Members hidden from online booking are left out, since the
 * online-booking endpoints this finder asks cannot answer for them.
 */
async function candidatesFor(client: AltegioClient, location: Location, serviceIds: number[]) {
  const [team, services] = await Promise.all([
    client.team.list(location),
    serviceIds.length ? client.services.list(location) : Promise.resolve([]),
  ]);
  const chosen = services.filter((service) => serviceIds.includes(service.id));
  return team
    .filter((member) => !member.hiddenOnline)
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
      times: await client.availability.times(location, id, request.date, request.serviceIds),
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

export function createAvailabilityHandlers({
  session,
}: HandlerDeps): SliceHandlers<typeof availabilityContract> {
  return {
    'availability.times': (request) =>
      session.withLocation(request.locationId, async (client, location): Promise<FreeTimes> => {
        if (request.teamMemberId === 0) {
          return { times: await anyoneFree(client, location, request), nextDate: null };
        }
        const times = await client.availability.times(
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
        const next = await client.availability.nextSeances(location, request.teamMemberId, {
          serviceIds: request.serviceIds,
          after: isoOf(nextDay, { suppressMilliseconds: true }),
        });
        return { times: [], nextDate: next.date };
      }),

    'availability.dates': (request) =>
      session.withLocation(request.locationId, (client, location) =>
        client.availability.dates(location, {
          teamMemberId: request.teamMemberId,
          serviceIds: request.serviceIds,
          from: request.from,
        }),
      ),

    /** Altegio's book_check, answered as a verdict: busy, nobody available, or a service not bookable. */
    'availability.check': (request) =>
      session.withLocation(request.locationId, async (client, location): Promise<SlotCheck> => {
        try {
          await client.availability.check(location, [
            { teamMemberId: request.teamMemberId, serviceIds: request.serviceIds, datetime: request.start },
          ]);
          return { bookable: true, problem: null };
        } catch (error) {
          const problem = bookingProblemOf(error);
          if (!problem) throw error;
          return { bookable: false, problem };
        }
      }),
  };
}
