import { DateTime } from 'luxon';
import type { z } from 'zod';
import type { ClientSearchRequest, RecentVisit, RecentVisitsRequest } from '../../../shared/appointmentForm';
import type { Session } from '../session';

/** How far back "last visits" looks: enough for a regular's history, one small request for most clients. */
const RECENT_VISITS_DAYS = 730;
const SEARCH_PAGE_SIZE = 10;

export function createClientHandlers(session: Session, now: () => number) {
  return {
    'clients.search': ({ text }: z.output<typeof ClientSearchRequest>) =>
      session.withClient(async (client, location) => {
        const { items } = await client.clients.search(location, text, { pageSize: SEARCH_PAGE_SIZE });
        return items;
      }),

    /** The client's latest appointments up to today, newest first. */
    'clients.recentVisits': ({ clientId, limit }: z.output<typeof RecentVisitsRequest>) =>
      session.withClient(async (client, location): Promise<RecentVisit[]> => {
        const today = DateTime.fromMillis(now(), { zone: location.timezone });
        const appointments = await client.appointments.forClient(location, clientId, {
          from: today.minus({ days: RECENT_VISITS_DAYS }).toISODate()!,
          to: today.toISODate()!,
        });
        return appointments
          .slice(-limit)
          .reverse()
          .map((appointment) => ({
            id: appointment.id,
            start: appointment.start,
            teamMemberId: appointment.teamMemberId,
            services: appointment.services.map((service) => service.title),
            status: appointment.status,
            total: appointment.services.reduce((sum, service) => sum + service.cost, 0),
          }));
      }),
  };
}
