import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError } from './errors';
import { localise, messageLanguage, type MessageLanguage } from './language';

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

function localiseErrors(errors: ApiError['errors'], language: MessageLanguage): ApiError['errors'] {
  if (errors === undefined || language === 'en') return errors;
  if (Array.isArray(errors))
    return errors.map((entry) => ({ ...entry, message: localise(entry.message, language) }));
  return Object.fromEntries(
    Object.entries(errors).map(([field, messages]) => [
      field,
      messages.map((message) => localise(message, language)),
    ]),
  );
}

/** The error envelope, its messages in the language the request's Accept-Language prefers (see language.ts). */
export function errorResponse(c: Context, error: ApiError): Response {
  const language = messageLanguage(c.req.header('accept-language'));
  const meta: Record<string, unknown> = { message: localise(error.message, language) };
  if (error.errors !== undefined) meta.errors = localiseErrors(error.errors, language);
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
