import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RunningLateApply, RunningLateRequest } from '../../../../shared/contract/runningLate';
import { call } from '../../api';
import { nextStamp, patchAppointments } from '../appointments';

export const runningLateKeys = {
  preview: (request: RunningLateRequest) =>
    [
      'runningLate',
      request.locationId,
      'preview',
      request.teamMemberId,
      request.from,
      request.delayMinutes,
      request.mode,
    ] as const,
};

/** Where the member's later appointments would go; always asked afresh (another desk may book meanwhile). */
export function useLatePreview(request: RunningLateRequest | null) {
  return useQuery({
    queryKey: request ? runningLateKeys.preview(request) : ['runningLate', 'none'],
    queryFn: () => call('runningLate.preview', request as RunningLateRequest),
    enabled: request !== null,
    staleTime: 0,
    gcTime: 0,
    placeholderData: keepPreviousData,
  });
}

/**
 * Pushes them; every appointment Altegio returned (moved or not) goes into the calendar's cache at once,
 * stamped with the moment the push began, so a poll that began earlier cannot put the old times back.
 */
export function useApplyRunningLate(locationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RunningLateApply) => {
      const stamp = nextStamp();
      const result = await call('runningLate.apply', input);
      const known = result.outcomes.flatMap((outcome) => outcome.appointment ?? []);
      patchAppointments(queryClient, locationId, known, stamp);
      return result;
    },
  });
}
