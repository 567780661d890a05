import type { labelsContract } from '../../../shared/contract/labels';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

export function createLabelsHandlers({ session }: HandlerDeps): SliceHandlers<typeof labelsContract> {
  return {
    /** The target's own labels and Altegio's common ones, which fit both. */
    'labels.list': ({ locationId, target }) =>
      session.withLocation(locationId, async (client, location) => {
        const [own, common] = await Promise.all([
          client.labels.list(location, target === 'appointment' ? 'record' : 'client'),
          client.labels.list(location, 'common'),
        ]);
        return [...own, ...common];
      }),
  };
}
