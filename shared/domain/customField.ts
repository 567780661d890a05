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

export const CustomFieldInput = z.object({
  code: z.string().regex(/^[A-Za-z0-9_]{1,64}$/),
  title: z.string().trim().min(1),
  type: CustomFieldType,
  values: z.array(z.string()).optional(),
  showInUi: z.boolean().optional(),
  userCanEdit: z.boolean().optional(),
});
export type CustomFieldInput = z.infer<typeof CustomFieldInput>;

export const CustomFieldUpdate = CustomFieldInput.partial();
export type CustomFieldUpdate = z.infer<typeof CustomFieldUpdate>;
