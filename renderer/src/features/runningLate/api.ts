import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RunningLateApply, RunningLateRequest } from '../../../../shared/contract/runningLate';
import { call } from '../../api';
import { appointmentsKeys, nextStamp, patchAppointments } from '../appointments';
import { refreshClientCard } from '../clients';

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
 * stamped with the moment the push began, so a poll that began earlier cannot put the old times back, and
 * the moved clients' cards are read again. Where it is not known what Altegio has (a move whose reply was
 * lost, or the call failing as a whole), the calendar's appointments are read again instead.
 */
export function useApplyRunningLate(locationId: number) {
  const queryClient = useQueryClient();
  const reread = () => void queryClient.invalidateQueries({ queryKey: appointmentsKeys.ranges(locationId) });
  return useMutation({
    mutationFn: async (input: RunningLateApply) => {
      const stamp = nextStamp();
      const result = await call('runningLate.apply', input).catch((error: unknown) => {
        reread();
        throw error;
      });
      const known = result.outcomes.filter((outcome) => outcome.result !== 'unsure');
      patchAppointments(
        queryClient,
        locationId,
        known.flatMap((outcome) => outcome.appointment ?? []),
        stamp,
      );
      for (const outcome of known)
        if (outcome.result === 'moved')
          refreshClientCard(queryClient, locationId, outcome.appointment?.client?.id);
      if (known.length < result.outcomes.length) reread();
      return result;
    },
  });
}
