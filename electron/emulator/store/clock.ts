import { performance } from 'node:perf_hooks';

/**
 * The emulator's clock. With a pinned `now` it starts at that instant and keeps running from there, so the
 * seed is deterministic ("today" is fixed) while later mutations still get increasing timestamps.
 */
export interface Clock {
  /** The pinned (or real) instant the emulator started at; the seed is generated relative to it. */
  readonly startMs: number;
  nowMs(): number;
}

export function createClock(now?: Date): Clock {
  if (!now) return { startMs: Date.now(), nowMs: () => Date.now() };
  const startMs = now.getTime();
  const startedAt = performance.now();
  return { startMs, nowMs: () => startMs + Math.floor(performance.now() - startedAt) };
}
