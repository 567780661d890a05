import { useQuery } from '@tanstack/react-query';
import { call } from '../../api';

/** The catalogue changes rarely: cached for the session, refreshed in the background after five minutes. */
const SERVICES_STALE_MS = 5 * 60_000;

export const servicesKeys = {
  all: (locationId: number) => ['services', locationId] as const,
};

export function useServices(locationId: number) {
  return useQuery({
    queryKey: servicesKeys.all(locationId),
    queryFn: () => call('services.list', { locationId }),
    staleTime: SERVICES_STALE_MS,
  });
}
