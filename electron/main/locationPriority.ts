import { AsyncLocalStorage } from 'node:async_hooks';

/** Limiter priorities: what the desk is looking at goes before the other locations' reads. */
export const PRIORITY = { background: 0, foreground: 1 } as const;

const requestLocation = new AsyncLocalStorage<number>();

/** Runs `work` as a request for `locationId`: every Altegio call it makes is that location's. */
export function atLocation<T>(locationId: number, work: () => T): T {
  return requestLocation.run(locationId, work);
}

/**
 * The limiter priority of a request made now, from the location it is for: the open location and the one
 * the desk last pointed at (a chain view's column) are in the foreground, the others wait behind them.
 * A request for no location (signing in, the locations list) is foreground too.
 */
export function priorityOf(shown: { open: number | null; focused: number | null }): number {
  const locationId = requestLocation.getStore();
  if (locationId === undefined) return PRIORITY.foreground;
  return locationId === shown.open || locationId === shown.focused
    ? PRIORITY.foreground
    : PRIORITY.background;
}
