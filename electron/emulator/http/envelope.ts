import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError } from './errors';

/** `meta` of unpaged replies is `[]` in Altegio. */
export const EMPTY_META: never[] = [];

export function ok(
  c: Context,
  data: unknown,
  status: ContentfulStatusCode = 200,
  meta: unknown = EMPTY_META,
) {
  return c.json({ success: true, data, meta }, status);
}

export function noContent(c: Context): Response {
  return c.body(null, 204);
}

export function errorResponse(c: Context, error: ApiError): Response {
  const meta: Record<string, unknown> = { message: error.message };
  if (error.errors !== undefined) meta.errors = error.errors;
  return c.json(
    { success: false, data: null, meta, ...error.topLevel },
    error.status as ContentfulStatusCode,
  );
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  console.error('Altegio emulator: unexpected error', error);
  return new ApiError(500, 'An error has occurred.');
}
