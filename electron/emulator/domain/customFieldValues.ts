import { DateTime } from 'luxon';
import { readDate } from '../time';
import type { FieldCollector } from '../http/errors';
import { asNumber, isObject } from '../http/params';
import type { Store } from '../store/store';
import type { CustomField, CustomFieldCategory, CustomFieldValues } from '../store/types';

export function fieldsOf(store: Store, locationId: number, category: CustomFieldCategory): CustomField[] {
  return [...store.customFields.values()].filter(
    (f) => f.locationId === locationId && f.category === category,
  );
}

function checkValue(
  field: CustomField,
  value: unknown,
): { value: string | number | string[] } | { error: string } {
  switch (field.type) {
    case 'text':
      if (typeof value !== 'string' && typeof value !== 'number') return { error: 'must be a string' };
      return String(value).length > 255
        ? { error: 'may not be longer than 255 characters' }
        : { value: String(value) };
    case 'number': {
      const number = asNumber(value);
      return number === undefined ? { error: 'must be a number' } : { value: number };
    }
    case 'select':
    case 'list': {
      const items = Array.isArray(value) ? value : [value];
      const strings = items.map(String);
      const allowed = field.values ?? [];
      const unknown = strings.filter((s) => !allowed.includes(s));
      return unknown.length ? { error: `must be one of: ${allowed.join(', ')}` } : { value: strings };
    }
    case 'date':
      return typeof value === 'string' && readDate(() => DateTime.fromFormat(value, 'yyyy-MM-dd'))
        ? { value }
        : { error: 'must be a date in Y-m-d format' };
    case 'datetime':
      return typeof value === 'string' && readDate(() => DateTime.fromFormat(value, 'yyyy-MM-dd HH:mm:ss'))
        ? { value }
        : { error: 'must be a date and time in Y-m-d H:i:s format' };
  }
}

/**
 * Validates `custom_fields: {code: value}` against the location's definitions. Null or "" clears a value.
 * Problems are reported as `custom_fields.<code>` field errors.
 */
export function parseCustomFieldValues(
  store: Store,
  locationId: number,
  category: CustomFieldCategory,
  input: unknown,
  errors: FieldCollector,
  current: CustomFieldValues = {},
): CustomFieldValues {
  if (input === undefined || input === null) return { ...current };
  if (Array.isArray(input) && input.length === 0) return {};
  if (!isObject(input)) {
    errors.add('custom_fields', 'must be an object of {code: value}');
    return current;
  }
  const definitions = new Map(fieldsOf(store, locationId, category).map((f) => [f.code, f]));
  const result: CustomFieldValues = { ...current };
  for (const [code, value] of Object.entries(input)) {
    const field = definitions.get(code);
    if (!field) {
      errors.add(`custom_fields.${code}`, 'Unknown custom field');
      continue;
    }
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
      delete result[code];
      continue;
    }
    const checked = checkValue(field, value);
    if ('error' in checked) errors.add(`custom_fields.${code}`, `${field.title} ${checked.error}`);
    else result[code] = checked.value;
  }
  return result;
}
