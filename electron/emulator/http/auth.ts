import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv, AuthInfo, EmulatorState } from '../state';
import type { BookingAccount, Location, Right, User } from '../store/types';
import { forbidden, notEnoughRights, notFound, unauthorized } from './errors';

// Documented: "Bearer <partner>" or "Bearer <partner>, User <user>". Tolerated: "Bearer <partner>,<user>".
const AUTHORIZATION_RE = /^Bearer\s+([^\s,]+)(?:\s*,\s*(?:User\s+)?([^\s,]+))?\s*$/i;

export function parseAuthorization(header: string | undefined): { partner: string; user?: string } | null {
  const match = AUTHORIZATION_RE.exec(header?.trim() ?? '');
  if (!match?.[1]) return null;
  return match[2] ? { partner: match[1], user: match[2] } : { partner: match[1] };
}

/**
 * Every /api/v1 route needs the partner token; a user token, when sent, must be valid: a B2B user's or an
 * online-booking account's. Only the first kind reaches `user`, so business routes never see the second.
 */
export function authMiddleware(state: EmulatorState): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const parsed = parseAuthorization(c.req.header('authorization'));
    if (!parsed || parsed.partner !== state.options.partnerToken) throw unauthorized();
    let user: User | null = null;
    let bookingAccount: BookingAccount | null = null;
    if (parsed.user) {
      user = [...state.store.users.values()].find((u) => u.userToken === parsed.user) ?? null;
      bookingAccount = user
        ? null
        : ([...state.store.bookingAccounts.values()].find((a) => a.userToken === parsed.user) ?? null);
      if (!user && !bookingAccount) throw unauthorized();
    }
    const auth: AuthInfo = { partnerToken: parsed.partner, user, bookingAccount };
    c.set('auth', auth);
    await next();
  };
}

export function requireUser(c: Context<AppEnv>): User {
  const user = c.get('auth').user;
  if (!user) throw unauthorized();
  return user;
}

/** The online-booking customer of a booking-user route (`Bearer <partner>, User <booking token>`). */
export function requireBookingAccount(c: Context<AppEnv>): BookingAccount {
  const account = c.get('auth').bookingAccount;
  if (!account) throw unauthorized();
  return account;
}

export function parseId(raw: string | undefined): number | null {
  if (!raw || !/^\d{1,12}$/.test(raw)) return null;
  return Number(raw);
}

/** A location for a partner-token route (online booking): 404 when unknown. */
export function anyLocation(state: EmulatorState, raw: string | undefined): Location {
  const id = parseId(raw);
  const location = id === null ? undefined : state.store.locations.get(id);
  if (!location) throw notFound('Location not found.');
  return location;
}

/** A location for a business route: the user token is required and must be linked to it. */
export function userLocation(c: Context<AppEnv>, state: EmulatorState, raw: string | undefined): Location {
  const user = requireUser(c);
  const location = anyLocation(state, raw);
  if (!user.locationIds.includes(location.id)) throw forbidden();
  return location;
}

/** A location for a business route whose action needs a right the user may have lost. */
export function userLocationWithRight(
  c: Context<AppEnv>,
  state: EmulatorState,
  raw: string | undefined,
  right: Right,
): Location {
  const location = userLocation(c, state, raw);
  if (requireUser(c).deniedRights?.includes(right)) throw notEnoughRights();
  return location;
}
