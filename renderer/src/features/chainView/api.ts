import { useCallback, useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { SessionState } from '../../../../shared/domain/session';
import { call } from '../../api';
import { sessionKeys } from '../session';

/** Only an ordering hint: a refusal (signed out meanwhile) changes nothing the desk sees. */
const sayFocus = (locationId: number) => void call('chainView.focus', { locationId }).catch(() => undefined);

/**
 * Tells main which location the desk is looking at, so its requests go first in the shared rate limit
 * (the open location's always do). Returns `focus(locationId)`; said once per change, and handed back
 * to the open location when the page goes away (unless another location was opened: main then forgets
 * the focus by itself).
 */
export function useFocusedLocation(openId: number): (locationId: number) => void {
  const queryClient = useQueryClient();
  const said = useRef(openId);
  useEffect(
    () => () => {
      const stillOpen = queryClient.getQueryData<SessionState>(sessionKeys.all)?.locationId === openId;
      if (said.current !== openId && stillOpen) sayFocus(openId);
      said.current = openId;
    },
    [openId, queryClient],
  );
  return useCallback((locationId: number) => {
    if (said.current === locationId) return;
    said.current = locationId;
    sayFocus(locationId);
  }, []);
}
