import { z } from 'zod';
import { BookingCheckItem } from './booking';
import { CustomFieldValues, Id, IsoDateTime } from './common';

/**
 * Online-booking customers (Altegio's public API, not staff): their accounts, their bookings and the
 * post-visit review form. A booking user's token is theirs, never a desk session's.
 */

/** A customer signed in to online booking (`POST /booking/auth`). */
export const BookingUser = z.object({
  id: Id,
  name: z.string(),
  phone: z.string(),
  login: z.string(),
  email: z.string(),
});
export type BookingUser = z.infer<typeof BookingUser>;

/** An online booking as `book_record` takes it: the person, then one or more appointments. */
export const OnlineBookingRequest = z.object({
  phone: z.string(),
  fullname: z.string(),
  email: z.string().optional(),
  /** The SMS code from `sendCode`, needed where the location has phone confirmation on. */
  code: z.string().optional(),
  comment: z.string().optional(),
  apiId: z.string().optional(),
  /** Hours before the visit to remind by SMS / e-mail; 0 = no reminder. */
  notifyBySms: z.number().int().nonnegative().optional(),
  notifyByEmail: z.number().int().nonnegative().optional(),
  appointments: z.array(BookingCheckItem.extend({ customFields: CustomFieldValues.optional() })).min(1),
});
export type OnlineBookingRequest = z.infer<typeof OnlineBookingRequest>;

/** One booked appointment: `requestId` is the request item's id; the hash opens it without signing in. */
export const OnlineBooked = z.object({ requestId: Id, recordId: Id, recordHash: z.string() });
export type OnlineBooked = z.infer<typeof OnlineBooked>;

export const UserRecordService = z.object({
  id: Id,
  title: z.string(),
  cost: z.number(),
  amount: z.number(),
});

/** An appointment as its customer sees it (`/user/records/{id}/{hash}`). */
export const UserRecord = z.object({
  id: Id,
  location: z.object({ id: Id, title: z.string(), address: z.string(), currency: z.string() }),
  teamMember: z.object({ id: Id, name: z.string(), specialization: z.string() }),
  services: z.array(UserRecordService),
  /** Wall-clock start in the location, "YYYY-MM-DDTHH:MM:SS" (Altegio's `date`). */
  localStart: z.string(),
  start: IsoDateTime,
  durationSeconds: z.number().int().nonnegative(),
  deleted: z.boolean(),
  online: z.boolean(),
  /** 2 confirmed, 1 came, 0 waiting, -1 no-show. */
  attendance: z.number().int(),
  prepaid: z.boolean(),
  /** Whether the location lets customers cancel online. */
  cancellable: z.boolean(),
});
export type UserRecord = z.infer<typeof UserRecord>;

/** What the post-visit review page shows (`/master_record_review/{token}`). */
export const ReviewForm = z.object({
  submitted: z.boolean(),
  pageTitle: z.string(),
  teamMember: z.object({
    id: Id,
    name: z.string(),
    specialization: z.string(),
    avatar: z.string(),
    rating: z.number(),
  }),
  location: z.object({ id: Id, title: z.string(), address: z.string() }),
  visit: z.object({ id: Id, localStart: z.string(), services: z.array(UserRecordService) }),
  /** ISO 4217 code of the location's currency. */
  currency: z.string(),
});
export type ReviewForm = z.infer<typeof ReviewForm>;
