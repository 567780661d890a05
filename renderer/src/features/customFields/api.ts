import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  CustomField,
  CustomFieldCategory,
  CustomFieldInput,
  CustomFieldUpdate,
} from '../../../../shared/domain/customField';
import { BridgeError, call } from '../../api';

const CUSTOM_FIELDS_STALE_MS = 5 * 60_000;

export const customFieldsKeys = {
  list: (locationId: number, category: CustomFieldCategory) =>
    ['customFields', locationId, category] as const,
};

/**
 * The custom fields of appointments (`record`) or of clients. Screens that manage them ask `afresh` on
 * opening, so a field made at another desk is there for the uniqueness check at once.
 */
export function useCustomFields(locationId: number, category: CustomFieldCategory, { afresh = false } = {}) {
  return useQuery({
    queryKey: customFieldsKeys.list(locationId, category),
    queryFn: () => call('customFields.list', { locationId, category }),
    staleTime: CUSTOM_FIELDS_STALE_MS,
    refetchOnMount: afresh ? 'always' : true,
  });
}

/** Puts a saved field in the list every dialog and drawer reads, so they show it at once. */
function remember(queryClient: QueryClient, locationId: number, field: CustomField): void {
  queryClient.setQueryData<CustomField[]>(customFieldsKeys.list(locationId, field.category), (list) =>
    list
      ? list.some((item) => item.id === field.id)
        ? list.map((item) => (item.id === field.id ? field : item))
        : [...list, field]
      : list,
  );
}

export type CustomFieldSave =
  { kind: 'create'; field: CustomFieldInput } | { kind: 'update'; id: number; changes: CustomFieldUpdate };

/**
 * Saves a field definition. A create retried after a lost answer first looks for the code it sent: if
 * Altegio has it, the first attempt landed and nothing is sent again.
 */
export function useSaveCustomField(locationId: number, category: CustomFieldCategory) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ save, retry }: { save: CustomFieldSave; retry: boolean }) => {
      if (save.kind === 'update')
        return call('customFields.update', { locationId, category, id: save.id, changes: save.changes });
      if (retry) {
        const fields = await call('customFields.list', { locationId, category });
        const landed = fields.find((field) => field.code === save.field.code);
        if (landed) return landed;
      }
      return call('customFields.create', { locationId, category, field: save.field });
    },
    onSuccess: (field) => remember(queryClient, locationId, field),
  });
}

export function useRemoveCustomField(locationId: number, category: CustomFieldCategory) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => {
      try {
        await call('customFields.remove', { locationId, category, id });
      } catch (error) {
        // Already gone (deleted at another desk, or a first attempt whose answer was lost): done.
        if (!(error instanceof BridgeError && error.code === 'NOT_FOUND')) throw error;
      }
    },
    onSuccess: (_done, id) =>
      queryClient.setQueryData<CustomField[]>(customFieldsKeys.list(locationId, category), (list) =>
        list?.filter((field) => field.id !== id),
      ),
  });
}
