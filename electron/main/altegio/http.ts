import { isAllowedServerUrl } from '../../../shared/domain/session';
import { AltegioError, errorFromResponse, isAmbiguous, malformedError, networkError } from './errors';
import { unlimited, type Limiter } from './limiter';
import type { AltegioLogger } from './logger';
import { altegioAnswered } from './reach';
import { outcomeUnknown } from './reconcile';

export type QueryValue = string | number | boolean | undefined | null | ReadonlyArray<string | number>;
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpOptions {
  /** Base of the B2B API, e.g. https://api.alteg.io/api/v1 */
  baseUrl: string;
  partnerToken: string;
  userToken?: string;
  fetch?: typeof fetch;
  limiter?: Limiter;
  logger?: AltegioLogger;
  timeoutMs?: number;
  /** Attempts for a retryable failure, the first one included. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * The language the screens speak now ('en', 'es'), asked before every request so that a changed
   * preference applies to the next one: Altegio words its messages by Accept-Language.
   */
  language?: () => string;
}

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** 'partner' sends only the partner token (sign-in, public booking). */
  auth?: 'partner' | 'user';
  /**
   * An online-booking customer's token for the booking-user routes: sent beside the partner token in
   * place of the session's user token (whatever `auth` says), never stored by the transport.
   */
  bookingUserToken?: string;
  /** What the log shows instead of the path when the path itself holds a secret (record hash, token). */
  logPath?: string;
  /** A POST that only reads (client search, booking checks) may be retried like a GET. */
  idempotent?: boolean;
  /** Tried once whatever the failure: a probe that runs again by itself has no use for retries. */
  once?: boolean;
  /** Non-JSON success bodies (the receipt PDF) come back as bytes in `data`, the content type in `meta`. */
  raw?: boolean;
}

export interface Envelope {
  status: number;
  data: unknown;
  meta: unknown;
}

const IDEMPOTENT: ReadonlySet<Method> = new Set(['GET', 'PUT', 'PATCH', 'DELETE']);
/** Redirects followed within the server's own origin; more than this is a loop. */
const MAX_REDIRECTS = 3;

/** The host of a server address, for messages and logs (a bounded stand-in when it is not a URL). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 100);
  }
}

function redirectRefused(status: number): AltegioError {
  return new AltegioError({
    code: 'SERVER',
    kind: 'redirect',
    status,
    params: { reason: 'redirect', status },
  });
}

export function buildQuery(query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.append(key, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** `es` → `es, en;q=0.8`: Altegio's own message in the screens' language, else in English. */
export function acceptLanguage(language: string): string {
  const primary = language.trim().toLowerCase() || 'en';
  return primary === 'en' ? 'en' : `${primary}, en;q=0.8`;
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

export interface Http {
  request(method: Method, path: string, options?: RequestOptions): Promise<Envelope>;
  /** Waits as a retry would; exposed for the create-once helper. */
  backoff(attempt: number, error?: AltegioError): Promise<void>;
  readonly maxAttempts: number;
}

/**
 * The transport: documented headers, the shared limiter, a timeout per attempt, the envelope, error
 * mapping, and retries with backoff and jitter — for idempotent methods only. A POST is tried once; see
 * createOnce for the safe retry of creates.
 */
export function createHttp(options: HttpOptions): Http {
  const doFetch = options.fetch ?? fetch;
  const limiter = options.limiter ?? unlimited;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelay = options.baseDelayMs ?? 250;
  const maxDelay = options.maxDelayMs ?? 8_000;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const base = options.baseUrl.replace(/\/+$/, '');

  const headers = (request: RequestOptions, hasBody: boolean): Record<string, string> => {
    const userToken =
      request.bookingUserToken ?? ((request.auth ?? 'user') === 'user' ? options.userToken : '');
    const authorization = userToken
      ? `Bearer ${options.partnerToken}, User ${userToken}`
      : `Bearer ${options.partnerToken}`;
    return {
      Accept: 'application/vnd.api.v2+json',
      Authorization: authorization,
      ...(options.language ? { 'Accept-Language': acceptLanguage(options.language()) } : {}),
      ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
    };
  };

  const host = hostOf(base);
  const origin = (() => {
    try {
      return new URL(base).origin;
    } catch {
      return null;
    }
  })();

  /**
   * One request, following a redirect only within the server's own origin (and only to an address
   * Frontdesk may talk to): credentials and bodies never go to another host. A 307 or 308 keeps the
   * method and body; other redirects of a write are refused, since a GET would silently drop the write.
   */
  const send = async (method: Method, url: string, request: RequestOptions): Promise<Response> => {
    const hasBody = request.body !== undefined;
    let target = url;
    for (let hops = 0; ; hops++) {
      let response: Response;
      try {
        response = await doFetch(target, {
          method,
          headers: headers(request, hasBody),
          body: hasBody ? JSON.stringify(request.body) : undefined,
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (cause) {
        throw networkError(cause, host);
      }
      if (response.status < 300 || response.status >= 400 || response.status === 304) return response;
      const location = response.headers.get('location');
      await response.body?.cancel().catch(() => undefined);
      let next: URL;
      try {
        next = new URL(location ?? '', target);
      } catch {
        throw redirectRefused(response.status);
      }
      const keepsMethod = response.status === 307 || response.status === 308;
      const sameOrigin = origin !== null && next.origin === origin;
      if (!location || !sameOrigin || !isAllowedServerUrl(next) || hops >= MAX_REDIRECTS) {
        options.logger?.warn(`Refused a redirect from ${host}`, { status: response.status, to: next.host });
        throw redirectRefused(response.status);
      }
      if (!keepsMethod && method !== 'GET') throw redirectRefused(response.status);
      target = next.href;
    }
  };

  const attempt = async (method: Method, url: string, request: RequestOptions): Promise<Envelope> => {
    const response = await send(method, url, request);
    const contentType = response.headers.get('content-type') ?? '';
    if (request.raw && response.ok && !contentType.includes('json')) {
      try {
        const bytes = new Uint8Array(await response.arrayBuffer());
        return { status: response.status, data: bytes, meta: { contentType } };
      } catch (cause) {
        throw networkError(cause, host);
      }
    }
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      throw networkError(cause, host);
    }
    let body: unknown = null;
    if (text.trim()) {
      try {
        body = JSON.parse(text);
      } catch {
        if (response.ok || response.status >= 500) throw malformedError(response.status);
        body = null;
      }
    }
    const failed = body && typeof body === 'object' && (body as { success?: unknown }).success === false;
    if (!response.ok || failed) {
      throw errorFromResponse(response.status, body, retryAfterMs(response.headers.get('retry-after')));
    }
    if (response.status !== 204 && text.trim() && (!body || typeof body !== 'object' || !('data' in body))) {
      throw malformedError(response.status);
    }
    // A JSON success where bytes were expected is as unreadable as a truncated body.
    if (request.raw) throw malformedError(response.status);
    const envelope = (body ?? {}) as { data?: unknown; meta?: unknown };
    return { status: response.status, data: envelope.data ?? null, meta: envelope.meta ?? [] };
  };

  const backoff = async (attemptIndex: number, error?: AltegioError) => {
    const exponential = Math.min(maxDelay, baseDelay * 2 ** attemptIndex);
    const jittered = exponential / 2 + random() * (exponential / 2);
    await sleep(Math.max(jittered, error?.retryAfterMs ?? 0));
  };

  return {
    maxAttempts,
    backoff,
    async request(method, path, request = {}) {
      const url = `${base}${path}${buildQuery(request.query)}`;
      const logged = request.logPath ?? path;
      const retryable = IDEMPOTENT.has(method) || request.idempotent === true;
      for (let index = 0; ; index++) {
        const started = Date.now();
        try {
          const result = await limiter.schedule(() => attempt(method, url, request));
          altegioAnswered();
          options.logger?.debug(`${method} ${logged} → ${result.status} in ${Date.now() - started} ms`);
          return result;
        } catch (error) {
          if (!(error instanceof AltegioError)) throw error;
          if (error.status !== undefined) altegioAnswered();
          options.logger?.debug(
            `${method} ${logged} failed: ${error.kind} ${error.status ?? ''} ${error.code}`,
          );
          // A POST refused by the rate limit was not carried out, so it is as safe to repeat as a GET.
          const mayRetry = (retryable && error.transient) || error.rateLimited;
          // A server asking for a longer pause than the longest backoff is answered at once: the desk
          // hears "too many requests" now instead of waiting on a request for minutes.
          const tooLong = (error.retryAfterMs ?? 0) > maxDelay;
          if (!mayRetry || tooLong || request.once || index + 1 >= maxAttempts) throw error;
          await backoff(index, error);
        }
      }
    },
  };
}

/**
 * Creates something exactly once over an unreliable network. After an ambiguous failure it asks
 * `findExisting` (which looks for the request's api_id or another unique mark) before trying again, and
 * once more after the last try; when that look fails too, whether it was made is unknown (outcomeUnknown).
 */
export async function createOnce<T>(
  http: Http,
  create: () => Promise<T>,
  findExisting: () => Promise<T | null>,
): Promise<T> {
  for (let index = 0; ; index++) {
    try {
      return await create();
    } catch (error) {
      if (!isAmbiguous(error)) throw error;
      const last = index + 1 >= http.maxAttempts;
      if (!last) await http.backoff(index, error);
      let existing: T | null;
      try {
        existing = await findExisting();
      } catch {
        throw outcomeUnknown(error);
      }
      if (existing !== null) return existing;
      if (last) throw error;
    }
  }
}
