import { useCallback, useSyncExternalStore } from 'react';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { AppointmentBatch } from '../../../../shared/contract/appointments';
import type { Appointment } from '../../../../shared/domain/appointment';
import { call } from '../../api';
import { refreshClientCard } from '../clients';
import { keptRange, liveOrKept } from '../offline';
import {
  emptyRange,
  loadRange,
  mergeAppointments,
  newestOf,
  nextStamp,
  visibleAppointments,
  type AppointmentRange,
} from './cache';

export const appointmentsKeys = {
  ranges: (locationId: number) => ['appointments', locationId, 'range'] as const,
  range: (locationId: number, from: string, to: string) =>
    ['appointments', locationId, 'range', from, to] as const,
  live: (locationId: number) => ['appointments', locationId, 'live'] as const,
};

/** Where live updates of a location continue from, and how the last attempts went. */
export interface LiveState {
  /** The `appointments.changes` cursor: set by the first load, advanced by each successful poll. */
  cursor: string | null;
  /** When the log was last brought up to date (epoch ms, this computer's clock). */
  syncedAt: number | null;
  /** The words for the last poll's failure while polls keep failing; null once one succeeds. */
  failing: string | null;
  /** Records the last poll could not read. */
  unreadable: number;
}

const initialLive: LiveState = { cursor: null, syncedAt: null, failing: null, unreadable: 0 };

export function liveState(queryClient: QueryClient, locationId: number): LiveState {
  return queryClient.getQueryData<LiveState>(appointmentsKeys.live(locationId)) ?? initialLive;
}

export function setLiveState(queryClient: QueryClient, locationId: number, patch: Partial<LiveState>): void {
  queryClient.setQueryData<LiveState>(appointmentsKeys.live(locationId), (old) => ({
    ...(old ?? initialLive),
    ...patch,
  }));
}

/**
 * Loads (or reloads) one date range of a location into the cache and returns it. What the load lists
 * is merged by the newest-wins rule, so a save or poll that landed meanwhile is never undone.
 */
export function fetchAppointmentRange(
  queryClient: QueryClient,
  locationId: number,
  from: string,
  to: string,
): Promise<AppointmentRange> {
  const queryKey = appointmentsKeys.range(locationId, from, to);
  return queryClient.fetchQuery({
    queryKey,
    staleTime: 0,
    queryFn: async () => {
      const stamp = nextStamp();
      // Out of reach, the days main kept from a recent load stand in (read-only: see offline).
      const batch = await liveOrKept<AppointmentBatch & { syncedAt?: number }>(
        () => call('appointments.list', { locationId, from, to }),
        () => keptRange(locationId, from, to),
      );
      const live = liveState(queryClient, locationId);
      // The oldest cursor covers every loaded range; polls move it on. A kept copy older than the others
      // moves it back, so the first poll once Altegio answers brings that copy up to date too.
      const kept = batch.syncedAt !== undefined;
      if (!live.cursor || (kept && Date.parse(batch.cursor) < Date.parse(live.cursor)))
        setLiveState(queryClient, locationId, {
          cursor: batch.cursor,
          syncedAt: Math.min(batch.syncedAt ?? Date.now(), live.syncedAt ?? Infinity),
        });
      const known = queryClient.getQueryData<AppointmentRange>(queryKey) ?? emptyRange(from, to);
      return loadRange(known, batch.appointments, batch.unreadable, stamp);
    },
  });
}

/** Puts appointments from a save or a poll (requested with `stamp`) into every loaded range of the location. */
export function patchAppointments(
  queryClient: QueryClient,
  locationId: number,
  appointments: readonly Appointment[],
  stamp: number,
): void {
  if (appointments.length === 0) return;
  queryClient.setQueriesData<AppointmentRange>({ queryKey: appointmentsKeys.ranges(locationId) }, (range) =>
    range ? mergeAppointments(range, appointments, stamp) : range,
  );
}

/**
 * Runs a save and puts its result in the cache, stamped with the moment the save began: a poll that
 * began earlier cannot put the old version back, even when Altegio's timestamps tie. The client's card
 * and alerts (visits, no-shows, upcoming) are read again.
 */
export async function recordSave<T extends Appointment>(
  queryClient: QueryClient,
  locationId: number,
  save: () => Promise<T>,
): Promise<T> {
  const stamp = nextStamp();
  const saved = await save();
  patchAppointments(queryClient, locationId, [saved], stamp);
  refreshClientCard(queryClient, locationId, saved.client?.id);
  return saved;
}

function loadedRanges(queryClient: QueryClient, locationId: number): Array<AppointmentRange | undefined> {
  return queryClient
    .getQueriesData<AppointmentRange>({ queryKey: appointmentsKeys.ranges(locationId) })
    .map(([, range]) => range);
}

/** The newest version this desk knows of one appointment, from any loaded range. */
export function findAppointment(
  queryClient: QueryClient,
  locationId: number,
  id: number,
): Appointment | null {
  return newestOf(loadedRanges(queryClient, locationId), id);
}

/** Every appointment of the loaded days (for the search), each in its newest version. */
export function loadedAppointments(queryClient: QueryClient, locationId: number): Appointment[] {
  const ids = new Set<number>();
  const ranges = loadedRanges(queryClient, locationId);
  for (const range of ranges) for (const appointment of visibleAppointments(range)) ids.add(appointment.id);
  const out: Appointment[] = [];
  for (const id of ids) {
    const newest = newestOf(ranges, id);
    if (newest && !newest.deleted) out.push(newest);
  }
  return out;
}

/** A value read from the query cache, read again whenever the cache changes (it must be stable). */
function useCacheRead<T>(read: (queryClient: QueryClient) => T): T {
  const queryClient = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => queryClient.getQueryCache().subscribe(onChange),
    [queryClient],
  );
  return useSyncExternalStore(subscribe, () => read(queryClient));
}

/** One appointment, kept current by loads, polls and saves; null when unknown or deleted. */
export function useAppointment(locationId: number, id: number | null): Appointment | null {
  const appointment = useCacheRead((queryClient) =>
    id === null ? null : findAppointment(queryClient, locationId, id),
  );
  return appointment && !appointment.deleted ? appointment : null;
}

/** A range as the cache holds it, without loading it (the calendar loads what it shows). */
export function useAppointmentRange(
  locationId: number,
  range: { from: string; to: string } | null,
): AppointmentRange | undefined {
  return useCacheRead((queryClient) =>
    range
      ? queryClient.getQueryData<AppointmentRange>(appointmentsKeys.range(locationId, range.from, range.to))
      : undefined,
  );
}

/** How live updates are doing, for the log's status line. */
export function useLiveState(locationId: number): LiveState {
  return (
    useQuery({
      queryKey: appointmentsKeys.live(locationId),
      queryFn: () => initialLive,
      enabled: false,
      staleTime: Infinity,
    }).data ?? initialLive
  );
}
