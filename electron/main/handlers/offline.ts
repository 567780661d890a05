import type { offlineContract } from '../../../shared/contract/offline';
import type { Handlers, SliceHandlers } from '../ipc/invoker';
import type { OfflineDays } from '../offlineDays';
import type { HandlerDeps } from './deps';

/** What the desk kept of recent days: read from main's store alone, so it answers while Altegio cannot. */
export function createOfflineHandlers({
  session,
  offlineDays,
}: HandlerDeps): SliceHandlers<typeof offlineContract> {
  return {
    'offline.days': ({ locationId, from, to }) =>
      session.withLocation(locationId, async () => offlineDays.days(locationId, from, to)),
    'offline.team': ({ locationId }) =>
      session.withLocation(locationId, async () => offlineDays.team(locationId)),
    'offline.workingHours': ({ locationId, from, to }) =>
      session.withLocation(locationId, async () => offlineDays.hours(locationId, from, to)),
    'offline.status': ({ locationId }) =>
      session.withLocation(locationId, async () => ({ storage: offlineDays.storage })),
  };
}

/**
 * Keeps every successful answer the calendar draws from (the day's appointments, their changes, the
 * team's columns), after it is answered: recording never slows or fails the request. An answer that
 * arrives after a sign-out (asked for before it) is not kept.
 */
export function keepForOffline(handlers: Handlers, offlineDays: OfflineDays): Handlers {
  const {
    'appointments.list': list,
    'appointments.changes': changes,
    'team.list': team,
    'team.workingHours': hours,
  } = handlers;
  return {
    ...handlers,
    'appointments.list': async (input, context) => {
      const era = offlineDays.era();
      const answer = await list(input, context);
      if (offlineDays.era() === era) offlineDays.recordList(input.locationId, input, answer);
      return answer;
    },
    'appointments.changes': async (input, context) => {
      const era = offlineDays.era();
      const answer = await changes(input, context);
      if (offlineDays.era() === era) offlineDays.recordChanges(input.locationId, input.cursor, answer);
      return answer;
    },
    'team.list': async (input, context) => {
      const era = offlineDays.era();
      const members = await team(input, context);
      if (offlineDays.era() === era) offlineDays.recordTeam(input.locationId, members);
      return members;
    },
    'team.workingHours': async (input, context) => {
      const era = offlineDays.era();
      const workingDays = await hours(input, context);
      if (offlineDays.era() === era) offlineDays.recordHours(input.locationId, input, workingDays);
      return workingDays;
    },
  };
}
