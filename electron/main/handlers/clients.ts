import type { clientsContract, RecentVisit } from '../../../shared/contract/clients';
import { DateTime, isoDateOf } from '../altegio/luxon';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

/** How far back "last visits" looks: enough for a regular's history, one small request for most clients. */
const RECENT_VISITS_DAYS = 730;
const SEARCH_PAGE_SIZE = 10;

export function createClientsHandlers({ session, now }: HandlerDeps): SliceHandlers<typeof clientsContract> {
  return {
    'clients.search': ({ locationId, text }) =>
      session.withLocation(locationId, async (client, location) => {
        const { items } = await client.clients.search(location, text, { pageSize: SEARCH_PAGE_SIZE });
        return items;
      }),

    /** The client's latest appointments up to today, newest first. */
    'clients.recentVisits': ({ locationId, clientId, limit }) =>
      session.withLocation(locationId, async (client, location): Promise<RecentVisit[]> => {
        const today = DateTime.fromMillis(now(), { zone: location.timezone });
        const { appointments } = await client.appointments.forClient(location, clientId, {
          from: isoDateOf(today.minus({ days: RECENT_VISITS_DAYS })),
          to: isoDateOf(today),
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
