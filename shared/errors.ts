import { z } from 'zod';

/** The closed set of error codes the renderer can act on. */
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

export const AppErrorShape = z.object({
  code: ErrorCode,
  message: z.string(),
  /** Form field (dot path) → message, so dialogs can show errors inline. */
  fields: z.record(z.string(), z.string()).optional(),
});
export type AppErrorShape = z.infer<typeof AppErrorShape>;

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail(code: ErrorCode, message: string, fields?: Record<string, string>): Result<never> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}
