import type { customFieldsContract } from '../../../shared/contract/customFields';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

export function createCustomFieldsHandlers({
  session,
}: HandlerDeps): SliceHandlers<typeof customFieldsContract> {
  return {
    'customFields.list': ({ locationId, category }) =>
      session.withLocation(locationId, (client, location) => client.customFields.list(location, category)),
  };
}
