import type { servicesContract } from '../../../shared/contract/services';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

export function createServicesHandlers({ session }: HandlerDeps): SliceHandlers<typeof servicesContract> {
  return {
    'services.list': ({ locationId }) =>
      session.withLocation(locationId, (client, location) => client.services.list(location)),
  };
}
