import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { LabelTarget } from '../../../../shared/contract/labels';
import { LABEL_TARGETS } from '../../../../shared/domain/labelTargets';
import type { Label, LabelInput } from '../../../../shared/domain/label';
import { BridgeError, call } from '../../api';
import { findCreated, withoutLabel, withSavedLabel } from './model';

const LABELS_STALE_MS = 5 * 60_000;

export const labelsKeys = {
  all: (locationId: number) => ['labels', locationId] as const,
  list: (locationId: number, target: LabelTarget) => ['labels', locationId, target] as const,
};

/**
 * Labels that can go on an appointment (or a client): its own and Altegio's common ones. Screens that
 * manage labels ask for them `afresh` on opening, so a label made at another desk shows there at once.
 */
export function useLabels(locationId: number, target: LabelTarget, { afresh = false } = {}) {
  return useQuery({
    queryKey: labelsKeys.list(locationId, target),
    queryFn: () => call('labels.list', { locationId, target }),
    staleTime: LABELS_STALE_MS,
    refetchOnMount: afresh ? 'always' : true,
  });
}

const isNotFound = (error: unknown) => error instanceof BridgeError && error.code === 'NOT_FOUND';

/** Applies a change to both targets' cached lists: a common label shows in each. */
function updateLists(
  queryClient: QueryClient,
  locationId: number,
  change: (list: Label[], target: LabelTarget) => Label[],
): void {
  for (const target of LABEL_TARGETS) {
    queryClient.setQueryData<Label[]>(labelsKeys.list(locationId, target), (list) =>
      list ? change(list, target) : list,
    );
  }
}

export interface SaveLabelRequest {
  /** The label being edited, or null to make a new one. */
  id: number | null;
  label: LabelInput;
  /**
   * Set on a Retry after a create whose answer was lost: the labels known before the first attempt, so
   * that a label the lost attempt made is taken rather than made again.
   */
  knownBefore?: ReadonlySet<number>;
}

async function createOnce(locationId: number, label: LabelInput, knownBefore?: ReadonlySet<number>) {
  if (knownBefore) {
    const target = label.entity === 'client' ? 'client' : 'appointment';
    const made = findCreated(await call('labels.list', { locationId, target }), label, knownBefore);
    if (made) return made;
  }
  return call('labels.create', { locationId, label });
}

/** Creates or updates a label; both lists follow at once (the screen tells the appointments). */
export function useSaveLabel(locationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, label, knownBefore }: SaveLabelRequest) =>
      id === null
        ? createOnce(locationId, label, knownBefore)
        : call('labels.update', { locationId, id, label }),
    onSuccess: (saved) => {
      updateLists(queryClient, locationId, (list, target) => withSavedLabel(list, saved, target));
    },
    onError: (error) => {
      // Deleted at another desk: the lists are out of date.
      if (isNotFound(error)) void queryClient.invalidateQueries({ queryKey: labelsKeys.all(locationId) });
    },
  });
}

/** Deletes a label; Altegio takes it off every appointment and client (the screen tells the appointments). */
export function useRemoveLabel(locationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => {
      try {
        await call('labels.remove', { locationId, id });
      } catch (error) {
        // Already deleted (at another desk): what the desk asked for is done.
        if (!isNotFound(error)) throw error;
      }
      return id;
    },
    onSuccess: (id) => {
      updateLists(queryClient, locationId, (list) => withoutLabel(list, id));
    },
  });
}
