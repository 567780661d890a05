import type { SignInInput } from '../../../shared/session';
import type { Session } from '../session';

export function createSessionHandlers(session: Session) {
  return {
    'session.get': () => session.settledState(),
    'session.signIn': (input: SignInInput) => session.signIn(input),
    'session.openDemo': () => session.openDemo(),
    'session.signOut': () => session.signOut(),
    'session.retryRestore': () => session.restore(),
    'session.selectLocation': ({ locationId }: { locationId: number }) => session.selectLocation(locationId),
  };
}
