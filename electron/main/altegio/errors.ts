import { AppError, type ErrorCode, type ErrorDetail, type ErrorParams } from '../../../shared/errors';

export type FailureKind = 'http' | 'network' | 'refused' | 'timeout' | 'malformed' | 'redirect' | 'input';

/**
 * A failed Altegio call. `ambiguous` means the request may have been carried out (the connection broke or
 * the server failed after sending), so a create must be looked up before it is tried again.
 */
export class AltegioError extends AppError {
  readonly status: number | undefined;
  readonly kind: FailureKind;
  readonly retryAfterMs: number | undefined;
  /** Altegio's booking error codes (433 busy, 436 no member, …) when it sent any. */
  readonly altegioCodes: number[];
  /** For the log only: what could not be read ("a list of services"); never sent to the renderer. */
  readonly what: string | undefined;

  constructor(init: {
    code: ErrorCode;
    kind: FailureKind;
    status?: number;
    params?: ErrorParams;
    detail?: ErrorDetail;
    retryAfterMs?: number;
    altegioCodes?: number[];
    what?: string;
  }) {
    super(init.code, init.params, init.detail);
    this.name = 'AltegioError';
    this.what = init.what;
    if (init.what) this.message += ` (${init.what})`;
    this.kind = init.kind;
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
    this.altegioCodes = init.altegioCodes ?? [];
  }

  /** The same failure with another detail (field names mapped to the domain's, say). */
  withDetail(detail: ErrorDetail | undefined): AltegioError {
    const copy = new AltegioError({
      code: this.code,
      kind: this.kind,
      status: this.status,
      params: this.params,
      detail,
      retryAfterMs: this.retryAfterMs,
      altegioCodes: this.altegioCodes,
      what: this.what,
    });
    copy.stack = this.stack;
    return copy;
  }

  get rateLimited(): boolean {
    return this.status === 429;
  }

  get transient(): boolean {
    if (this.kind === 'redirect' || this.kind === 'input') return false;
    return this.kind !== 'http' || this.status === 429 || (this.status !== undefined && this.status >= 500);
  }

  get ambiguous(): boolean {
    if (this.kind === 'redirect' || this.kind === 'input' || this.kind === 'refused') return false;
    return this.kind !== 'http' || (this.status !== undefined && this.status >= 500);
  }
}

/** A failed call that may have been carried out all the same (its reply was lost, or the server failed). */
export function isAmbiguous(error: unknown): error is AltegioError {
  return error instanceof AltegioError && error.ambiguous;
}

interface ErrorBody {
  message?: string;
  errors?: unknown;
}

function readErrorBody(body: unknown): ErrorBody {
  if (!body || typeof body !== 'object') return {};
  const meta = (body as { meta?: unknown }).meta;
  const topErrors = (body as { errors?: unknown }).errors;
  const out: ErrorBody = {};
  if (meta && typeof meta === 'object' && !Array.isArray(meta)) {
    const { message, errors } = meta as { message?: unknown; errors?: unknown };
    if (typeof message === 'string' && message.trim()) out.message = message.trim();
    if (errors !== undefined) out.errors = errors;
  }
  if (!out.message && topErrors && typeof topErrors === 'object') {
    const message = (topErrors as { message?: unknown }).message;
    if (typeof message === 'string') out.message = message;
  }
  return out;
}

/** Field → first message, from `{field: [messages]}`; booking-style `[{code, message}]` yields codes instead. */
function splitErrors(errors: unknown): {
  fields?: Record<string, string>;
  codes: number[];
  messages: string[];
} {
  const codes: number[] = [];
  const messages: string[] = [];
  if (Array.isArray(errors)) {
    for (const item of errors) {
      if (!item || typeof item !== 'object') continue;
      const { code, message } = item as { code?: unknown; message?: unknown };
      const numeric = Number(code);
      if (Number.isFinite(numeric)) codes.push(numeric);
      if (typeof message === 'string') messages.push(message);
    }
    return { codes, messages };
  }
  if (errors && typeof errors === 'object') {
    const fields: Record<string, string> = {};
    for (const [field, value] of Object.entries(errors)) {
      const first = Array.isArray(value) ? value.find((entry) => typeof entry === 'string') : value;
      if (typeof first === 'string') fields[field] = first;
    }
    return { fields: Object.keys(fields).length ? fields : undefined, codes, messages };
  }
  return { codes, messages };
}

const GENERIC = new Set(['An error has occurred.', 'An error has occurred']);

/** Maps an HTTP error answer to a code the UI can act on, keeping Altegio's own words as the detail. */
export function errorFromResponse(status: number, body: unknown, retryAfterMs?: number): AltegioError {
  const { message, errors } = readErrorBody(body);
  const { fields, codes, messages } = splitErrors(errors);
  const own = messages[0] ?? (message && !GENERIC.has(message) ? message : undefined);
  const detail: ErrorDetail = {};
  if (own) detail.message = own;
  if (fields) detail.fields = fields;
  const base = {
    kind: 'http' as const,
    status,
    params: { status },
    detail,
    altegioCodes: codes,
    retryAfterMs,
  };
  if (status === 401) return new AltegioError({ ...base, code: 'AUTH_REQUIRED' });
  if (status === 402 || status === 403) return new AltegioError({ ...base, code: 'FORBIDDEN' });
  if (status === 404) return new AltegioError({ ...base, code: 'NOT_FOUND' });
  if (status === 409) return new AltegioError({ ...base, code: 'CONFLICT' });
  if (status === 429) return new AltegioError({ ...base, code: 'RATE_LIMITED' });
  if (status >= 500) return new AltegioError({ ...base, code: 'SERVER' });
  if (codes.includes(433)) return new AltegioError({ ...base, code: 'SLOT_BUSY' });
  return new AltegioError({ ...base, code: 'VALIDATION' });
}

/**
 * Failures before a connection existed: the request never left, so nothing can have been carried out.
 * UND_ERR_CONNECT_TIMEOUT is undici's (fetch's) own: no connection within its connect timeout, as when
 * packets are dropped on the way.
 */
const NEVER_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function neverConnected(cause: unknown): boolean {
  const reason = cause instanceof Error ? (cause.cause ?? cause) : cause;
  if (reason instanceof AggregateError) return reason.errors.every(neverConnected);
  const code = reason && typeof reason === 'object' ? (reason as { code?: unknown }).code : undefined;
  return typeof code === 'string' && NEVER_CONNECTED.has(code);
}

export function networkError(cause: unknown, host: string): AltegioError {
  const timedOut = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
  if (timedOut) return new AltegioError({ code: 'TIMEOUT', kind: 'timeout', params: { host } });
  return neverConnected(cause)
    ? new AltegioError({ code: 'NETWORK', kind: 'refused', params: { host, unreachable: true } })
    : new AltegioError({ code: 'NETWORK', kind: 'network', params: { host } });
}

/** A reply Frontdesk cannot read (truncated, not JSON, not the envelope, not the expected shape). */
export function malformedError(status: number | undefined, what?: string): AltegioError {
  return new AltegioError({
    code: 'SERVER',
    kind: 'malformed',
    status,
    params: { reason: 'malformed' },
    what,
  });
}

/** A request Frontdesk will not send as asked (a bad range, a time it cannot write). */
export function inputError(field: string, issue: string): AltegioError {
  return new AltegioError({ code: 'VALIDATION', kind: 'input', detail: { fields: { [field]: issue } } });
}

/** Something Altegio said was there is gone when read back (deleted meanwhile at another desk). */
export function notFoundError(): AltegioError {
  return new AltegioError({ code: 'NOT_FOUND', kind: 'http', status: 404, params: { status: 404 } });
}
