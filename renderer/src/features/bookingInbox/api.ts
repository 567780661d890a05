import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BookingInbox } from '../../../../shared/contract/bookingInbox';
import { call } from '../../api';
import { onLiveBatch } from '../appointments';

export const bookingInboxKeys = {
  list: (locationId: number) => ['bookingInbox', locationId] as const,
};

/** This desk's inbox of online bookings at a location. */
export function useBookingInbox(locationId: number) {
  return useQuery({
    queryKey: bookingInboxKeys.list(locationId),
    queryFn: () => call('bookingInbox.list', { locationId }),
  });
}

/**
 * Keeps the inbox current with the calendar's live updates: a batch that brings an online booking
 * makes the inbox read again (no second poller).
 */
export function useInboxFollowsLiveUpdates(locationId: number): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onLiveBatch(queryClient, (batchLocation, appointments) => {
        if (batchLocation === locationId && appointments.some((appointment) => appointment.online))
          void queryClient.invalidateQueries({ queryKey: bookingInboxKeys.list(locationId) });
      }),
    [queryClient, locationId],
  );
}

export type Acknowledgement =
  { kind: 'one'; appointmentId: number; lastChangedAt: string } | { kind: 'all'; upTo: string };

/** Acknowledges one item, or everything shown; the item leaves the list at once, then the list is read again. */
export function useAcknowledge(locationId: number) {
  const queryClient = useQueryClient();
  const key = bookingInboxKeys.list(locationId);
  return useMutation({
    mutationFn: (request: Acknowledgement) =>
      request.kind === 'one'
        ? call('bookingInbox.acknowledge', {
            locationId,
            appointmentId: request.appointmentId,
            lastChangedAt: request.lastChangedAt,
          })
        : call('bookingInbox.acknowledgeAll', { locationId, upTo: request.upTo }),
    onSuccess: (_none, request) => {
      queryClient.setQueryData<BookingInbox>(
        key,
        (inbox) =>
          inbox && {
            ...inbox,
            items:
              request.kind === 'one'
                ? inbox.items.filter(
                    (item) =>
                      item.appointmentId !== request.appointmentId ||
                      item.lastChangedAt !== request.lastChangedAt,
                  )
                : inbox.items.filter((item) => Date.parse(item.lastChangedAt) > Date.parse(request.upTo)),
          },
      );
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}
