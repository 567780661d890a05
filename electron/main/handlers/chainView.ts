import type { chainViewContract } from '../../../shared/contract/chainView';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

export function createChainViewHandlers({ session }: HandlerDeps): SliceHandlers<typeof chainViewContract> {
  return {
    'chainView.focus': ({ locationId }) => {
      session.focusLocation(locationId);
      return null;
    },
  };
}
