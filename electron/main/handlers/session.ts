import type { sessionContract } from '../../../shared/contract/session';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

export function createSessionHandlers({ session }: HandlerDeps): SliceHandlers<typeof sessionContract> {
  return {
    'session.get': () => session.settledState(),
    'session.signIn': (input) => session.signIn(input),
    'session.openDemo': () => session.openDemo(),
    'session.signOut': () => session.signOut(),
    'session.retryRestore': () => session.restore(),
    'session.selectLocation': ({ locationId }) => session.selectLocation(locationId),
  };
}
