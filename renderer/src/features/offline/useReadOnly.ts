import { useSyncExternalStore } from 'react';
import { altegioReach, onReachChange } from '../../altegioReach';
import { i18n, useMessages } from '../../i18n';

const messages = i18n('offline/useReadOnly', {
  reason:
    'Altegio cannot be reached, so nothing can be changed now: nothing is kept to send later. This comes back by itself when Altegio answers again.',
});

/**
 * Why writes are off, or null while they are on: nothing is changed (or queued) while Altegio cannot be
 * reached; it comes back when Altegio answers again.
 */
export function useReadOnly(): string | null {
  const t = useMessages(messages);
  const outOfReach = useSyncExternalStore(onReachChange, altegioReach).outOfReachSince !== null;
  return outOfReach ? t.reason : null;
}
