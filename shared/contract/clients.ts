import { z } from 'zod';
import { AppointmentStatus } from '../domain/appointment';
import {
  Client,
  CLIENT_COMMENT_MAX_LENGTH,
  ClientChanges,
  ClientComment,
  ClientSearchHit,
} from '../domain/client';
import { Id, IsoDate, IsoDateTime } from '../domain/common';
import { Expectation } from './appointments';
import { Fingerprint } from '../domain/fingerprint';
import { AtLocation, type Slice } from './common';

export const ClientSearchRequest = AtLocation.extend({
  text: z.string().trim().min(1, 'issue.search.empty').max(100, 'issue.search.tooLong'),
});
export type ClientSearchRequest = z.input<typeof ClientSearchRequest>;

/** One of a client's appointments, as the card and the booking dialog list them. */
export const RecentVisit = z.object({
  id: Id,
  start: IsoDateTime,
  teamMemberId: Id,
  services: z.array(z.string()),
  status: AppointmentStatus,
  total: z.number(),
});
export type RecentVisit = z.infer<typeof RecentVisit>;

const OneClient = AtLocation.extend({ clientId: Id });

/** What the desk should know of a client's appointments before booking them again. */
export const ClientHistory = z.object({
  /** Appointments that have begun, newest first (the latest few). */
  lastVisits: z.array(RecentVisit),
  /** Appointments still to come, soonest first (the next few). */
  upcoming: z.array(RecentVisit),
  /** How many appointments are still to come in all (beyond the few listed). */
  upcomingCount: z.number().int().nonnegative(),
  /** No-shows among appointments that began from `noShowsSince` (the location's date a year ago) up to now. */
  noShows: z.number().int().nonnegative(),
  noShowsSince: IsoDate,
});
export type ClientHistory = z.infer<typeof ClientHistory>;

/** Everything the client card and the booking alerts show, in one read. */
export const ClientCard = z.object({ client: Client, history: ClientHistory });
export type ClientCard = z.infer<typeof ClientCard>;

/** `expectedLastChangedAt`: the client's `lastChangedAt` when the card was loaded (see Expectation). */
export const ClientUpdateRequest = OneClient.extend({
  changes: ClientChanges,
  ...Expectation,
  /** `clientVersionOf` the client the card showed: compared with Altegio's whole record, not the second. */
  seen: Fingerprint.nullable().default(null),
});
export type ClientUpdateRequest = z.input<typeof ClientUpdateRequest>;

export const ClientCommentRequest = OneClient.extend({
  text: z
    .string()
    .trim()
    .min(1, 'issue.clientComment.empty')
    .max(CLIENT_COMMENT_MAX_LENGTH, 'issue.comment.tooLong'),
});
export type ClientCommentRequest = z.input<typeof ClientCommentRequest>;

export const clientsContract = {
  'clients.search': { input: ClientSearchRequest, output: z.array(ClientSearchHit) },
  'clients.card': { input: OneClient, output: ClientCard },
  /**
   * Changes name, phone, e-mail and custom fields; everything else of the client is sent back unchanged.
   * A CONFLICT when the client changed at another desk since `expectedLastChangedAt` (unless `overwrite`).
   */
  'clients.update': { input: ClientUpdateRequest, output: Client },
  'clients.comments': { input: OneClient, output: z.array(ClientComment) },
  'clients.addComment': { input: ClientCommentRequest, output: ClientComment },
} as const satisfies Slice;
