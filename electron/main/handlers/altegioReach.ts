import type { altegioReachContract } from '../../../shared/contract/altegioReach';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

export function createAltegioReachHandlers({
  session,
}: HandlerDeps): SliceHandlers<typeof altegioReachContract> {
  return {
    'altegioReach.probe': ({ locationId }) =>
      session.withLocation(locationId, async (client, location) => {
        await client.locations.probe(location.id);
        return null;
      }),
  };
}
