import { useQuery } from '@tanstack/react-query';
import type { SlotCheckRequest } from '../../../../shared/contract/availability';
import { call } from '../../api';

export const availabilityKeys = {
  all: (locationId: number) => ['availability', locationId] as const,
  times: (locationId: number, teamMemberId: number, date: string, serviceIds: readonly number[]) =>
    ['availability', locationId, 'times', teamMemberId, date, serviceIds.join(',')] as const,
  dates: (locationId: number, teamMemberId: number, from: string, serviceIds: readonly number[]) =>
    ['availability', locationId, 'dates', teamMemberId, from, serviceIds.join(',')] as const,
};

export function useFreeTimes(locationId: number, teamMemberId: number, date: string, serviceIds: number[]) {
  return useQuery({
    queryKey: availabilityKeys.times(locationId, teamMemberId, date, serviceIds),
    queryFn: () => call('availability.times', { locationId, teamMemberId, date, serviceIds }),
  });
}

export function useBookableDates(
  locationId: number,
  teamMemberId: number,
  from: string,
  serviceIds: number[],
) {
  return useQuery({
    queryKey: availabilityKeys.dates(locationId, teamMemberId, from, serviceIds),
    queryFn: () => call('availability.dates', { locationId, teamMemberId, serviceIds, from }),
  });
}

/**
 * The check before booking: the problem when book_check clearly says no, else null. Not knowing (no
 * network, no services to ask about) never stops a save.
 */
export async function slotProblem(request: SlotCheckRequest) {
  if (request.serviceIds.length === 0) return null;
  try {
    const verdict = await call('availability.check', request);
    return verdict.bookable ? null : verdict.problem;
  } catch {
    return null;
  }
}
