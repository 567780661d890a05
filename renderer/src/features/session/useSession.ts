import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Location } from '../../../../shared/domain/location';
import type { SessionState, SignInInput } from '../../../../shared/domain/session';
import { call, subscribe } from '../../api';

export const sessionKeys = { all: ['session'] as const };

/** The session as main sees it; main pushes every change (sign-in, location, expiry). */
export function useSession() {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: sessionKeys.all,
    queryFn: () => call('session.get'),
    staleTime: Infinity,
  });

  useEffect(() => {
    const stopChanged = subscribe('session.changed', (next) =>
      queryClient.setQueryData(sessionKeys.all, next),
    );
    // Altegio refused the token mid-work: show the sign-in dialog at once, over the open screen.
    const stopExpired = subscribe('session.expired', ({ reason }) =>
      queryClient.setQueryData<SessionState>(sessionKeys.all, (known) =>
        known ? { ...known, signedIn: false, endedBecause: reason } : known,
      ),
    );
    return () => {
      stopChanged();
      stopExpired();
    };
  }, [queryClient]);

  const apply = (next: SessionState) => queryClient.setQueryData(sessionKeys.all, next);
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
