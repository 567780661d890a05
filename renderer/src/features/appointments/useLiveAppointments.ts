import { useEffect } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Appointment } from '../../../../shared/domain/appointment';
import { BridgeError, call, problemText } from '../../api';
import { appointmentsKeys, liveState, patchAppointments, setLiveState } from './api';
import { nextStamp } from './cache';
import { i18n } from '../../i18n';

const messages = i18n('appointments/useLiveAppointments', {
  notLoaded: 'The latest changes could not be loaded.',
});

export const LIVE_REFRESH_MS = 10_000;

/** The running live updates, per cache and location: how to ask each for the changes at once. */
const running = new WeakMap<QueryClient, Map<number, () => void>>();

/** Who hears each live batch: other features follow the changes without a poller of their own. */
type LiveBatchListener = (locationId: number, appointments: readonly Appointment[]) => void;
const batchListeners = new WeakMap<QueryClient, Set<LiveBatchListener>>();

/** Hears every non-empty batch of changes the live updates bring in; returns the way to stop. */
export function onLiveBatch(queryClient: QueryClient, listener: LiveBatchListener): () => void {
  const listeners = batchListeners.get(queryClient) ?? new Set<LiveBatchListener>();
  batchListeners.set(queryClient, listeners);
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * Asks a location's live updates for the changes at once instead of at the next tick: for a change made
 * here through something other than an appointment save (an enrolment makes appointments that only a
 * look at the changes brings). A look already under way is followed by another. Returns false when
 * nothing follows the location's changes (no calendar is open), so there is nothing to ask.
 */
export function askForChangesNow(queryClient: QueryClient, locationId: number): boolean {
  const ask = running.get(queryClient)?.get(locationId);
  ask?.();
  return ask !== undefined;
}

/**
 * Every few seconds, asks main what changed at this location since the last look (Altegio's
 * changed_after) and patches the cache; the calendar redraws only what changed. A failed poll keeps its
 * cursor and tries again at the next tick, and says so in the live state instead of going quiet.
 * `askForChangesNow` brings the next tick forward.
 */
export function useLiveAppointments(locationId: number, intervalMs = LIVE_REFRESH_MS): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let stopped = false;
    let busy = false;
    /** Asked for a look while one was under way: its answer may predate what the asker changed. */
    let again = false;
    /** A timer tick while a look is under way is skipped; a look asked for is not. */
    const tick = async (asked = false) => {
      const { cursor } = liveState(queryClient, locationId);
      if (!cursor) return;
      if (busy) {
        again ||= asked;
        return;
      }
      busy = true;
      again = false;
      const stamp = nextStamp();
      try {
        const batch = await call('appointments.changes', { locationId, cursor });
        if (stopped) return;
        patchAppointments(queryClient, locationId, batch.appointments, stamp);
        if (batch.appointments.length)
          batchListeners.get(queryClient)?.forEach((listener) => listener(locationId, batch.appointments));
        setLiveState(queryClient, locationId, {
          cursor: batch.cursor,
          syncedAt: Date.now(),
          failing: null,
          unreadable: batch.unreadable,
        });
      } catch (error) {
        if (!stopped && error instanceof BridgeError && error.params?.['reason'] === 'cursor') {
          // Too long since the last look: start over from a fresh load of what is on screen.
          setLiveState(queryClient, locationId, { cursor: null });
          queryClient.removeQueries({ queryKey: appointmentsKeys.ranges(locationId) });
        } else if (!stopped) {
          setLiveState(queryClient, locationId, {
            failing: problemText(error, messages.get().notLoaded),
          });
        }
      } finally {
        busy = false;
        if (again && !stopped) void tick(true);
      }
    };
    // At once, then every few seconds: a page that comes back catches up before anything else.
    void tick();
    const timer = setInterval(() => void tick(), intervalMs);
    const byLocation = running.get(queryClient) ?? new Map<number, () => void>();
    running.set(queryClient, byLocation);
    const ask = () => void tick(true);
    byLocation.set(locationId, ask);
    return () => {
      stopped = true;
      clearInterval(timer);
      if (byLocation.get(locationId) === ask) byLocation.delete(locationId);
    };
  }, [queryClient, locationId, intervalMs]);
}
