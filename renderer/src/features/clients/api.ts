import { useQuery } from '@tanstack/react-query';
import { call } from '../../api';

export const clientsKeys = {
  search: (locationId: number, text: string) => ['clients', locationId, 'search', text] as const,
  recentVisits: (locationId: number, clientId: number) =>
    ['clients', locationId, 'recentVisits', clientId] as const,
};

/** Type-ahead over Altegio's clients (name, phone, card); idle until there are two characters. */
export function useClientSearch(locationId: number, text: string) {
  const query = text.trim();
  return useQuery({
    queryKey: clientsKeys.search(locationId, query),
    queryFn: () => call('clients.search', { locationId, text: query }),
    enabled: query.length >= 2,
    staleTime: 30_000,
  });
}

export function useRecentVisits(locationId: number, clientId: number) {
  return useQuery({
    queryKey: clientsKeys.recentVisits(locationId, clientId),
    queryFn: () => call('clients.recentVisits', { locationId, clientId, limit: 5 }),
  });
}
