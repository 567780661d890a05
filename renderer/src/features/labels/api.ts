import { useQuery } from '@tanstack/react-query';
import type { LabelTarget } from '../../../../shared/contract/labels';
import { call } from '../../api';

const LABELS_STALE_MS = 5 * 60_000;

export const labelsKeys = {
  list: (locationId: number, target: LabelTarget) => ['labels', locationId, target] as const,
};

/** Labels that can go on an appointment (or a client): its own and Altegio's common ones. */
export function useLabels(locationId: number, target: LabelTarget) {
  return useQuery({
    queryKey: labelsKeys.list(locationId, target),
    queryFn: () => call('labels.list', { locationId, target }),
    staleTime: LABELS_STALE_MS,
  });
}
