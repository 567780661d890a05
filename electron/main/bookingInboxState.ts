import { z } from 'zod';
import { Id, IsoDateTime } from '../../shared/domain/common';

/** The version of an online booking a desk acknowledged: enough to say later what changed since. */
export const InboxSnapshot = z.object({
  /** The lastChangedAt acknowledged. */
  acknowledged: IsoDateTime,
  start: IsoDateTime,
  teamMemberId: Id,
  serviceIds: z.array(Id).max(50),
  deleted: z.boolean(),
});
export type InboxSnapshot = z.infer<typeof InboxSnapshot>;

/** One desk's inbox at one location: since when it looks, and what it acknowledged (by appointment id). */
export interface BookingInboxState {
  lookedAt: string;
  /**
   * Where reading may start (never before lookedAt): every online booking changed before it is
   * acknowledged as it is, so a desk that never clicks "Acknowledge all" does not read ever more days.
   */
  readFrom?: string;
  records: Record<string, InboxSnapshot>;
}

/** Acknowledgements older than this are forgotten, and no desk looks further back. */
export const INBOX_MEMORY_DAYS = 60;
const DAY_MS = 86_400_000;

/**
 * Reads one location's stored entry leniently: an unreadable entry is a first run, an unreadable
 * acknowledgement is dropped on its own (the booking may show once more, which is the safe side).
 */
export function readInboxState(raw: unknown): BookingInboxState | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const entry = raw as { lookedAt?: unknown; readFrom?: unknown; records?: unknown };
  const lookedAt = IsoDateTime.safeParse(entry.lookedAt);
  if (!lookedAt.success || !Number.isFinite(Date.parse(lookedAt.data))) return null;
  const records: Record<string, InboxSnapshot> = {};
  const stored = entry.records;
  if (stored && typeof stored === 'object' && !Array.isArray(stored)) {
    for (const [id, value] of Object.entries(stored)) {
      const snapshot = InboxSnapshot.safeParse(value);
      if (/^[1-9]\d{0,14}$/.test(id) && snapshot.success) records[id] = snapshot.data;
    }
  }
  const readFrom = IsoDateTime.safeParse(entry.readFrom);
  return readFrom.success && Number.isFinite(Date.parse(readFrom.data))
    ? { lookedAt: lookedAt.data, readFrom: readFrom.data, records }
    : { lookedAt: lookedAt.data, records };
}

/** Drops acknowledgements older than INBOX_MEMORY_DAYS, so the store stays small. */
export function pruneInboxState(state: BookingInboxState, nowMs: number): BookingInboxState {
  const oldest = nowMs - INBOX_MEMORY_DAYS * DAY_MS;
  const records = Object.fromEntries(
    Object.entries(state.records).filter(([, snapshot]) => Date.parse(snapshot.acknowledged) >= oldest),
  );
  return { ...state, records };
}
