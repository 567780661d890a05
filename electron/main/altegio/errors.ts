import { AppError } from '../appError';
import type { ErrorCode } from '../../../shared/errors';

export type FailureKind = 'http' | 'network' | 'timeout' | 'malformed';

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

  constructor(init: {
    code: ErrorCode;
    message: string;
    kind: FailureKind;
    status?: number;
    fields?: Record<string, string>;
    retryAfterMs?: number;
    altegioCodes?: number[];
  }) {
    super(init.code, init.message, init.fields);
    this.name = 'AltegioError';
    this.kind = init.kind;
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
    this.altegioCodes = init.altegioCodes ?? [];
  }

  get rateLimited(): boolean {
    return this.status === 429;
  }

  get transient(): boolean {
    return this.kind !== 'http' || this.status === 429 || (this.status !== undefined && this.status >= 500);
  }

  get ambiguous(): boolean {
    return this.kind !== 'http' || (this.status !== undefined && this.status >= 500);
  }
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

/** Maps an HTTP error answer to an error the UI can act on, keeping Altegio's own wording. */
export function errorFromResponse(status: number, body: unknown, retryAfterMs?: number): AltegioError {
  const { message, errors } = readErrorBody(body);
  const { fields, codes, messages } = splitErrors(errors);
  const detail = messages[0] ?? (message && !GENERIC.has(message) ? message : undefined);
  const base = { kind: 'http' as const, status, fields, altegioCodes: codes, retryAfterMs };

  if (status === 401)
    return new AltegioError({ ...base, code: 'AUTH_REQUIRED', message: message ?? 'Authentication needed.' });
  if (status === 402 || status === 403)
    return new AltegioError({ ...base, code: 'FORBIDDEN', message: message ?? 'Access denied.' });
  if (status === 404)
    return new AltegioError({ ...base, code: 'NOT_FOUND', message: message ?? 'Not found.' });
  if (status === 409)
    return new AltegioError({ ...base, code: 'CONFLICT', message: detail ?? 'Changed by someone else.' });
  if (status === 429) {
    return new AltegioError({
      ...base,
      code: 'RATE_LIMITED',
      message: 'Altegio is receiving too many requests. Please wait a moment.',
    });
  }
  if (status >= 500) {
    return new AltegioError({
      ...base,
      code: 'SERVER',
      message: `Altegio had a problem (HTTP ${status}). Please try again in a moment.`,
    });
  }
  if (codes.includes(433)) {
    return new AltegioError({
      ...base,
      code: 'SLOT_BUSY',
      message:
        detail ?? 'The team member cannot be booked at this time: it is taken or outside working hours.',
    });
  }
  const fieldSummary = fields ? Object.values(fields)[0] : undefined;
  return new AltegioError({
    ...base,
    code: 'VALIDATION',
    message: detail ?? fieldSummary ?? message ?? `Altegio refused the request (HTTP ${status}).`,
  });
}

export function networkError(cause: unknown): AltegioError {
  const timedOut = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
  return timedOut
    ? new AltegioError({
        code: 'TIMEOUT',
        kind: 'timeout',
        message: 'Altegio did not answer in time. Please try again.',
      })
    : new AltegioError({
        code: 'NETWORK',
        kind: 'network',
        message: 'Could not reach Altegio. Check the internet connection and try again.',
      });
}

export function malformedError(status: number): AltegioError {
  return new AltegioError({
    code: 'SERVER',
    kind: 'malformed',
    status,
    message: 'Altegio sent an answer Frontdesk could not read. Please try again.',
  });
}
