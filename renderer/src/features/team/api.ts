import { useQuery, type QueryClient } from '@tanstack/react-query';
import { call } from '../../api';
import { keptTeam, keptWorkingHours, liveOrKept } from '../offline';

/** Working hours change rarely during a day: five minutes old is fresh enough for the shading. */
export const WORKING_HOURS_STALE_MS = 5 * 60_000;

export const teamKeys = {
  list: (locationId: number) => ['team', locationId, 'list'] as const,
  workingHours: (locationId: number, from: string, to: string) =>
    ['team', locationId, 'workingHours', from, to] as const,
};

/** The location's team members with a calendar column, in Altegio's order. */
export function useTeam(locationId: number) {
  return useQuery({
    queryKey: teamKeys.list(locationId),
    queryFn: () =>
      liveOrKept(
        () => call('team.list', { locationId }),
        () => keptTeam(locationId),
      ),
  });
}

export function fetchWorkingHours(queryClient: QueryClient, locationId: number, from: string, to: string) {
  return queryClient.fetchQuery({
    queryKey: teamKeys.workingHours(locationId, from, to),
    queryFn: () =>
      liveOrKept(
        () => call('team.workingHours', { locationId, from, to }),
        () => keptWorkingHours(locationId, from, to),
      ),
    staleTime: WORKING_HOURS_STALE_MS,
  });
}
