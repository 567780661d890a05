import { createHash } from 'node:crypto';
import type { Store } from '../store/store';
import type { BookingAccount } from '../store/types';

/**
 * A booking-user token: like a B2B user token it survives restarts and changes with the password, but it is
 * derived apart from those, so no booking account can ever share a token with a B2B user.
 */
export function bookingTokenFor(partnerToken: string, login: string, password: string): string {
  return createHash('sha256')
    .update(`online-booking\n${partnerToken}\n${login}\n${password}`)
    .digest('hex')
    .slice(0, 32);
}

export function addBookingAccount(
  store: Store,
  partnerToken: string,
  fields: Omit<BookingAccount, 'id' | 'userToken'>,
): BookingAccount {
  const account: BookingAccount = {
    ...fields,
    id: store.nextId('bookingAccount'),
    userToken: bookingTokenFor(partnerToken, fields.login, fields.password),
  };
  store.bookingAccounts.set(account.id, account);
  return account;
}
