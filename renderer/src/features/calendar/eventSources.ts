import type { EventSourceFuncArg, EventSourceInput } from '@fullcalendar/core';
import type { QueryClient } from '@tanstack/react-query';
import { call, queryKeys } from '../../api';
import type { AppointmentRegistry } from './appointmentRegistry';
import { APPOINTMENT_SOURCE } from './applyAppointments';
import { toEventInput } from './appointmentEvent';
import { localRange } from './rangeOf';
import { offHoursEvents } from './workingHours';

export interface SourceDeps {
  locationId: number;
  zone: string;
  registry: AppointmentRegistry;
  queryClient: QueryClient;
  onError: (error: Error | null) => void;
}

/** FullCalendar asks for exactly the visible range; main fetches all its pages. */
export function createEventSources(deps: SourceDeps): EventSourceInput[] {
  const { locationId, zone, registry, queryClient, onError } = deps;
  return [
    {
      id: APPOINTMENT_SOURCE,
      events: async (info: EventSourceFuncArg) => {
        const range = localRange(info.startStr, info.endStr, zone);
        try {
          const batch = await queryClient.fetchQuery({
            queryKey: queryKeys.appointments(locationId, range.from, range.to),
            queryFn: () => call('appointments.list', range),
            staleTime: 0,
          });
          registry.cursor = batch.cursor;
          registry.clear();
          registry.put(batch.appointments);
          onError(null);
          return batch.appointments.map(toEventInput);
        } catch (error) {
          onError(error as Error);
          throw error;
        }
      },
    },
    {
      id: 'working-hours',
      events: async (info: EventSourceFuncArg) => {
        const range = localRange(info.startStr, info.endStr, zone);
        const days = await queryClient.fetchQuery({
          queryKey: queryKeys.workingHours(locationId, range.from, range.to),
          queryFn: () => call('team.workingHours', range),
          staleTime: 5 * 60_000,
        });
        return offHoursEvents(days, zone);
      },
    },
  ];
}
