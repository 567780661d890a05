import { useQuery } from '@tanstack/react-query';
import { call, queryKeys } from '../../api';

/** The catalogue changes rarely: cached for the session, refreshed in the background after five minutes. */
const CATALOG_STALE_MS = 5 * 60_000;

/** What the booking dialog offers: team, services, appointment labels and custom fields. */
export function useCatalog(locationId: number) {
  const team = useQuery({ queryKey: queryKeys.team(locationId), queryFn: () => call('team.list') });
  const services = useQuery({
    queryKey: queryKeys.services(locationId),
    queryFn: () => call('catalog.services'),
    staleTime: CATALOG_STALE_MS,
  });
  const labels = useQuery({
    queryKey: queryKeys.labels(locationId),
    queryFn: () => call('catalog.labels'),
    staleTime: CATALOG_STALE_MS,
  });
  const customFields = useQuery({
    queryKey: queryKeys.customFields(locationId),
    queryFn: () => call('catalog.customFields'),
    staleTime: CATALOG_STALE_MS,
  });
  const queries = [team, services, labels, customFields];
  return {
    teamMembers: team.data,
    services: services.data,
    labels: labels.data,
    customFields: customFields.data,
    ready: queries.every((query) => query.isSuccess),
    error: queries.find((query) => query.error)?.error ?? null,
    retry: () => queries.forEach((query) => void query.refetch()),
  };
}
