import { DEMO_ONLINE_BOOKING } from '../options';
import type { Store } from '../store/store';
import type { AppointmentRecord } from '../store/types';
import { addBookingAccount, bookingTokenFor } from '../domain/bookingAccounts';

/**
 * The demo review's visit: the most recent finished, attended appointment of location 101 with a client
 * and a rated team member, not yet reviewed. Chosen from the data, so it takes no id and no random number.
 */
function demoReviewRecord(store: Store): AppointmentRecord | undefined {
  const reviewed = new Set([...store.comments.values()].map((comment) => comment.recordId));
  const nowMs = store.nowMs();
  return store
    .recordsOfLocation(DEMO_ONLINE_BOOKING.reviewLocationId)
    .filter(
      (r) =>
        !r.deleted &&
        r.attendance === 1 &&
        r.clientId !== null &&
        !r.activityId &&
        r.services.length > 0 &&
        r.startMs + r.seanceLength * 1000 <= nowMs &&
        !reviewed.has(r.id) &&
        (store.staff.get(r.staffId)?.rating ?? 0) > 0,
    )
    .sort((a, b) => b.startMs - a.startMs || b.id - a.id)[0];
}

/**
 * Adds the demo booking account and the demo review token when they are missing: at the end of seeding
 * (after every other id), and to a data file saved before they existed.
 */
export function seedOnlineBookingDemo(store: Store, partnerToken: string): void {
  const digits = DEMO_ONLINE_BOOKING.phone.replace(/\D/g, '');
  // A data file may have been saved under another partner token: tokens follow the current one.
  for (const account of store.bookingAccounts.values())
    account.userToken = bookingTokenFor(partnerToken, account.login, account.password);
  if (![...store.bookingAccounts.values()].some((a) => a.login === DEMO_ONLINE_BOOKING.login)) {
    addBookingAccount(store, partnerToken, {
      login: DEMO_ONLINE_BOOKING.login,
      email: DEMO_ONLINE_BOOKING.login,
      phone: digits,
      password: DEMO_ONLINE_BOOKING.password,
      name: DEMO_ONLINE_BOOKING.name,
    });
  }
  const hasReview = [...store.records.values()].some(
    (r) => r.reviewToken === DEMO_ONLINE_BOOKING.reviewToken,
  );
  const record = hasReview ? undefined : demoReviewRecord(store);
  if (record) record.reviewToken = DEMO_ONLINE_BOOKING.reviewToken;
}
