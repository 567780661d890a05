import { z } from 'zod';
import { SelectLocationInput, SessionEndReason, SessionState, SignInInput } from '../domain/session';
import { NoInput, type Slice } from './common';

export const sessionContract = {
  'session.get': { input: NoInput, output: SessionState },
  'session.signIn': { input: SignInInput, output: SessionState },
  'session.openDemo': { input: NoInput, output: SessionState },
  'session.signOut': { input: NoInput, output: SessionState },
  /** Remembers the location the desk opened; every request still names its own location. */
  'session.selectLocation': { input: SelectLocationInput, output: SessionState },
  'session.retryRestore': { input: NoInput, output: SessionState },
} as const satisfies Slice;

export const sessionEvents = {
  'session.changed': SessionState,
  /** Altegio refused the token in the middle of work: the app asks to sign in again over the open screen. */
  'session.expired': z.object({ reason: SessionEndReason }),
};
