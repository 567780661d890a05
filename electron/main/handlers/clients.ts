import type { ClientHistory, clientsContract, RecentVisit } from '../../../shared/contract/clients';
import type { Appointment } from '../../../shared/domain/appointment';
import { appointmentTotal } from '../../../shared/domain/payment';
import { DateTime, isoDateOf } from '../altegio/luxon';
import type { SliceHandlers } from '../ipc/invoker';
import { ensureClientUnchanged } from './appointmentConflicts';
import type { HandlerDeps } from './deps';

/** How far back the card looks for last visits: enough for a regular's history, one small request for most. */
const RECENT_VISITS_DAYS = 730;
/** How far ahead the card looks for upcoming appointments. */
const UPCOMING_DAYS = 365;
/** How many of the last visits and of the upcoming appointments the card lists. */
const HISTORY_LIMIT = 5;
const SEARCH_PAGE_SIZE = 10;

function toRecentVisit(appointment: Appointment): RecentVisit {
  return {
    id: appointment.id,
    start: appointment.start,
    teamMemberId: appointment.teamMemberId,
    services: appointment.services.map((service) => service.title),
    status: appointment.status,
    total: appointmentTotal(appointment),
  };
}

/**
 * Splits a client's appointments (oldest first) at `now`. No-shows count over the last year: appointments
 * that began on or after the location's date a year ago and not after now.
 */
export function historyOf(appointments: readonly Appointment[], now: DateTime): ClientHistory {
  const nowMs = now.toMillis();
  const yearAgo = now.minus({ years: 1 }).startOf('day');
  const past = appointments.filter((appointment) => Date.parse(appointment.start) <= nowMs);
  const upcoming = appointments.filter((appointment) => Date.parse(appointment.start) > nowMs);
  const noShows = past.filter(
    (appointment) => appointment.status === 'no-show' && Date.parse(appointment.start) >= yearAgo.toMillis(),
  ).length;
  return {
    lastVisits: past.slice(-HISTORY_LIMIT).reverse().map(toRecentVisit),
    upcoming: upcoming.slice(0, HISTORY_LIMIT).map(toRecentVisit),
    upcomingCount: upcoming.length,
    noShows,
    noShowsSince: isoDateOf(yearAgo),
  };
}

export function createClientsHandlers({ session, now }: HandlerDeps): SliceHandlers<typeof clientsContract> {
  return {
    'clients.search': ({ locationId, text }) =>
      session.withLocation(locationId, async (client, location) => {
        const { items } = await client.clients.search(location, text, { pageSize: SEARCH_PAGE_SIZE });
        return items;
      }),

    /** The client as Altegio has them, with their appointments from two years back to a year ahead. */
    'clients.card': ({ locationId, clientId }) =>
      session.withLocation(locationId, async (client, location) => {
        const at = DateTime.fromMillis(now(), { zone: location.timezone });
        const [found, { appointments }] = await Promise.all([
          client.clients.get(location, clientId),
          client.appointments.forClient(location, clientId, {
            from: isoDateOf(at.minus({ days: RECENT_VISITS_DAYS })),
            to: isoDateOf(at.plus({ days: UPCOMING_DAYS })),
          }),
        ]);
        return { client: found, history: historyOf(appointments, at) };
      }),

    'clients.update': ({ locationId, clientId, changes, ...expected }) =>
      session.withLocation(locationId, (client, location) =>
        client.clients.amend(location, clientId, changes, (current) =>
          ensureClientUnchanged(current, expected),
        ),
      ),

    'clients.comments': ({ locationId, clientId }) =>
      session.withLocation(locationId, (client, location) => client.clients.comments(location, clientId)),

    'clients.addComment': ({ locationId, clientId, text }) =>
      session.withLocation(locationId, (client, location) =>
        client.clients.addComment(location, clientId, text),
      ),
  };
}
