import type { teamContract } from '../../../shared/contract/team';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

export function createTeamHandlers({ session }: HandlerDeps): SliceHandlers<typeof teamContract> {
  return {
    'team.list': ({ locationId }) =>
      session.withLocation(locationId, (client, location) => client.team.list(location)),

    'team.workingHours': ({ locationId, from, to }) =>
      session.withLocation(locationId, (client, location) => client.team.workingDays(location, { from, to })),
  };
}
