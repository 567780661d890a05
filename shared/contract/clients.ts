import { z } from 'zod';
import { AppointmentStatus } from '../domain/appointment';
import { ClientSearchHit } from '../domain/client';
import { Id, IsoDateTime } from '../domain/common';
import { AtLocation, type Slice } from './common';

export const ClientSearchRequest = AtLocation.extend({
  text: z.string().trim().min(1, 'issue.search.empty').max(100, 'issue.search.tooLong'),
});
export type ClientSearchRequest = z.input<typeof ClientSearchRequest>;

export const RecentVisitsRequest = AtLocation.extend({
  clientId: Id,
  limit: z.number().int().min(1).max(20).default(5),
});
export type RecentVisitsRequest = z.input<typeof RecentVisitsRequest>;

/** One of a client's earlier appointments, as the booking dialog lists them. */
export const RecentVisit = z.object({
  id: Id,
  start: IsoDateTime,
  teamMemberId: Id,
  services: z.array(z.string()),
  status: AppointmentStatus,
  total: z.number(),
});
export type RecentVisit = z.infer<typeof RecentVisit>;

export const clientsContract = {
  'clients.search': { input: ClientSearchRequest, output: z.array(ClientSearchHit) },
  'clients.recentVisits': { input: RecentVisitsRequest, output: z.array(RecentVisit) },
} as const satisfies Slice;
