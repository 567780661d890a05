import { DateTime } from 'luxon';
import type { CustomFieldValue, CustomFieldValues } from '../../../../shared/domain/common';
import {
  CUSTOM_FIELD_CODE,
  CUSTOM_FIELD_LIMITS as L,
  CustomFieldInput,
  CustomFieldUpdate,
  isChoiceType,
  type CustomField,
  type CustomFieldType,
} from '../../../../shared/domain/customField';
import { wordIssue } from '../../errors';
import { i18n, params } from '../../i18n';

const messages = i18n('customFields/model', {
  text: 'Text',
  number: 'Number',
  select: 'Choice from a list',
  list: 'Choices from a list',
  date: 'Date',
  datetime: 'Date and time',
  enterCode: 'Enter a code.',
  atMostCharacters: params('At most {count} characters.'),
  codeCharacters: 'Latin letters, digits and underscores only, starting with a letter.',
  codeTaken: params('“{title}” already uses this code.'),
  atMostValues: params('At most {count} values.'),
  dateTime: params('{date}, {time}'),
});

/** What the create/edit form holds; choices are typed one per line. */
export interface CustomFieldFormValues {
  title: string;
  code: string;
  type: CustomFieldType;
  choices: string;
  showInUi: boolean;
  userCanEdit: boolean;
}

export type CustomFieldFormErrors = Partial<Record<keyof CustomFieldFormValues, string>>;

/** Each type's name in the language shown. */
export const typeNames: Record<CustomFieldType, string> = {
  get text() {
    return messages.get().text;
  },
  get number() {
    return messages.get().number;
  },
  get select() {
    return messages.get().select;
  },
  get list() {
    return messages.get().list;
  },
  get date() {
    return messages.get().date;
  },
  get datetime() {
    return messages.get().datetime;
  },
};

/** Types a new field can have; `list` is Altegio's other name for a choice list, shown but not offered. */
export const NEW_FIELD_TYPES: readonly CustomFieldType[] = ['text', 'number', 'select', 'date', 'datetime'];

/** Latin letters that no accent-stripping turns into plain ones. */
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };

/**
 * A code for a title: letters without accents, digits and underscores, starting with a letter
 * ("Patch-test date" → "patch_test_date"). Empty when the title has nothing usable.
 */
export function suggestCode(title: string): string {
  const plain = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (letter) => LETTERS[letter] ?? '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const code = /^[0-9]/.test(plain) ? `field_${plain}` : plain;
  return code.slice(0, L.maxCode).replace(/_+$/, '');
}

/** Why a code cannot be used at this location, or null. Codes are compared as Altegio does: exactly. */
export function codeProblem(code: string, taken: readonly CustomField[]): string | null {
  const t = messages.get();
  if (!code) return t.enterCode;
  if (code.length > L.maxCode) return t.atMostCharacters({ count: L.maxCode });
  if (!CUSTOM_FIELD_CODE.test(code)) return t.codeCharacters;
  const owner = taken.find((field) => field.code === code);
  return owner ? t.codeTaken({ title: owner.title }) : null;
}

export function choicesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function emptyForm(): CustomFieldFormValues {
  return { title: '', code: '', type: 'text', choices: '', showInUi: true, userCanEdit: true };
}

export function formOf(field: CustomField): CustomFieldFormValues {
  return {
    title: field.title,
    code: field.code,
    type: field.type,
    choices: field.values.join('\n'),
    showInUi: field.showInUi,
    userCanEdit: field.userCanEdit,
  };
}

const FORM_FIELD: Record<string, keyof CustomFieldFormValues> = {
  code: 'code',
  title: 'title',
  type: 'type',
  values: 'choices',
  showInUi: 'showInUi',
  userCanEdit: 'userCanEdit',
};

/**
 * The form input a field problem belongs to: Altegio's names the body field (`code`), main's check the
 * request's path (`field.code`, `changes.values.1`).
 */
export function formFieldOf(path: string): keyof CustomFieldFormValues | null {
  const [first = '', second = ''] = path.split('.');
  return FORM_FIELD[first === 'field' || first === 'changes' ? second : first] ?? null;
}

function issuesOf(
  error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> },
  errors: CustomFieldFormErrors,
) {
  for (const issue of error.issues) {
    const field = formFieldOf(String(issue.path[0] ?? ''));
    if (field && !errors[field]) errors[field] = wordIssue(issue.message);
  }
}

export type CheckedForm =
  | { ok: true; create: CustomFieldInput; update: CustomFieldUpdate }
  | { ok: false; errors: CustomFieldFormErrors };

/**
 * The form checked as main and Altegio will check it, so a well-formed, unique code and a list with its
 * values are settled before anything is sent. `others` are the category's fields other than the one edited.
 */
export function checkForm(
  values: CustomFieldFormValues,
  others: readonly CustomField[],
  editing: boolean,
): CheckedForm {
  const errors: CustomFieldFormErrors = {};
  const choices = isChoiceType(values.type) ? choicesOf(values.choices) : undefined;
  if (!editing) {
    const problem = codeProblem(values.code.trim(), others);
    if (problem) errors.code = problem;
  }
  if (choices && choices.length > L.maxValues)
    errors.choices = messages.get().atMostValues({ count: L.maxValues });
  const create = {
    code: values.code.trim(),
    title: values.title,
    type: values.type,
    ...(choices ? { values: choices } : {}),
    showInUi: values.showInUi,
    userCanEdit: values.userCanEdit,
  };
  const update = {
    title: values.title,
    ...(choices ? { values: choices } : {}),
    showInUi: values.showInUi,
    userCanEdit: values.userCanEdit,
  };
  const parsed = editing ? CustomFieldUpdate.safeParse(update) : CustomFieldInput.safeParse(create);
  if (!parsed.success) issuesOf(parsed.error, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, create: CustomFieldInput.parse(create), update: CustomFieldUpdate.parse(update) };
}

function shownValue(field: CustomField, value: CustomFieldValue): string {
  if (Array.isArray(value)) return value.join(', ');
  const text = String(value);
  if (field.type === 'date') {
    const date = DateTime.fromFormat(text, 'yyyy-MM-dd');
    return date.isValid ? date.toFormat('d LLL yyyy') : text;
  }
  if (field.type === 'datetime') {
    const time = DateTime.fromFormat(text, 'yyyy-MM-dd HH:mm:ss');
    return time.isValid
      ? messages.get().dateTime({ date: time.toFormat('d LLL yyyy'), time: time.toFormat('HH:mm') })
      : text;
  }
  return text;
}

/**
 * The values to show on an appointment or client, in the order of the location's fields, under their
 * titles. Values of fields hidden from the app, or of fields that no longer exist, are not shown.
 */
export function shownValues(
  fields: readonly CustomField[],
  values: CustomFieldValues,
): Array<{ code: string; title: string; text: string }> {
  return fields.flatMap((field) => {
    const value = values[field.code];
    if (!field.showInUi || value === undefined || value === '' || (Array.isArray(value) && !value.length))
      return [];
    return [{ code: field.code, title: field.title, text: shownValue(field, value) }];
  });
}
