const SECOND_MS = 1000;
const MINUTE_MS = 60_000;

export interface RateLimitDecision {
  allowed: boolean;
  /** Whole seconds until a request would be accepted again (at least 1); 0 when allowed. */
  retryAfterSeconds: number;
}

/**
 * Altegio's documented limit: 5 requests per second and 200 per minute per client. Two sliding windows over
 * the accepted requests' timestamps; refused requests do not count.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly perSecond = 5,
    private readonly perMinute = 200,
  ) {}

  check(client: string, nowMs: number): RateLimitDecision {
    const times = this.hits.get(client) ?? [];
    while (times.length && (times[0] ?? 0) <= nowMs - MINUTE_MS) times.shift();
    const lastSecond = times.filter((t) => t > nowMs - SECOND_MS);
    let freeAtMs = 0;
    if (lastSecond.length >= this.perSecond) {
      freeAtMs = (lastSecond[lastSecond.length - this.perSecond] ?? nowMs) + SECOND_MS;
    }
    if (times.length >= this.perMinute) {
      freeAtMs = Math.max(freeAtMs, (times[times.length - this.perMinute] ?? nowMs) + MINUTE_MS);
    }
    if (freeAtMs > nowMs) {
      this.hits.set(client, times);
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freeAtMs - nowMs) / SECOND_MS)) };
    }
    times.push(nowMs);
    this.hits.set(client, times);
    return { allowed: true, retryAfterSeconds: 0 };
  }

  reset(): void {
    this.hits.clear();
  }
}
