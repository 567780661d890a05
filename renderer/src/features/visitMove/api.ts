import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { VisitMoveApply, VisitMoveRequest } from '../../../../shared/contract/visitMove';
import type { Appointment } from '../../../../shared/domain/appointment';
import { call } from '../../api';
import { appointmentsKeys, nextStamp, patchAppointments } from '../appointments';
import { refreshClientCard } from '../clients';

export const visitMoveKeys = {
  preview: (request: VisitMoveRequest) =>
    [
      'visitMove',
      request.locationId,
      'preview',
      request.appointmentId,
      request.offset.days,
      request.offset.minutes,
    ] as const,
};

/** Where the visit would go by `offset`, read afresh (another desk may book meanwhile). */
export function useVisitMovePreview(request: VisitMoveRequest, enabled: boolean) {
  return useQuery({
    queryKey: visitMoveKeys.preview(request),
    queryFn: () => call('visitMove.preview', request),
    enabled,
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

/**
 * Moves the visit; every appointment the reply carries (moved, put back or stranded) goes into the
 * calendar's cache at once, stamped from before the request began. Where Altegio's state is not known
 * (an `unsure` outcome, or the call itself failed), the calendar reads its days again instead.
 */
export function useApplyVisitMove(locationId: number) {
  const queryClient = useQueryClient();
  const reread = (clientId: number | undefined) => {
    void queryClient.invalidateQueries({ queryKey: appointmentsKeys.ranges(locationId) });
    refreshClientCard(queryClient, locationId, clientId);
  };
  return useMutation({
    mutationFn: async ({ input, clientId }: { input: VisitMoveApply; clientId: number | undefined }) => {
      const stamp = nextStamp();
      let result;
      try {
        result = await call('visitMove.apply', input);
      } catch (error) {
        reread(clientId);
        throw error;
      }
      const changed = result.outcomes.flatMap((o): Appointment[] =>
        o.appointment && o.result !== 'not-moved' && o.result !== 'unsure' ? [o.appointment] : [],
      );
      patchAppointments(queryClient, locationId, changed, stamp);
      if (result.outcomes.some((o) => o.result === 'unsure')) reread(clientId);
      else refreshClientCard(queryClient, locationId, clientId);
      return result;
    },
    // The visit's times changed, or another desk's did: no cached preview of this location still holds.
    onSettled: () => queryClient.removeQueries({ queryKey: ['visitMove', locationId], type: 'inactive' }),
  });
}
