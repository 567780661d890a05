import { z } from 'zod';
import { CustomField, CustomFieldCategory } from '../domain/customField';
import { AtLocation, type Slice } from './common';

export const CustomFieldsRequest = AtLocation.extend({ category: CustomFieldCategory });
export type CustomFieldsRequest = z.input<typeof CustomFieldsRequest>;

export const customFieldsContract = {
  'customFields.list': { input: CustomFieldsRequest, output: z.array(CustomField) },
} as const satisfies Slice;
