import { z } from 'zod';
import { Id, IsoDateTime } from '../domain/common';
import { AtLocation, type Slice } from './common';

/** Where and with whom an appointment was before it moved. */
export const InboxPlace = z.object({ start: IsoDateTime, teamMemberId: Id });
export type InboxPlace = z.infer<typeof InboxPlace>;

/**
 * What happened to an online booking since this desk last looked. `changed.what`: 'services' when the
 * services differ from the version the desk acknowledged, 'details' for anything else Altegio counts as a
 * change, 'unknown' when the desk never saw an earlier version to compare with.
 */
export const InboxChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('new') }),
  z.object({ kind: z.literal('cancelled') }),
  z.object({ kind: z.literal('moved'), from: InboxPlace }),
  z.object({ kind: z.literal('changed'), what: z.enum(['services', 'details', 'unknown']) }),
]);
export type InboxChange = z.infer<typeof InboxChange>;

export const InboxItem = z.object({
  appointmentId: Id,
  client: z.object({ name: z.string(), phone: z.string() }).nullable(),
  services: z.array(z.object({ id: Id, title: z.string() })),
  teamMemberId: Id,
  start: IsoDateTime,
  change: InboxChange,
  /** The version this item is about; acknowledging names it, so a later change comes back. */
  lastChangedAt: IsoDateTime,
});
export type InboxItem = z.infer<typeof InboxItem>;

/** Newest change first; `lookedAt`: since when this desk is looking. */
export const BookingInbox = z.object({ items: z.array(InboxItem), lookedAt: IsoDateTime });
export type BookingInbox = z.infer<typeof BookingInbox>;

export const AcknowledgeInboxItem = AtLocation.extend({ appointmentId: Id, lastChangedAt: IsoDateTime });
export type AcknowledgeInboxItem = z.input<typeof AcknowledgeInboxItem>;

/** `upTo`: the newest lastChangedAt the desk was shown; a change after it stays in the inbox. */
export const AcknowledgeInbox = AtLocation.extend({ upTo: IsoDateTime });
export type AcknowledgeInbox = z.input<typeof AcknowledgeInbox>;

export const bookingInboxContract = {
  /** Online bookings created, moved, changed or cancelled since this desk last looked, not acknowledged. */
  'bookingInbox.list': { input: AtLocation, output: BookingInbox },
  /** Local to this desk: Altegio is not told. */
  'bookingInbox.acknowledge': { input: AcknowledgeInboxItem, output: z.null() },
  'bookingInbox.acknowledgeAll': { input: AcknowledgeInbox, output: z.null() },
} as const satisfies Slice;
