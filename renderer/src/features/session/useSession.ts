import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Location } from '../../../../shared/domain/location';
import type { SessionState, SignInInput } from '../../../../shared/session';
import { call, queryKeys, subscribe } from '../../api';

/** The session as main sees it; main pushes every change (sign-in, location, expiry). */
export function useSession() {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.session,
    queryFn: () => call('session.get'),
    staleTime: Infinity,
  });

  useEffect(
    () => subscribe('session.changed', (next) => queryClient.setQueryData(queryKeys.session, next)),
    [queryClient],
  );

  const apply = (next: SessionState) => queryClient.setQueryData(queryKeys.session, next);
  const signIn = useMutation({
    mutationFn: (input: SignInInput) => call('session.signIn', input),
    onSuccess: apply,
  });
  const openDemo = useMutation({ mutationFn: () => call('session.openDemo'), onSuccess: apply });
  const signOut = useMutation({ mutationFn: () => call('session.signOut'), onSuccess: apply });
  const retryRestore = useMutation({ mutationFn: () => call('session.retryRestore'), onSuccess: apply });
  const selectLocation = useMutation({
    mutationFn: (locationId: number) => call('session.selectLocation', { locationId }),
    onSuccess: apply,
  });

  return { query, session: query.data, signIn, openDemo, signOut, selectLocation, retryRestore };
}

export function currentLocation(session: SessionState | undefined) {
  return session?.locations.find((location) => location.id === session.locationId) ?? null;
}

/**
 * The open location. While Altegio has ended the session and the sign-in dialog is up, it stays the last
 * one, so the screens underneath keep their state until the user is back.
 */
export function useOpenLocation(): Location | null {
  const { session } = useSession();
  const current = currentLocation(session);
  const [last, setLast] = useState<Location | null>(current);
  if (current && current !== last) setLast(current);
  const expired = session !== undefined && !session.signedIn && session.endedBecause !== null;
  return current ?? (expired ? last : null);
}
