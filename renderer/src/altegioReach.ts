import type { Answer } from '../../shared/contract';

/**
 * Whether Altegio answers, as every call finds it: the first call that cannot reach it (the connection
 * refused, the name not found, no answer in time) sets the moment since when; the next answer from Altegio
 * clears it, be it data or a refusal (401, 429, 5xx, a busy slot: any HTTP status proves it is there).
 * Main marks the answers Altegio took part in (`reachedAltegio`); what main answers alone (preferences,
 * the session it holds, a refusal of bad input) says nothing about Altegio.
 */
export interface AltegioReach {
  /** Epoch milliseconds of the first failure in a row, or null while Altegio answers. */
  outOfReachSince: number | null;
}

let reach: AltegioReach = { outOfReachSince: null };
const listeners = new Set<() => void>();

function change(next: AltegioReach) {
  reach = next;
  listeners.forEach((listener) => listener());
}

export function noteOutcome(answer: Answer<unknown>, now = Date.now()): void {
  const error = answer.ok ? null : answer.error;
  // A call can reach Altegio and then lose it (a later page of a list): its failure is the latest news.
  const outOfReach =
    error !== null &&
    ((error.code === 'NETWORK' && error.params?.['unreachable'] === true) || error.code === 'TIMEOUT');
  if (outOfReach) {
    if (reach.outOfReachSince === null) change({ outOfReachSince: now });
  } else if (answer.reachedAltegio && reach.outOfReachSince !== null) {
    change({ outOfReachSince: null });
  }
}

export function altegioReach(): AltegioReach {
  return reach;
}

export function onReachChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
