import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { VisitMoveApply, VisitMoveRequest } from '../../../../shared/contract/visitMove';
import type { Appointment } from '../../../../shared/domain/appointment';
import { call } from '../../api';
import { nextStamp, patchAppointments } from '../appointments';

export const visitMoveKeys = {
  preview: (request: VisitMoveRequest) =>
    ['visitMove', request.locationId, 'preview', request.appointmentId, request.offsetMinutes] as const,
};

/** Where the visit would go by `offsetMinutes`, read afresh (another desk may book meanwhile). */
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
 * calendar's cache at once, stamped from before the request began.
 */
export function useApplyVisitMove(locationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: VisitMoveApply) => {
      const stamp = nextStamp();
      const result = await call('visitMove.apply', input);
      const changed = result.outcomes.flatMap((o): Appointment[] =>
        o.appointment && o.result !== 'not-moved' ? [o.appointment] : [],
      );
      patchAppointments(queryClient, locationId, changed, stamp);
      return result;
    },
    // The visit's times changed, or another desk's did: no cached preview of this location still holds.
    onSettled: () => queryClient.removeQueries({ queryKey: ['visitMove', locationId], type: 'inactive' }),
  });
}
