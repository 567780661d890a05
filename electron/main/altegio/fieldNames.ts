import { AltegioError } from './errors';

/**
 * Renames Altegio's field keys in an error (`staff_id`, `services.0.id`) to the domain's form fields
 * (`teamMemberId`, `services.0.id`), so dialogs can show each message under its input.
 */
export function withDomainFields(error: unknown, names: Record<string, string>): unknown {
  if (!(error instanceof AltegioError) || !error.detail?.fields) return error;
  const fields: Record<string, string> = {};
  for (const [wire, message] of Object.entries(error.detail.fields)) {
    const [head = wire, ...rest] = wire.split('.');
    const whole = names[wire];
    const domain = whole ?? [names[head] ?? head, ...rest].join('.');
    fields[domain] ??= message;
  }
  return error.withDetail({ ...error.detail, fields });
}

/** Rethrows a failure of `task` with domain field names. */
export async function mappingFields<T>(names: Record<string, string>, task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    throw withDomainFields(error, names);
  }
}
