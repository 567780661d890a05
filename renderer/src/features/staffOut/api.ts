import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StaffOutApply, StaffOutRequest } from '../../../../shared/contract/staffOut';
import type { Appointment } from '../../../../shared/domain/appointment';
import { call } from '../../api';
import { appointmentsKeys, findAppointment, nextStamp, patchAppointments } from '../appointments';
import { availabilityKeys } from '../availability';
import { refreshClientCard } from '../clients';

const staffOutKeys = {
  all: (locationId: number) => ['staffOut', locationId] as const,
  plan: (request: StaffOutRequest) =>
    [
      ...staffOutKeys.all(request.locationId),
      'plan',
      request.teamMemberId,
      request.from,
      request.to,
      request.appointmentIds ?? null,
    ] as const,
};

/** The member's appointments with their proposals, read afresh each time (another desk keeps booking). */
export function useStaffOutPlan(request: StaffOutRequest | null) {
  return useQuery({
    queryKey: request ? staffOutKeys.plan(request) : ['staffOut', 'none'],
    queryFn: () => (request ? call('staffOut.plan', request) : Promise.reject(new Error('No member chosen'))),
    enabled: request !== null,
    staleTime: 0,
    refetchOnMount: 'always',
  });
}

/**
 * Applies the changes; what moved or was cancelled goes into the calendar's cached ranges at once, and
 * the plan is read again so only what is left stays in the table.
 */
export function useApplyStaffOut(locationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (changes: StaffOutApply['changes']) => {
      const stamp = nextStamp();
      const result = await call('staffOut.apply', { locationId, changes });
      const saved = result.outcomes.flatMap((outcome): Appointment[] =>
        outcome.appointment ? [outcome.appointment] : [],
      );
      patchAppointments(queryClient, locationId, saved, stamp);
      for (const appointment of saved) refreshClientCard(queryClient, locationId, appointment.client?.id);
      // Where an unsure one is now only Altegio can say: the calendar reads it again.
      if (result.outcomes.some((outcome) => outcome.result === 'unsure')) {
        void queryClient.invalidateQueries({ queryKey: appointmentsKeys.ranges(locationId) });
      }
      return result;
    },
    // Nothing came back, yet some changes may have been made: the calendar and the cards read again.
    onError: (_error, changes) => {
      for (const { id } of changes) {
        refreshClientCard(queryClient, locationId, findAppointment(queryClient, locationId, id)?.client?.id);
      }
      void queryClient.invalidateQueries({ queryKey: appointmentsKeys.ranges(locationId) });
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: staffOutKeys.all(locationId) });
      // Free times follow who is booked when.
      void queryClient.invalidateQueries({ queryKey: availabilityKeys.all(locationId) });
    },
  });
}
