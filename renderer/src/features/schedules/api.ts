import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ScheduleOverview } from '../../../../shared/domain/schedule';
import { call } from '../../api';

/** Walking the coming group events costs several requests: the list stays fresh for a minute. */
const LIST_STALE_MS = 60_000;
const EVENTS_STALE_MS = 30_000;

export const schedulesKeys = {
  all: (locationId: number) => ['schedules', locationId] as const,
  list: (locationId: number) => ['schedules', locationId, 'list'] as const,
  forEvent: (locationId: number, eventId: number) => ['schedules', locationId, 'forEvent', eventId] as const,
  preview: (locationId: number, eventId: number, clientId: number | null) =>
    ['schedules', locationId, 'preview', eventId, clientId] as const,
  groupEvents: (locationId: number, from: string, to: string) =>
    ['schedules', locationId, 'groupEvents', from, to] as const,
};

/** The location's schedules and the group events that do not repeat yet. */
export function useSchedules(locationId: number, { afresh = false } = {}) {
  return useQuery({
    queryKey: schedulesKeys.list(locationId),
    queryFn: () => call('schedules.list', { locationId }),
    staleTime: LIST_STALE_MS,
    refetchOnMount: afresh ? 'always' : true,
  });
}

/** The schedule a group event belongs to (null for a one-off); idle without an event. */
export function useScheduleForEvent(locationId: number, eventId: number | null) {
  return useQuery({
    queryKey: schedulesKeys.forEvent(locationId, eventId ?? 0),
    queryFn: () => call('schedules.forEvent', { locationId, eventId: eventId ?? 0 }),
    enabled: eventId !== null,
  });
}

/** The group events of some days, with capacity and how many are booked (the calendar's fill). */
export function useGroupEvents(locationId: number, from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: schedulesKeys.groupEvents(locationId, from, to),
    queryFn: () => call('schedules.groupEvents', { locationId, from, to }),
    staleTime: EVENTS_STALE_MS,
    enabled,
  });
}

/** Every future date of every series, marked for one client (or for anyone). Always read afresh. */
export function usePreview(locationId: number, overview: ScheduleOverview, clientId: number | null) {
  return useQuery({
    queryKey: schedulesKeys.preview(locationId, overview.schedule.eventId, clientId),
    queryFn: () =>
      call('schedules.preview', {
        locationId,
        eventId: overview.schedule.eventId,
        scheduleId: overview.schedule.id,
        clientId,
      }),
    staleTime: 0,
    gcTime: 0,
  });
}

/** Any change to a schedule: the answer (the schedule as it now is) replaces it in the list. */
export function useScheduleChange<Variables, Result>(
  locationId: number,
  change: (variables: Variables) => Promise<Result>,
  overviewOf: (result: Result) => ScheduleOverview | null,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (result) => {
      const overview = overviewOf(result);
      if (overview) {
        queryClient.setQueryData<{ schedules: ScheduleOverview[] } & Record<string, unknown>>(
          schedulesKeys.list(locationId),
          (list) =>
            list && {
              ...list,
              schedules: list.schedules.some((s) => s.schedule.id === overview.schedule.id)
                ? list.schedules.map((s) => (s.schedule.id === overview.schedule.id ? overview : s))
                : [...list.schedules, overview],
            },
        );
      }
      // Previews, the drawer's schedule and the calendar's fill follow from any change; the list (a walk of
      // many requests) has the answer already and is read again only when it is next shown.
      void queryClient.invalidateQueries({ queryKey: [...schedulesKeys.all(locationId), 'preview'] });
      void queryClient.invalidateQueries({ queryKey: [...schedulesKeys.all(locationId), 'groupEvents'] });
      void queryClient.invalidateQueries({ queryKey: [...schedulesKeys.all(locationId), 'forEvent'] });
      void queryClient.invalidateQueries({ queryKey: schedulesKeys.list(locationId), refetchType: 'none' });
    },
  });
}
