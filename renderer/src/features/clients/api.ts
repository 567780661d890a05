import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ClientCard, ClientUpdateRequest } from '../../../../shared/contract/clients';
import type { Client, ClientComment } from '../../../../shared/domain/client';
import { call } from '../../api';

export const clientsKeys = {
  all: (locationId: number) => ['clients', locationId] as const,
  search: (locationId: number, text: string) => ['clients', locationId, 'search', text] as const,
  card: (locationId: number, clientId: number) => ['clients', locationId, 'card', clientId] as const,
  comments: (locationId: number, clientId: number) => ['clients', locationId, 'comments', clientId] as const,
};

/** A card is read afresh when it opens; while it is open, a minute is fresh enough. */
const CARD_STALE_MS = 60_000;

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

/**
 * The client, their last visits, upcoming appointments and no-shows: one read for the card, the booking
 * alerts and the booking dialog's last visits.
 */
export function useClientDetails(locationId: number, clientId: number | null) {
  return useQuery({
    queryKey: clientsKeys.card(locationId, clientId ?? 0),
    queryFn: () => call('clients.card', { locationId, clientId: clientId ?? 0 }),
    enabled: clientId !== null,
    staleTime: CARD_STALE_MS,
  });
}

/** The client's visits or appointments changed here: the card and the alerts read them again. */
export function refreshClientCard(
  queryClient: QueryClient,
  locationId: number,
  clientId: number | undefined,
) {
  if (clientId !== undefined)
    void queryClient.invalidateQueries({ queryKey: clientsKeys.card(locationId, clientId) });
}

export function useClientComments(locationId: number, clientId: number) {
  return useQuery({
    queryKey: clientsKeys.comments(locationId, clientId),
    queryFn: () => call('clients.comments', { locationId, clientId }),
    staleTime: CARD_STALE_MS,
  });
}

/**
 * Saves the card's edits. The card and search results show the saved client at once; `onSaved` lets the
 * caller update what else shows the client (the calendar's appointments).
 */
export function useUpdateClient(locationId: number, clientId: number, onSaved?: (client: Client) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: Omit<ClientUpdateRequest, 'locationId' | 'clientId'>) =>
      call('clients.update', { locationId, clientId, ...request }),
    onSuccess: (client) => {
      queryClient.setQueryData<ClientCard>(clientsKeys.card(locationId, clientId), (card) =>
        card ? { ...card, client } : card,
      );
      void queryClient.invalidateQueries({ queryKey: ['clients', locationId, 'search'] });
      onSaved?.(client);
    },
  });
}

/** Adds a note to the card; the list shows it first, and is read again to agree with Altegio. */
export function useAddClientComment(locationId: number, clientId: number) {
  const queryClient = useQueryClient();
  const key = clientsKeys.comments(locationId, clientId);
  return useMutation({
    mutationFn: (text: string) => call('clients.addComment', { locationId, clientId, text }),
    onSuccess: (comment) => {
      queryClient.setQueryData<ClientComment[]>(key, (list) => [comment, ...(list ?? [])]);
    },
    // A lost answer may still have saved the note: the list, read again, tells.
    onError: () => void queryClient.invalidateQueries({ queryKey: key }),
  });
}
