import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { VisitView } from '../../../../shared/contract/visits';
import type { VisitUpdate } from '../../../../shared/domain/visit';
import { call } from '../../api';
import { nextStamp, patchAppointments } from '../appointments';
import { refreshClientCard } from '../clients';

export interface VisitKey {
  locationId: number;
  visitId: number;
  appointmentId: number;
}

export const visitsKeys = {
  one: ({ locationId, visitId, appointmentId }: VisitKey) =>
    ['visits', locationId, visitId, appointmentId] as const,
};

/** A visit with what was sold and paid; read afresh each time the dialog opens. */
export function useVisit(key: VisitKey) {
  return useQuery({
    queryKey: visitsKeys.one(key),
    queryFn: () => call('visits.get', key),
    staleTime: 0,
    refetchOnMount: 'always',
  });
}

/**
 * Saves attendance and the comment. Altegio answers with the visit's appointments as it now has them:
 * they go straight into the calendar's cache (stamped when the save began, so an older poll cannot put
 * the old status back), and the dialog shows the reply.
 */
export function useUpdateVisit(key: VisitKey) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (update: VisitUpdate) => {
      const stamp = nextStamp();
      const visit = await call('visits.update', { ...key, update });
      patchAppointments(queryClient, key.locationId, visit.appointments, stamp);
      for (const appointment of visit.appointments)
        refreshClientCard(queryClient, key.locationId, appointment.client?.id);
      queryClient.setQueryData<VisitView>(visitsKeys.one(key), (old) => (old ? { ...old, visit } : old));
      return visit;
    },
  });
}

export function useSaveReceipt(key: VisitKey) {
  return useMutation({ mutationFn: () => call('visits.saveReceipt', key) });
}

export function useOpenReceipt(key: VisitKey) {
  return useMutation({ mutationFn: () => call('visits.openReceipt', key) });
}
