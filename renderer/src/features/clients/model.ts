import { DateTime } from 'luxon';
import type { Client, ClientChanges } from '../../../../shared/domain/client';
import { isPlausiblePhone, normalisePhone } from '../../../../shared/domain/client';
import type { CustomFieldValue } from '../../../../shared/domain/common';
import type { CustomField } from '../../../../shared/domain/customField';

export const clientMessages = {
  name: 'Enter the client’s name.',
  nameTooLong: 'At most 100 characters.',
  phone: 'Enter a phone number with 9 to 15 digits.',
  email: 'Not a valid e-mail address.',
  number: 'Must be a number.',
  text: 'At most 255 characters.',
  choice: 'Not one of this field’s values.',
} as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** "yyyy-MM-dd HH:mm:ss" (Altegio) ⇄ "yyyy-MM-ddTHH:mm" (a datetime-local input). */
const WIRE_DATETIME = 'yyyy-MM-dd HH:mm:ss';
const INPUT_DATETIME = "yyyy-MM-dd'T'HH:mm";

export type FieldInput = string | string[];

export interface ClientFormValues {
  name: string;
  phone: string;
  email: string;
  /** By field code, as the inputs hold them. */
  customFields: Record<string, FieldInput>;
}

/** Problems by input: 'name', 'phone', 'email' or 'customFields.<code>'. */
export type ClientFormErrors = Record<string, string>;

/** The fields the card lets the desk change: shown in the app and open to editing. */
export function editableFields(fields: readonly CustomField[]): CustomField[] {
  return fields.filter((field) => field.showInUi && field.userCanEdit);
}

function fieldToInput(field: CustomField, value: CustomFieldValue | undefined): FieldInput {
  if (field.type === 'list') return Array.isArray(value) ? value : value === undefined ? [] : [String(value)];
  if (value === undefined) return '';
  if (field.type === 'select') return Array.isArray(value) ? (value[0] ?? '') : String(value);
  const text = Array.isArray(value) ? value.join(', ') : String(value);
  if (field.type !== 'datetime') return text;
  const parsed = DateTime.fromFormat(text, WIRE_DATETIME);
  return parsed.isValid ? parsed.toFormat(INPUT_DATETIME) : '';
}

function inputToField(field: CustomField, input: FieldInput): CustomFieldValue | null {
  if (Array.isArray(input)) return input.length ? input : null;
  const text = input.trim();
  if (!text) return null;
  if (field.type === 'number') return Number(text.replace(',', '.'));
  if (field.type === 'select') return [text];
  if (field.type === 'datetime') {
    const parsed = DateTime.fromFormat(text, INPUT_DATETIME);
    return parsed.isValid ? parsed.toFormat(WIRE_DATETIME) : text;
  }
  return text;
}

export function clientForm(client: Client, fields: readonly CustomField[]): ClientFormValues {
  return {
    name: client.name,
    phone: client.phone,
    email: client.email,
    customFields: Object.fromEntries(
      editableFields(fields).map((field) => [
        field.code,
        fieldToInput(field, client.customFields[field.code]),
      ]),
    ),
  };
}

function fieldProblem(field: CustomField, input: FieldInput): string | null {
  if (Array.isArray(input))
    return input.every((item) => field.values.includes(item)) ? null : clientMessages.choice;
  const text = input.trim();
  if (!text) return null;
  if (field.type === 'number')
    return Number.isFinite(Number(text.replace(',', '.'))) ? null : clientMessages.number;
  if (field.type === 'select') return field.values.includes(text) ? null : clientMessages.choice;
  return text.length > 255 ? clientMessages.text : null;
}

const sameInput = (a: FieldInput | undefined, b: FieldInput | undefined) =>
  JSON.stringify(a ?? '') === JSON.stringify(b ?? '');

/**
 * The changes to send, or the problems by input. Only the custom fields the desk changed are sent, so a
 * value someone else set meanwhile in another field is not written over.
 */
export function checkClientForm(
  values: ClientFormValues,
  initial: ClientFormValues,
  fields: readonly CustomField[],
): { changes: ClientChanges } | { errors: ClientFormErrors } {
  const errors: ClientFormErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = clientMessages.name;
  else if (name.length > 100) errors.name = clientMessages.nameTooLong;
  if (!isPlausiblePhone(values.phone)) errors.phone = clientMessages.phone;
  const email = values.email.trim();
  if (email && (!EMAIL.test(email) || email.length > 254)) errors.email = clientMessages.email;
  const customFields: ClientChanges['customFields'] = {};
  for (const field of editableFields(fields)) {
    const input = values.customFields[field.code] ?? '';
    if (sameInput(input, initial.customFields[field.code])) continue;
    const problem = fieldProblem(field, input);
    if (problem) errors[`customFields.${field.code}`] = problem;
    else customFields[field.code] = inputToField(field, input);
  }
  if (Object.keys(errors).length) return { errors };
  return { changes: { name, phone: normalisePhone(values.phone), email, customFields } };
}

/** "No no-shows", "1 no-show", "3 no-shows", each "in the last 12 months". */
export function noShowsText(count: number): string {
  const amount = count === 0 ? 'No no-shows' : count === 1 ? '1 no-show' : `${count} no-shows`;
  return `${amount} in the last 12 months`;
}

/** The exact window, for a tooltip: "Since 12 Jan 2026". */
export function noShowsWindow(since: string): string {
  return `Counted from ${DateTime.fromISO(since).toFormat('d LLL yyyy')} up to now`;
}

/** "Next: Fri 15 Jan, 10:00" (+ "and 2 more"). */
export function upcomingText(firstStart: string | undefined, count: number, zone: string): string {
  if (!firstStart || count === 0) return 'No upcoming appointments';
  const when = DateTime.fromISO(firstStart).setZone(zone).toFormat('ccc d LLL, HH:mm');
  return count === 1 ? `Next: ${when}` : `Next: ${when} and ${count - 1} more`;
}
