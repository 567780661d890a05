import { z } from 'zod';
import type { LocationRef } from '../../../shared/domain/common';
import type {
  CustomField,
  CustomFieldCategory,
  CustomFieldInput,
  CustomFieldType,
  CustomFieldUpdate,
} from '../../../shared/domain/customField';
import { notFoundError } from './errors';
import { mappingFields } from './fieldNames';
import { createOnce, type Http } from './http';
import { gone, reconciled, showing } from './reconcile';
import { readList, type ListReading } from './listItems';
import { parseWire, WireFlag, WireId, WireText } from './wire';

const TYPES: CustomFieldType[] = ['text', 'number', 'select', 'list', 'date', 'datetime'];
const FIELD_NAMES: Record<string, string> = { show_in_ui: 'showInUi', user_can_edit: 'userCanEdit' };

const WireCustomField = z.object({
  id: WireId,
  custom_field: z.object({
    id: WireId.optional(),
    code: WireText,
    title: WireText,
    show_in_ui: WireFlag,
    user_can_edit: WireFlag,
    type: z.union([z.object({ code: WireText }), z.string()]),
    values: z.array(z.union([z.string(), z.number()])).nullish(),
  }),
});

function toCustomField(raw: unknown, category: CustomFieldCategory): CustomField {
  const { id, custom_field: field } = parseWire(WireCustomField, raw, 'a custom field');
  const typeCode = typeof field.type === 'string' ? field.type : field.type.code;
  return {
    id,
    category,
    code: field.code,
    title: field.title,
    // An unknown type is shown and edited as text rather than hidden.
    type: TYPES.find((type) => type === typeCode) ?? 'text',
    values: (field.values ?? []).map(String),
    showInUi: field.show_in_ui,
    userCanEdit: field.user_can_edit,
  };
}

function toBody(input: CustomFieldUpdate & Partial<CustomFieldInput>): Record<string, unknown> {
  const body: Record<string, unknown> = {
    type: input.type,
    code: input.code,
    title: input.title,
    values: input.values,
    show_in_ui: input.showInUi,
    user_can_edit: input.userCanEdit,
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

export function createCustomFieldsApi(http: Http, lists: ListReading = {}) {
  const base = (category: CustomFieldCategory, location: LocationRef) =>
    `/custom_fields/${category}/${location.id}`;

  const list = async (location: LocationRef, category: CustomFieldCategory): Promise<CustomField[]> => {
    const { data } = await http.request('GET', base(category, location));
    return readList(lists, 'customFields', data, (item) => toCustomField(item, category));
  };

  const byId = async (location: LocationRef, category: CustomFieldCategory, id: number) => {
    const field = (await list(location, category)).find((item) => item.id === id);
    if (!field) throw notFoundError();
    return field;
  };

  return {
    list,

    /** Codes are unique, so after an ambiguous failure the field is looked up by its code. */
    create: (
      location: LocationRef,
      category: CustomFieldCategory,
      input: CustomFieldInput,
    ): Promise<CustomField> =>
      mappingFields(FIELD_NAMES, () =>
        createOnce(
          http,
          async () => {
            const body = { show_in_ui: true, user_can_edit: true, ...toBody(input) };
            const { data } = await http.request('POST', base(category, location), { body });
            return toCustomField(data, category);
          },
          async () => (await list(location, category)).find((field) => field.code === input.code) ?? null,
        ),
      ),

    /** Altegio answers a bare "Saved" (or 204): the field is read back. */
    update: (
      location: LocationRef,
      category: CustomFieldCategory,
      id: number,
      changes: CustomFieldUpdate,
    ): Promise<CustomField> =>
      mappingFields(FIELD_NAMES, async () => {
        const carries = (field: CustomField) =>
          (changes.title === undefined || field.title === changes.title) &&
          (changes.values === undefined || field.values.join('\n') === changes.values.join('\n')) &&
          (changes.showInUi === undefined || field.showInUi === changes.showInUi) &&
          (changes.userCanEdit === undefined || field.userCanEdit === changes.userCanEdit);
        return reconciled(
          async () => {
            await http.request('PUT', `${base(category, location)}/${id}`, { body: toBody(changes) });
            return byId(location, category, id);
          },
          showing(() => byId(location, category, id), carries),
        );
      }),

    async remove(location: LocationRef, category: CustomFieldCategory, id: number): Promise<void> {
      await reconciled(
        async () => void (await http.request('DELETE', `${base(category, location)}/${id}`)),
        gone(() => byId(location, category, id)),
      );
    },
  };
}

export type CustomFieldsApi = ReturnType<typeof createCustomFieldsApi>;
