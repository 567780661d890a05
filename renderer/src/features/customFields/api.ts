import { useQuery } from '@tanstack/react-query';
import type { CustomFieldCategory } from '../../../../shared/domain/customField';
import { call } from '../../api';

const CUSTOM_FIELDS_STALE_MS = 5 * 60_000;

export const customFieldsKeys = {
  list: (locationId: number, category: CustomFieldCategory) =>
    ['customFields', locationId, category] as const,
};

/** The custom fields of appointments (`record`) or of clients. */
export function useCustomFields(locationId: number, category: CustomFieldCategory) {
  return useQuery({
    queryKey: customFieldsKeys.list(locationId, category),
    queryFn: () => call('customFields.list', { locationId, category }),
    staleTime: CUSTOM_FIELDS_STALE_MS,
  });
}
