import type { altegioContract } from '../../../shared/contract/altegio';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

export function createAltegioHandlers({ session }: HandlerDeps): SliceHandlers<typeof altegioContract> {
  return {
    'altegio.probe': ({ locationId }) =>
      session.withLocation(locationId, async (client, location) => {
        await client.locations.probe(location.id);
        return null;
      }),
  };
}
