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

/** The emulator's own clock: a test may hold it still for a moment. */
export interface HoldableClock extends Clock {
  /**
   * Stops the clock at the start of the next whole second, for a test to make several changes within one
   * second of Altegio's timestamps whatever the machine's speed (each change still gets its own ms).
   */
  hold(): void;
  /** Runs the clock on from where it was held. */
  release(): void;
}

export function createClock(now?: Date): HoldableClock {
  const startMs = now ? now.getTime() : Date.now();
  const startedAt = performance.now();
  const running = now ? () => startMs + Math.floor(performance.now() - startedAt) : () => Date.now();
  let held: number | null = null;
  let shiftMs = 0;
  const nowMs = () => held ?? running() + shiftMs;
  return {
    startMs,
    nowMs,
    hold: () => {
      held = Math.ceil(nowMs() / 1000) * 1000;
    },
    release: () => {
      if (held !== null) shiftMs = held - running();
      held = null;
    },
  };
}
