import { useQuery } from '@tanstack/react-query';
import type {
  OnlineDatesRequest,
  OnlineServicesRequest,
  OnlineTimesRequest,
} from '../../../../shared/contract/onlineBooking';
import { call } from '../../api';

/** What online booking offers changes with every booking made anywhere: read afresh on each visit. */
const ONLINE_STALE_MS = 30_000;

export const onlineBookingKeys = {
  all: (locationId: number) => ['onlineBooking', locationId] as const,
  services: ({ locationId, teamMemberId }: OnlineServicesRequest) =>
    ['onlineBooking', locationId, 'services', teamMemberId ?? 0] as const,
  /** Every team member, for the "By team member" picker; apart from the members of a chosen service. */
  team: (locationId: number) => ['onlineBooking', locationId, 'team'] as const,
  teamMembers: (locationId: number, serviceIds: readonly number[]) =>
    ['onlineBooking', locationId, 'teamMembers', serviceIds.join(',')] as const,
  dates: ({ locationId, teamMemberId, serviceIds, month }: OnlineDatesRequest) =>
    ['onlineBooking', locationId, 'dates', teamMemberId, serviceIds.join(','), month] as const,
  times: ({ locationId, teamMemberId, serviceIds, date }: OnlineTimesRequest) =>
    ['onlineBooking', locationId, 'times', teamMemberId, serviceIds.join(','), date] as const,
};

export function useOnlineServices(request: OnlineServicesRequest) {
  return useQuery({
    queryKey: onlineBookingKeys.services(request),
    queryFn: () => call('onlineBooking.services', request),
    staleTime: ONLINE_STALE_MS,
  });
}

/** Every team member, as online booking lists them before a service is chosen. */
export function useOnlineTeam(locationId: number, enabled: boolean) {
  return useQuery({
    queryKey: onlineBookingKeys.team(locationId),
    queryFn: () => call('onlineBooking.teamMembers', { locationId, serviceIds: [] }),
    staleTime: ONLINE_STALE_MS,
    enabled,
  });
}

/** Team members for the chosen services. */
export function useOnlineTeamMembers(locationId: number, serviceIds: number[], enabled: boolean) {
  return useQuery({
    queryKey: onlineBookingKeys.teamMembers(locationId, serviceIds),
    queryFn: () => call('onlineBooking.teamMembers', { locationId, serviceIds }),
    staleTime: ONLINE_STALE_MS,
    enabled,
  });
}

export function useOnlineDates(request: OnlineDatesRequest, enabled: boolean) {
  return useQuery({
    queryKey: onlineBookingKeys.dates(request),
    queryFn: () => call('onlineBooking.dates', request),
    staleTime: ONLINE_STALE_MS,
    enabled,
  });
}

export function useOnlineTimes(request: OnlineTimesRequest, enabled: boolean) {
  return useQuery({
    queryKey: onlineBookingKeys.times(request),
    queryFn: () => call('onlineBooking.times', request),
    staleTime: ONLINE_STALE_MS,
    enabled,
  });
}
