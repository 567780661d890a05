import type { Result } from '../../shared/errors';

/**
 * Whether Altegio answers, as every call finds it: the first call that cannot reach it (the connection
 * refused, the name not found, no answer in time) sets the moment since when; the next answer from Altegio
 * clears it, be it data or a refusal (401, 429, 5xx, a busy slot: any HTTP status proves it is there).
 * Calls main answers by itself (app, preferences, the session it holds) say nothing about Altegio.
 */
export interface AltegioReach {
  /** Epoch milliseconds of the first failure in a row, or null while Altegio answers. */
  outOfReachSince: number | null;
}

const LOCAL_CHANNELS =
  /^(app|preferences)\.|^session\.(get|signOut|selectLocation)$|^bookingInbox\.acknowledge/;

let reach: AltegioReach = { outOfReachSince: null };
const listeners = new Set<() => void>();

function change(next: AltegioReach) {
  reach = next;
  listeners.forEach((listener) => listener());
}

export function noteOutcome(channel: string, result: Result<unknown>, now = Date.now()): void {
  if (!result.ok) {
    const { code, params } = result.error;
    const outOfReach = (code === 'NETWORK' && params?.['unreachable'] === true) || code === 'TIMEOUT';
    if (outOfReach && reach.outOfReachSince === null) change({ outOfReachSince: now });
    // Main's own refusals (bad input, signed out) carry no status; Altegio's answers always do.
    const answered = typeof params?.['status'] === 'number' || params?.['reason'] === 'malformed';
    if (answered && reach.outOfReachSince !== null) change({ outOfReachSince: null });
    return;
  }
  if (reach.outOfReachSince !== null && !LOCAL_CHANNELS.test(channel)) change({ outOfReachSince: null });
}

export function altegioReach(): AltegioReach {
  return reach;
}

export function onReachChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
