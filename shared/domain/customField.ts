import { z } from 'zod';
import { Id } from './common';

export const CustomFieldCategory = z.enum(['record', 'client']);
export type CustomFieldCategory = z.infer<typeof CustomFieldCategory>;

/** `select` and `list` are the same thing under two names (single or multiple choice from `values`). */
export const CustomFieldType = z.enum(['text', 'number', 'select', 'list', 'date', 'datetime']);
export type CustomFieldType = z.infer<typeof CustomFieldType>;

export const CustomField = z.object({
  id: Id,
  category: CustomFieldCategory,
  code: z.string(),
  title: z.string(),
  type: CustomFieldType,
  /** Allowed values of select/list fields; empty for the others. */
  values: z.array(z.string()),
  showInUi: z.boolean(),
  userCanEdit: z.boolean(),
});
export type CustomField = z.infer<typeof CustomField>;

/** The bounds of a field definition; the form and main's checks share them. */
export const CUSTOM_FIELD_LIMITS = { maxCode: 64, maxTitle: 100, maxValues: 50, maxValue: 255 } as const;
const CF = CUSTOM_FIELD_LIMITS;

/** Latin letters, digits and underscores, starting with a letter: what Altegio stores values under. */
export const CUSTOM_FIELD_CODE = /^[A-Za-z][A-Za-z0-9_]*$/;
export const CustomFieldCode = z
  .string()
  .min(1, 'issue.customField.code')
  .max(CF.maxCode, 'issue.customField.codeTooLong')
  .regex(CUSTOM_FIELD_CODE, 'issue.customField.code');

const Title = z
  .string()
  .trim()
  .min(1, 'issue.customField.title')
  .max(CF.maxTitle, 'issue.customField.titleTooLong');

const ChoiceValues = z
  .array(z.string().trim().min(1, 'issue.customField.value').max(CF.maxValue, 'issue.customField.value'))
  .max(CF.maxValues, 'issue.customField.tooManyValues')
  .refine((values) => new Set(values).size === values.length, 'issue.customField.duplicateValue');

export const isChoiceType = (type: CustomFieldType): boolean => type === 'select' || type === 'list';

export const CustomFieldInput = z
  .object({
    code: CustomFieldCode,
    title: Title,
    type: CustomFieldType,
    values: ChoiceValues.optional(),
    showInUi: z.boolean().optional(),
    userCanEdit: z.boolean().optional(),
  })
  .refine((input) => !isChoiceType(input.type) || (input.values?.length ?? 0) > 0, {
    message: 'issue.customField.noValues',
    path: ['values'],
  });
export type CustomFieldInput = z.infer<typeof CustomFieldInput>;

/** What a desk changes on an existing field; its code and type stay, since stored values depend on them. */
export const CustomFieldUpdate = z.object({
  title: Title.optional(),
  values: ChoiceValues.optional(),
  showInUi: z.boolean().optional(),
  userCanEdit: z.boolean().optional(),
});
export type CustomFieldUpdate = z.infer<typeof CustomFieldUpdate>;
