import { DateTime } from 'luxon';
import { readDate } from '../time';
import { FieldCollector } from '../http/errors';
import { asInt, asNumber, type JsonObject } from '../http/params';
import type { Store } from '../store/store';
import type { Client } from '../store/types';
import { parseCustomFieldValues } from './customFieldValues';

/** Altegio's "no birth date" sentinel. */
export const NO_BIRTH_DATE = '0000-00-00';

export function phoneDigits(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).replace(/\D/g, '') : '';
}

export function isValidPhone(digits: string): boolean {
  return digits.length >= 9 && digits.length <= 15;
}

export function findClientByPhone(store: Store, locationId: number, digits: string): Client | undefined {
  if (!digits) return undefined;
  for (const client of store.clients.values()) {
    if (client.locationId === locationId && !client.deleted && client.phone === digits) return client;
  }
  return undefined;
}

function text(body: JsonObject, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = body[key];
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

/**
 * Validates a create/PUT client body (both take the full body: `name` and `phone` are required) and returns
 * the new client fields. Throws 422 with `{field: [messages]}` on any problem.
 */
export function parseClientBody(
  store: Store,
  locationId: number,
  body: JsonObject,
  existing?: Client,
): Omit<Client, 'id' | 'locationId' | 'changedMs' | 'deleted' | 'spent' | 'balance'> {
  const errors = new FieldCollector();
  const name = text(body, 'name') ?? '';
  if (!name) errors.add('name', 'The name field is required.');
  const phone = phoneDigits(body.phone);
  if (!phone) errors.add('phone', 'The phone field is required.');
  else if (!isValidPhone(phone)) errors.add('phone', 'phone must contain 9 to 15 digits');
  else {
    const duplicate = findClientByPhone(store, locationId, phone);
    if (duplicate && duplicate.id !== existing?.id)
      errors.add('phone', 'A client with this phone already exists');
  }
  const email = text(body, 'email') ?? existing?.email ?? '';
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    errors.add('email', 'The email must be a valid email address.');
  const birthDate = text(body, 'birth_date') ?? existing?.birthDate ?? '';
  // "0000-00-00" is Altegio's own "no birth date" and comes back from it; accept it as sent.
  if (
    birthDate &&
    birthDate !== NO_BIRTH_DATE &&
    !readDate(() => DateTime.fromFormat(birthDate, 'yyyy-MM-dd'))
  ) {
    errors.add('birth_date', 'The birth date does not match the format Y-m-d.');
  }
  const sexId = asInt(body.gender_id ?? body.sex_id) ?? existing?.sexId ?? 0;
  if (sexId < 0 || sexId > 2) errors.add('gender_id', 'The gender id must be 0, 1 or 2.');
  const importanceId = asInt(body.importance_id) ?? existing?.importanceId ?? 0;
  if (importanceId < 0 || importanceId > 3)
    errors.add('importance_id', 'The importance id must be between 0 and 3.');
  const rawLabels = body.categories ?? body.labels;
  let labelIds = existing?.labelIds ?? [];
  if (rawLabels !== undefined) {
    const ids = Array.isArray(rawLabels) ? rawLabels.map(asInt) : [undefined];
    labelIds = ids.filter((id): id is number => id !== undefined);
    const valid = ids.every((id) => {
      const label = id === undefined ? undefined : store.labels.get(id);
      return (
        label &&
        label.locationId === locationId &&
        !label.deleted &&
        (label.entity === 1 || label.entity === 0)
      );
    });
    if (!valid) errors.add('categories', 'Unknown client label.');
  }
  const customFields = parseCustomFieldValues(
    store,
    locationId,
    'client',
    body.custom_fields,
    errors,
    existing?.customFields,
  );
  errors.throwIfAny();
  return {
    name,
    surname: text(body, 'surname') ?? existing?.surname ?? '',
    patronymic: text(body, 'patronymic', 'middle_name') ?? existing?.patronymic ?? '',
    phone,
    email,
    card: text(body, 'card') ?? existing?.card ?? '',
    birthDate,
    sexId,
    importanceId,
    labelIds,
    discount: asNumber(body.discount) ?? existing?.discount ?? 0,
    comment: text(body, 'comment') ?? existing?.comment ?? '',
    smsCheck: body.sms_check === undefined ? (existing?.smsCheck ?? false) : Boolean(asInt(body.sms_check)),
    smsNot: body.sms_not === undefined ? (existing?.smsNot ?? false) : Boolean(asInt(body.sms_not)),
    customFields,
  };
}

export function createClient(
  store: Store,
  locationId: number,
  fields: ReturnType<typeof parseClientBody>,
): Client {
  const client: Client = {
    ...fields,
    id: store.nextId('client'),
    locationId,
    spent: 0,
    balance: 0,
    changedMs: store.nextChangeMs(),
    deleted: false,
  };
  store.clients.set(client.id, client);
  return client;
}
