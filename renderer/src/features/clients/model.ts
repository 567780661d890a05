import { DateTime } from 'luxon';
import type { Client } from '../../../../shared/domain/client';
import { ClientChanges, normalisePhone } from '../../../../shared/domain/client';
import type { CustomField } from '../../../../shared/domain/customField';
import { wordIssue } from '../../errors';
import { i18n, params, plural } from '../../i18n';
import {
  customFieldProblem,
  customFieldToForm,
  customFieldToWire,
  type CustomFieldFormValue,
} from '../customFields';

export interface ClientFormValues {
  name: string;
  phone: string;
  email: string;
  /** By field code, as the inputs hold them. */
  customFields: Record<string, CustomFieldFormValue>;
}

/** Problems by input: 'name', 'phone', 'email' or 'customFields.<code>'. */
export type ClientFormErrors = Record<string, string>;

const messages = i18n('clients/model', {
  noNoShows: 'No no-shows in the last 12 months',
  noShows: plural({
    one: '{count} no-show in the last 12 months',
    other: '{count} no-shows in the last 12 months',
  }),
  window: params('Counted from {date} up to now'),
  noUpcoming: 'No upcoming appointments',
  next: params('Next: {when}'),
  nextMore: params('Next: {when} and {more} more'),
});

/** The fields the card lets the desk change: shown in the app and open to editing. */
export function editableFields(fields: readonly CustomField[]): CustomField[] {
  return fields.filter((field) => field.showInUi && field.userCanEdit);
}

export function clientForm(client: Client, fields: readonly CustomField[]): ClientFormValues {
  return {
    name: client.name,
    phone: client.phone,
    email: client.email,
    customFields: Object.fromEntries(
      editableFields(fields).map((field) => [
        field.code,
        customFieldToForm(field, client.customFields[field.code]),
      ]),
    ),
  };
}

const sameInput = (a: CustomFieldFormValue | undefined, b: CustomFieldFormValue | undefined) =>
  JSON.stringify(a ?? '') === JSON.stringify(b ?? '');

/** The form input a problem of `ClientChanges` belongs under ("customFields", "allergies" → its input). */
function inputOf(path: readonly PropertyKey[]): string {
  return path.length > 1 && path[0] === 'customFields' ? `customFields.${String(path[1])}` : String(path[0]);
}

/**
 * Keeps what the desk typed over a fresh read of the client: inputs the desk changed keep the typing, the
 * rest take the fresh values (after "Reload" on a conflict).
 */
export function rebaseForm(
  values: ClientFormValues,
  initial: ClientFormValues,
  fresh: ClientFormValues,
): ClientFormValues {
  const pick = (key: 'name' | 'phone' | 'email') => (values[key] !== initial[key] ? values[key] : fresh[key]);
  return {
    name: pick('name'),
    phone: pick('phone'),
    email: pick('email'),
    customFields: Object.fromEntries(
      Object.entries(fresh.customFields).map(([code, value]) => [
        code,
        sameInput(values.customFields[code], initial.customFields[code]) ? value : values.customFields[code],
      ]),
    ) as Record<string, CustomFieldFormValue>,
  };
}

/**
 * The changes to send, or the problems by input. Only what the desk changed is sent (name, phone, e-mail
 * and each custom field), so what someone else changed meanwhile elsewhere is not written over. Checked
 * with the contract's own schema, worded as the renderer words its issues.
 */
export function checkClientForm(
  values: ClientFormValues,
  initial: ClientFormValues,
  fields: readonly CustomField[],
): { changes: ClientChanges } | { errors: ClientFormErrors } {
  const errors: ClientFormErrors = {};
  const changes: ClientChanges = { customFields: {} };
  if (values.name.trim() !== initial.name.trim()) changes.name = values.name;
  if (normalisePhone(values.phone) !== normalisePhone(initial.phone)) changes.phone = values.phone;
  if (values.email.trim() !== initial.email.trim()) changes.email = values.email;
  for (const field of editableFields(fields)) {
    const input = values.customFields[field.code];
    if (sameInput(input, initial.customFields[field.code])) continue;
    const problem = customFieldProblem(field, input);
    if (problem) errors[`customFields.${field.code}`] = wordIssue(problem);
    else changes.customFields[field.code] = customFieldToWire(field, input);
  }
  const parsed = ClientChanges.safeParse(changes);
  if (!parsed.success)
    for (const issue of parsed.error.issues) errors[inputOf(issue.path)] ??= wordIssue(issue.message);
  if (Object.keys(errors).length || !parsed.success) return { errors };
  const { phone, ...rest } = parsed.data;
  return { changes: phone === undefined ? rest : { ...rest, phone: normalisePhone(phone) } };
}

/** "No no-shows", "1 no-show", "3 no-shows", each "in the last 12 months". */
export function noShowsText(count: number): string {
  const t = messages.get();
  return count === 0 ? t.noNoShows : t.noShows(count);
}

/** The exact window, for a tooltip: "Since 12 Jan 2026". */
export function noShowsWindow(since: string): string {
  return messages.get().window({ date: DateTime.fromISO(since).toFormat('d LLL yyyy') });
}

/** "Next: Fri 15 Jan, 10:00" (+ "and 2 more"). */
export function upcomingText(firstStart: string | undefined, count: number, zone: string): string {
  const t = messages.get();
  if (!firstStart || count === 0) return t.noUpcoming;
  const when = DateTime.fromISO(firstStart).setZone(zone).toFormat('ccc d LLL, HH:mm');
  return count === 1 ? t.next({ when }) : t.nextMore({ when, more: count - 1 });
}
