import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WalkInBooked, WalkInBooking } from '../../../../shared/contract/walkIn';
import { call } from '../../api';
import { recordSave } from '../appointments';
import { labelsKeys } from '../labels';

export const walkInKeys = {
  all: (locationId: number) => ['walkIn', locationId] as const,
  find: (locationId: number, serviceIds: readonly number[], hours: number) =>
    ['walkIn', locationId, serviceIds.join(','), hours] as const,
};

/** Free times change by the minute: the open list is asked again this often. */
const REFRESH_MS = 60_000;

/** Who can take these services from now on; always asked afresh. */
export function useWalkInChoices(locationId: number, serviceIds: number[], withinHours: number) {
  return useQuery({
    queryKey: walkInKeys.find(locationId, serviceIds, withinHours),
    queryFn: () => call('walkIn.find', { locationId, serviceIds, withinHours }),
    enabled: serviceIds.length > 0,
    staleTime: 0,
    gcTime: 0,
    refetchInterval: REFRESH_MS,
  });
}

/** Books a walk-in; the appointment lands in the calendar's cache as a normal create does. */
export function useBookWalkIn(locationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (booking: Omit<WalkInBooking, 'locationId'>): Promise<WalkInBooked> => {
      let booked: WalkInBooked | null = null;
      await recordSave(queryClient, locationId, async () => {
        booked = await call('walkIn.book', { ...booking, locationId });
        return booked.appointment;
      });
      if (!booked) throw new Error('walkIn.book answered nothing');
      return booked;
    },
    // The Walk-in label may have just been made.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: labelsKeys.all(locationId) }),
  });
}
