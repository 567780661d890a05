import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { BridgeError, call, problemText } from '../../api';
import { appointmentsKeys, liveState, patchAppointments, setLiveState } from './api';
import { nextStamp } from './cache';

export const LIVE_REFRESH_MS = 10_000;

/**
 * Every few seconds, asks main what changed at this location since the last look (Altegio's
 * changed_after) and patches the cache; the calendar redraws only what changed. A failed poll keeps its
 * cursor and tries again at the next tick, and says so in the live state instead of going quiet.
 */
export function useLiveAppointments(locationId: number, intervalMs = LIVE_REFRESH_MS): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let stopped = false;
    let busy = false;
    const tick = async () => {
      const { cursor } = liveState(queryClient, locationId);
      if (busy || !cursor) return;
      busy = true;
      const stamp = nextStamp();
      try {
        const batch = await call('appointments.changes', { locationId, cursor });
        if (stopped) return;
        patchAppointments(queryClient, locationId, batch.appointments, stamp);
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
            failing: problemText(error, 'The latest changes could not be loaded.'),
          });
        }
      } finally {
        busy = false;
      }
    };
    // At once, then every few seconds: a page that comes back catches up before anything else.
    void tick();
    const timer = setInterval(() => void tick(), intervalMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [queryClient, locationId, intervalMs]);
}
