import { setTimeout as sleep } from 'node:timers/promises';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../state';
import { localise, messageLanguage } from './language';
import { SlidingWindowLimiter } from './rateLimit';

export interface FaultSettings {
  /** Delay before every API reply, in ms. */
  latencyMs: number;
  /** Share of requests (0..1) answered 500/502/503 without being processed. */
  errorRate: number;
  /** Share of requests (0..1) processed, then cut off mid-response by closing the socket. */
  dropRate: number;
  /** Share of requests (0..1) processed, then answered with a truncated JSON body. */
  malformedRate: number;
  /** Whether the 5/s and 200/min limit answers 429. */
  rateLimit: boolean;
  /**
   * Seeds the draws that decide which requests fail (*inferred*, a test aid): the same seed and the same
   * order of requests fail the same requests. Setting it restarts the stream; absent, Math.random decides.
   */
  seed?: number;
}

/** mulberry32: a small seeded generator, enough to make a faulty day reproducible. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RATE_KEYS = ['errorRate', 'dropRate', 'malformedRate'] as const;

/** The programmatic handle on fault injection; `POST /__emulator/faults` drives the same object. */
export class FaultController {
  private settings: FaultSettings;
  readonly limiter = new SlidingWindowLimiter();
  /** Pending latency sleeps are aborted on close so no timer outlives the server. */
  readonly abort = new AbortController();
  /** Draws in [0, 1) for the fault rolls. */
  random: () => number = Math.random;

  constructor(private readonly defaults: FaultSettings) {
    this.settings = { ...defaults };
  }

  get(): FaultSettings {
    return { ...this.settings };
  }

  /** Merges a partial update; rates are clamped to 0..1. Returns the new settings. */
  set(update: Partial<FaultSettings>): FaultSettings {
    const next = { ...this.settings };
    if (typeof update.latencyMs === 'number' && Number.isFinite(update.latencyMs)) {
      next.latencyMs = Math.max(0, update.latencyMs);
    }
    for (const key of RATE_KEYS) {
      const value = update[key];
      if (typeof value === 'number' && Number.isFinite(value)) next[key] = Math.min(1, Math.max(0, value));
    }
    if (typeof update.rateLimit === 'boolean') next.rateLimit = update.rateLimit;
    if (typeof update.seed === 'number' && Number.isFinite(update.seed)) {
      next.seed = update.seed;
      this.random = seededRandom(update.seed);
    }
    if (next.rateLimit && !this.settings.rateLimit) this.limiter.reset();
    this.settings = next;
    return this.get();
  }

  /** Back to the startup settings (latency and rate limit as configured, no injected failures). */
  clear(): FaultSettings {
    this.settings = { ...this.defaults };
    this.random = Math.random;
    this.limiter.reset();
    return this.get();
  }
}

function roll(faults: FaultController, rate: number): boolean {
  return rate > 0 && faults.random() < rate;
}

function errorEnvelope(): string {
  return JSON.stringify({ success: false, data: null, meta: { message: 'An error has occurred.' } });
}

/** Fault injection, first in the chain: latency, 5xx, dropped connections, truncated bodies. */
export function faultMiddleware(faults: FaultController): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const settings = faults.get();
    if (settings.latencyMs > 0) {
      await sleep(settings.latencyMs, undefined, { signal: faults.abort.signal }).catch(() => undefined);
    }
    if (roll(faults, settings.errorRate)) {
      const status = [500, 502, 503][Math.floor(faults.random() * 3)] ?? 500;
      return c.body(errorEnvelope(), status as 500, { 'content-type': 'application/json' });
    }
    await next();
    // After next() the context is finalised: a middleware must assign c.res here, returning a Response is ignored.
    if (roll(faults, settings.dropRate)) {
      const body = Buffer.from(await c.res.clone().text());
      const outgoing = c.env.outgoing;
      outgoing.writeHead(c.res.status === 204 ? 200 : c.res.status, {
        'content-type': 'application/json',
        'content-length': String(Math.max(body.length, 64)),
      });
      outgoing.write(body.subarray(0, Math.floor(body.length / 2)));
      const socket = outgoing.socket;
      socket?.end(() => socket.destroy());
      c.res = RESPONSE_ALREADY_SENT;
      return;
    }
    if (roll(faults, settings.malformedRate)) {
      const text = (await c.res.text()) || JSON.stringify({ success: true, data: null, meta: [] });
      c.res = new Response(text.slice(0, Math.max(1, Math.floor(text.length / 2))), {
        status: c.res.status === 204 ? 200 : c.res.status,
        headers: { 'content-type': 'application/json' },
      });
    }
  };
}

/** The per-client rate limit (after faults, before auth). */
export function rateLimitMiddleware(faults: FaultController): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!faults.get().rateLimit) return next();
    const client = c.env.incoming.socket.remoteAddress ?? 'unknown';
    const decision = faults.limiter.check(client, Date.now());
    if (!decision.allowed) {
      const message = localise('Too many requests', messageLanguage(c.req.header('accept-language')));
      return c.json({ success: false, data: null, meta: { message } }, 429, {
        'Retry-After': String(decision.retryAfterSeconds),
      });
    }
    return next();
  };
}
