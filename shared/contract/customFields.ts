import { z } from 'zod';
import { Id } from '../domain/common';
import { CustomField, CustomFieldCategory, CustomFieldInput, CustomFieldUpdate } from '../domain/customField';
import { AtLocation, type Slice } from './common';

export const CustomFieldsRequest = AtLocation.extend({ category: CustomFieldCategory });
export type CustomFieldsRequest = z.input<typeof CustomFieldsRequest>;

const OneField = CustomFieldsRequest.extend({ id: Id });

export const customFieldsContract = {
  'customFields.list': { input: CustomFieldsRequest, output: z.array(CustomField) },
  'customFields.create': {
    input: CustomFieldsRequest.extend({ field: CustomFieldInput }),
    output: CustomField,
  },
  'customFields.update': {
    input: OneField.extend({ changes: CustomFieldUpdate }),
    output: CustomField,
  },
  'customFields.remove': { input: OneField, output: z.null() },
} as const satisfies Slice;
