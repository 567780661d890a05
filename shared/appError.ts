// Errors as data, and the error class, without the schemas in errors.ts: the renderer's first paint
// needs these and not zod.
import type { AppErrorShape, ErrorCode, ErrorDetail, ErrorParams } from './errors';

/** How much of anything an error repeats: an error never grows with the input that caused it. */
export const ERROR_LIMITS = { text: 300, fields: 20, key: 100 } as const;

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
