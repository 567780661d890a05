import { z } from 'zod';

/** The closed set of error codes the renderer can act on and word. */
export const ErrorCode = z.enum([
  'AUTH_REQUIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION',
  'SLOT_BUSY',
  'CONFLICT',
  'RATE_LIMITED',
  'NETWORK',
  'TIMEOUT',
  'SERVER',
  'UNKNOWN_CHANNEL',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** How much of anything an error repeats: an error never grows with the input that caused it. */
export const ERROR_LIMITS = { text: 300, fields: 20, key: 100 } as const;

export const ErrorParam = z.union([z.string().max(ERROR_LIMITS.text), z.number(), z.boolean(), z.null()]);
export type ErrorParam = z.infer<typeof ErrorParam>;

/**
 * What went wrong, in data: the renderer owns the words. `params` are the facts the words need (a host,
 * a time, a reason); `detail` keeps Altegio's own message and field errors (field path → text, or an
 * `issue.*` key from the shared schemas) so dialogs can show them where they belong.
 */
export const AppErrorShape = z.object({
  code: ErrorCode,
  params: z.record(z.string().max(ERROR_LIMITS.key), ErrorParam).optional(),
  detail: z
    .object({
      message: z.string().max(ERROR_LIMITS.text).optional(),
      fields: z.record(z.string().max(ERROR_LIMITS.key), z.string().max(ERROR_LIMITS.text)).optional(),
    })
    .optional(),
});
export type AppErrorShape = z.infer<typeof AppErrorShape>;
export type ErrorParams = NonNullable<AppErrorShape['params']>;
export type ErrorDetail = NonNullable<AppErrorShape['detail']>;

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Bounds every part of a detail: a 200,000-character key or message comes back a few hundred long. */
export function boundDetail(detail: ErrorDetail | undefined): ErrorDetail | undefined {
  if (!detail) return undefined;
  const out: ErrorDetail = {};
  if (detail.message) out.message = clip(detail.message, ERROR_LIMITS.text);
  const entries = Object.entries(detail.fields ?? {}).slice(0, ERROR_LIMITS.fields);
  if (entries.length) {
    out.fields = Object.fromEntries(
      entries.map(([key, text]) => [clip(key, ERROR_LIMITS.key), clip(text, ERROR_LIMITS.text)]),
    );
  }
  return out.message || out.fields ? out : undefined;
}

export function boundParams(params: ErrorParams | undefined): ErrorParams | undefined {
  if (!params) return undefined;
  const entries = Object.entries(params).slice(0, ERROR_LIMITS.fields);
  return Object.fromEntries(
    entries.map(([key, value]) => [
      clip(key, ERROR_LIMITS.key),
      typeof value === 'string' ? clip(value, ERROR_LIMITS.text) : value,
    ]),
  );
}

export function errorShape(code: ErrorCode, params?: ErrorParams, detail?: ErrorDetail): AppErrorShape {
  const shape: AppErrorShape = { code };
  const boundedParams = boundParams(params);
  const boundedDetail = boundDetail(detail);
  if (boundedParams && Object.keys(boundedParams).length) shape.params = boundedParams;
  if (boundedDetail) shape.detail = boundedDetail;
  return shape;
}

export function fail(code: ErrorCode, params?: ErrorParams, detail?: ErrorDetail): Result<never> {
  return { ok: false, error: errorShape(code, params, detail) };
}

/**
 * An error with a code, the facts behind it and Altegio's own words: what main throws on purpose (the
 * invoker sends its shape across the bridge) and what the renderer gets back. Its message is the code
 * and params, for logs; people see the renderer's words.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams | undefined;
  readonly detail: ErrorDetail | undefined;

  constructor(code: ErrorCode, params?: ErrorParams, detail?: ErrorDetail) {
    super(params ? `${code} ${JSON.stringify(boundParams(params))}` : code);
    this.name = 'AppError';
    this.code = code;
    this.params = boundParams(params);
    this.detail = boundDetail(detail);
  }

  toShape(): AppErrorShape {
    return errorShape(this.code, this.params, this.detail);
  }
}
