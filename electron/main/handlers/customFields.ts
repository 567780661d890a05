import type { customFieldsContract } from '../../../shared/contract/customFields';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

export function createCustomFieldsHandlers({
  session,
}: HandlerDeps): SliceHandlers<typeof customFieldsContract> {
  return {
    'customFields.list': ({ locationId, category }) =>
      session.withLocation(locationId, (client, location) => client.customFields.list(location, category)),
    'customFields.create': ({ locationId, category, field }) =>
      session.withLocation(locationId, (client, location) =>
        client.customFields.create(location, category, field),
      ),
    'customFields.update': ({ locationId, category, id, changes }) =>
      session.withLocation(locationId, (client, location) =>
        client.customFields.update(location, category, id, changes),
      ),
    'customFields.remove': ({ locationId, category, id }) =>
      session.withLocation(locationId, async (client, location) => {
        await client.customFields.remove(location, category, id);
        return null;
      }),
  };
}
