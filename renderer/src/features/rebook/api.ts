import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RebookBooking, RebookSearch } from '../../../../shared/contract/rebook';
import type { Appointment } from '../../../../shared/domain/appointment';
import { call } from '../../api';
import { recordSave } from '../appointments';

export const rebookKeys = {
  all: (locationId: number) => ['rebook', locationId] as const,
  find: (locationId: number, appointmentId: number, weeks: number, search: RebookSearch) =>
    ['rebook', locationId, appointmentId, weeks, search] as const,
};

/** The free slot(s) `weeks` on; always asked afresh (free times change by the minute). */
export function useRebookProposals(
  locationId: number,
  appointmentId: number,
  weeks: number,
  search: RebookSearch,
) {
  return useQuery({
    queryKey: rebookKeys.find(locationId, appointmentId, weeks, search),
    queryFn: () => call('rebook.find', { locationId, appointmentId, weeks, search }),
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
}

/** Books the rebooking; the new appointment lands in the calendar's cache as a normal create does. */
export function useBookRebook(locationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (booking: Omit<RebookBooking, 'locationId'>): Promise<Appointment> => {
      let booked: Appointment | null = null;
      await recordSave(queryClient, locationId, async () => {
        booked = await call('rebook.book', { ...booking, locationId });
        return booked;
      });
      if (!booked) throw new Error('rebook.book answered nothing');
      return booked;
    },
  });
}
