import { DateTime } from 'luxon';
import type { CustomFieldValue } from '../../../../shared/domain/common';
import { CUSTOM_FIELD_LIMITS, type CustomField } from '../../../../shared/domain/customField';

/** What a custom-field input holds: text (dates as the input's own "yyyy-MM-dd" / "yyyy-MM-ddTHH:mm") or choices. */
export type CustomFieldFormValue = string | string[];

/** "yyyy-MM-dd HH:mm:ss" (Altegio) ⇄ "yyyy-MM-ddTHH:mm" (a datetime-local input). */
const WIRE_DATETIME = 'yyyy-MM-dd HH:mm:ss';
const INPUT_DATETIME = "yyyy-MM-dd'T'HH:mm";

/** A stored value as its input holds it. */
export function customFieldToForm(
  field: CustomField,
  value: CustomFieldValue | undefined,
): CustomFieldFormValue {
  if (field.type === 'list') return Array.isArray(value) ? value : value === undefined ? [] : [String(value)];
  if (value === undefined) return '';
  if (field.type === 'select') return Array.isArray(value) ? (value[0] ?? '') : String(value);
  const text = Array.isArray(value) ? value.join(', ') : String(value);
  if (field.type === 'datetime') {
    const parsed = DateTime.fromFormat(text, WIRE_DATETIME);
    return parsed.isValid ? parsed.toFormat(INPUT_DATETIME) : '';
  }
  return text;
}

/** The value Altegio takes for a field, or null when the input is empty (null clears it). */
export function customFieldToWire(
  field: CustomField,
  raw: CustomFieldFormValue | undefined,
): CustomFieldValue | null {
  if (Array.isArray(raw)) return raw.length ? raw : null;
  const text = (raw ?? '').trim();
  if (!text) return null;
  switch (field.type) {
    case 'number':
      return Number(text.replace(',', '.'));
    case 'select':
    case 'list':
      return [text];
    case 'datetime': {
      const parsed = DateTime.fromFormat(text, INPUT_DATETIME);
      return parsed.isValid ? parsed.toFormat(WIRE_DATETIME) : text;
    }
    default:
      return text;
  }
}

/** What is wrong with an input for its field, as an `issue.*` key (see errors/issues.ts), or null. */
export function customFieldProblem(field: CustomField, raw: CustomFieldFormValue | undefined): string | null {
  if (Array.isArray(raw))
    return raw.every((item) => field.values.includes(item)) ? null : 'issue.customField.choice';
  const text = (raw ?? '').trim();
  if (!text) return null;
  if (field.type === 'number')
    return Number.isFinite(Number(text.replace(',', '.'))) ? null : 'issue.customField.number';
  if (field.type === 'select' || field.type === 'list')
    return field.values.includes(text) ? null : 'issue.customField.choice';
  return text.length > CUSTOM_FIELD_LIMITS.maxValue ? 'issue.customField.text' : null;
}
