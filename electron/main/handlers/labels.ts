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
    'labels.create': ({ locationId, label }) =>
      session.withLocation(locationId, (client, location) => client.labels.create(location, label)),
    'labels.update': ({ locationId, id, label }) =>
      session.withLocation(locationId, (client, location) => client.labels.update(location, id, label)),
    'labels.remove': ({ locationId, id }) =>
      session.withLocation(locationId, async (client, location) => {
        await client.labels.remove(location, id);
        return null;
      }),
  };
}
