import type { bookingInboxContract, InboxChange, InboxItem } from '../../../shared/contract/bookingInbox';
import type { Appointment } from '../../../shared/domain/appointment';
import type { Location } from '../../../shared/domain/location';
import { AppError } from '../../../shared/errors';
import type { AltegioClient } from '../altegio/client';
import { nowIn } from '../altegio/time';
import {
  INBOX_MEMORY_DAYS,
  pruneInboxState,
  type BookingInboxState,
  type InboxSnapshot,
} from '../bookingInboxState';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

/** A desk's first look at a location covers the day before it. */
const FIRST_LOOK_HOURS = 24;
const HOUR_MS = 3_600_000;
/** How far before the newest change read the next read starts, as the live updates overlap theirs. */
const READ_OVERLAP_MS = 120_000;
/** How far Altegio's clock may run ahead of this computer's before a change time is not believed. */
const MAX_CLOCK_AHEAD_MS = 24 * HOUR_MS;

/** An online booking with a version the inbox can place in time. */
type Online = Appointment & { lastChangedAt: string };

const at = (iso: string) => Date.parse(iso);

function sameServices(a: readonly number[], b: readonly number[]): boolean {
  const sorted = (ids: readonly number[]) => [...ids].sort((x, y) => x - y).join(',');
  return sorted(a) === sorted(b);
}

function snapshotOf(appointment: Online): InboxSnapshot {
  return {
    acknowledged: appointment.lastChangedAt,
    start: appointment.start,
    teamMemberId: appointment.teamMemberId,
    serviceIds: appointment.services.map((service) => service.id),
    deleted: appointment.deleted,
  };
}

/** The snapshot describes this very version (Altegio's change times are whole seconds, so compare all). */
function isSnapshotOf(snapshot: InboxSnapshot, appointment: Online): boolean {
  return (
    at(snapshot.acknowledged) >= at(appointment.lastChangedAt) &&
    at(snapshot.start) === at(appointment.start) &&
    snapshot.teamMemberId === appointment.teamMemberId &&
    snapshot.deleted === appointment.deleted &&
    sameServices(
      snapshot.serviceIds,
      appointment.services.map((service) => service.id),
    )
  );
}

function changeOf(appointment: Online, snapshot: InboxSnapshot | undefined, lookedAt: string): InboxChange {
  if (appointment.deleted) return { kind: 'cancelled' };
  if (!snapshot) {
    const created = appointment.createdAt;
    return created && at(created) >= at(lookedAt) ? { kind: 'new' } : { kind: 'changed', what: 'unknown' };
  }
  if (at(snapshot.start) !== at(appointment.start) || snapshot.teamMemberId !== appointment.teamMemberId) {
    return { kind: 'moved', from: { start: snapshot.start, teamMemberId: snapshot.teamMemberId } };
  }
  const serviceIds = appointment.services.map((service) => service.id);
  return { kind: 'changed', what: sameServices(snapshot.serviceIds, serviceIds) ? 'details' : 'services' };
}

function itemOf(appointment: Online, change: InboxChange): InboxItem {
  return {
    appointmentId: appointment.id,
    client: appointment.client && { name: appointment.client.name, phone: appointment.client.phone },
    services: appointment.services.map(({ id, title }) => ({ id, title })),
    teamMemberId: appointment.teamMemberId,
    start: appointment.start,
    change,
    lastChangedAt: appointment.lastChangedAt,
  };
}

/**
 * Each desk's inbox of online bookings: what changed at Altegio since this desk last looked, read with
 * the appointments' changes query. What the desk acknowledged lives in this desk's settings only, so
 * every desk has its own "last looked" and Altegio is never written to.
 */
export function createBookingInboxHandlers({
  session,
  settings,
  now,
}: HandlerDeps): SliceHandlers<typeof bookingInboxContract> {
  /** The versions each location's last list showed: acknowledging remembers exactly what was seen. */
  const shown = new Map<number, Map<number, Online>>();

  const stateOf = (location: Location): BookingInboxState => {
    const stored = settings.getBookingInbox(location.id);
    if (stored) return stored;
    // Kept at once, so the first look's window does not slide with every later one.
    const first = { lookedAt: nowIn(now() - FIRST_LOOK_HOURS * HOUR_MS, location.timezone), records: {} };
    settings.setBookingInbox(location.id, first);
    return first;
  };

  /**
   * A change time comes from Altegio, whose clock may run a little ahead of this computer's; one days
   * ahead would keep every change until then out of the inbox.
   */
  const believable = (changeTime: string, field: string) => {
    if (at(changeTime) - now() > MAX_CLOCK_AHEAD_MS)
      throw new AppError('VALIDATION', { reason: field }, { fields: { [field]: 'issue.inbox.ahead' } });
  };

  const save = (location: Location, state: BookingInboxState) =>
    settings.setBookingInbox(location.id, pruneInboxState(state, now()));

  /**
   * Online bookings changed since lookedAt that this desk has not acknowledged as they are now, newest
   * first; `newest`: the latest change read at all, online or not (Altegio's clock, not this computer's).
   */
  const pending = async (client: AltegioClient, location: Location, state: BookingInboxState) => {
    // A desk away for months looks back no further than it remembers acknowledgements.
    const oldest = now() - INBOX_MEMORY_DAYS * 24 * HOUR_MS;
    const starts = [state.lookedAt, state.readFrom ?? state.lookedAt, nowIn(oldest, location.timezone)];
    const since = starts.reduce((latest, start) => (at(start) > at(latest) ? start : latest));
    const { appointments } = await client.appointments.changedSince(location, since);
    let newest: string | null = null;
    for (const a of appointments)
      if (a.lastChangedAt && (!newest || at(a.lastChangedAt) > at(newest))) newest = a.lastChangedAt;
    const found = appointments
      .filter((a): a is Online => a.online && a.lastChangedAt !== null)
      .filter((a) => at(a.lastChangedAt) >= at(since))
      .filter((a) => {
        const snapshot = state.records[String(a.id)];
        return !snapshot || !isSnapshotOf(snapshot, a);
      })
      .sort((a, b) => at(b.lastChangedAt) - at(a.lastChangedAt) || b.id - a.id);
    return { found, since, newest };
  };

  /**
   * Where the next read may start: at the oldest booking still waiting, and a little before the newest
   * change read (a change Altegio was still saving may carry an earlier time).
   */
  const nextReadFrom = (read: Awaited<ReturnType<typeof pending>>, zone: string): string => {
    if (!read.newest) return read.since;
    let next = at(read.newest) - READ_OVERLAP_MS;
    for (const a of read.found) next = Math.min(next, at(a.lastChangedAt));
    return next > at(read.since) ? nowIn(next, zone) : read.since;
  };

  return {
    'bookingInbox.list': ({ locationId }) =>
      session.withLocation(locationId, async (client, location) => {
        const state = stateOf(location);
        const read = await pending(client, location, state);
        const { found } = read;
        shown.set(locationId, new Map(found.map((a) => [a.id, a])));
        const readFrom = nextReadFrom(read, location.timezone);
        if (readFrom !== (state.readFrom ?? state.lookedAt)) save(location, { ...state, readFrom });
        return {
          items: found.map((a) => itemOf(a, changeOf(a, state.records[String(a.id)], state.lookedAt))),
          lookedAt: state.lookedAt,
        };
      }),

    'bookingInbox.acknowledge': ({ locationId, appointmentId, lastChangedAt }) =>
      session.withLocation(locationId, async (client, location) => {
        believable(lastChangedAt, 'lastChangedAt');
        const state = stateOf(location);
        const seen = shown.get(locationId)?.get(appointmentId);
        // After a restart nothing was shown here yet: take the version Altegio has now.
        const version =
          seen && at(seen.lastChangedAt) === at(lastChangedAt)
            ? seen
            : (await pending(client, location, state)).found.find((a) => a.id === appointmentId);
        if (!version) return null;
        // A version newer than the one acknowledged stays in the inbox, compared with this one.
        const snapshot = { ...snapshotOf(version), acknowledged: lastChangedAt };
        save(location, { ...state, records: { ...state.records, [String(appointmentId)]: snapshot } });
        shown.get(locationId)?.delete(appointmentId);
        return null;
      }),

    'bookingInbox.acknowledgeAll': ({ locationId, upTo }) =>
      session.withLocation(locationId, async (client, location) => {
        believable(upTo, 'upTo');
        const state = stateOf(location);
        const seen = shown.get(locationId) ?? new Map<number, Online>();
        const records = { ...state.records };
        for (const current of (await pending(client, location, state)).found) {
          // What the desk was shown, else the current version if the desk could have seen it.
          const before = seen.get(current.id);
          const version =
            before && at(before.lastChangedAt) <= at(upTo)
              ? before
              : at(current.lastChangedAt) <= at(upTo)
                ? current
                : null;
          if (version) records[String(current.id)] = snapshotOf(version);
        }
        const lookedAt = at(upTo) > at(state.lookedAt) ? upTo : state.lookedAt;
        save(location, { ...state, lookedAt, records });
        shown.delete(locationId);
        return null;
      }),
  };
}
