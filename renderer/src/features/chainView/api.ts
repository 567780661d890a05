import { useCallback, useEffect, useRef } from 'react';
import { call } from '../../api';

/**
 * Tells main which location the desk is looking at, so its requests go first in the shared rate limit
 * (the open location's always do). Returns `focus(locationId)`; said once per change, and handed back
 * to the open location when the page goes away.
 */
export function useFocusedLocation(openId: number): (locationId: number) => void {
  const said = useRef(openId);
  useEffect(
    () => () => {
      if (said.current !== openId)
        void call('chainView.focus', { locationId: openId }).catch(() => undefined);
      said.current = openId;
    },
    [openId],
  );
  return useCallback((locationId: number) => {
    if (said.current === locationId) return;
    said.current = locationId;
    // Only an ordering hint: a refusal (signed out meanwhile) changes nothing the desk sees.
    void call('chainView.focus', { locationId }).catch(() => undefined);
  }, []);
}
