import type { Hono } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import type { ResolvedOptions } from './options';
import type { Clock } from './store/clock';
import type { Store } from './store/store';
import type { BookingAccount, User } from './store/types';

export interface AuthInfo {
  partnerToken: string;
  /** A B2B user: the only kind of user token the business routes accept. */
  user: User | null;
  /** A customer's online-booking account: accepted only by the booking-user routes. */
  bookingAccount: BookingAccount | null;
}

export type AppEnv = { Bindings: HttpBindings; Variables: { auth: AuthInfo } };
export type ApiApp = Hono<AppEnv>;

/** Shared by every route. `store` is replaced on reset, so routes read it per request. */
export interface EmulatorState {
  store: Store;
  readonly clock: Clock;
  readonly options: ResolvedOptions;
}
