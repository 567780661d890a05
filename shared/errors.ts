import { z } from 'zod';
import { ERROR_LIMITS } from './appError';

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

export * from './appError';
