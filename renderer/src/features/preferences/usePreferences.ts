import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { defaultPreferences } from '../../../../shared/domain/defaultPreferences';
import type { Preferences, PreferencesPatch } from '../../../../shared/domain/preferences';
import { call, subscribe } from '../../api';

export const preferencesKeys = { all: ['preferences'] as const };

/** The user's preferences, kept in main; changes made elsewhere arrive through preferences.changed. */
export function usePreferences() {
  const queryClient = useQueryClient();
  // Main announces every change (preferences.changed), so what was read once stays true: no refetch on mount
  // racing a change the user just made.
  const query = useQuery({
    queryKey: preferencesKeys.all,
    queryFn: () => call('preferences.get'),
    staleTime: Infinity,
  });

  useEffect(
    () => subscribe('preferences.changed', (next) => queryClient.setQueryData(preferencesKeys.all, next)),
    [queryClient],
  );

  const mutation = useMutation({
    mutationFn: (patch: PreferencesPatch) => call('preferences.set', patch),
    onMutate: async (patch) => {
      const previous = queryClient.getQueryData<Preferences>(preferencesKeys.all);
      // With nothing loaded yet there is nothing to lay the change over; the answer to set brings it all.
      if (!previous) return { previous };
      await queryClient.cancelQueries({ queryKey: preferencesKeys.all });
      queryClient.setQueryData(preferencesKeys.all, { ...previous, ...patch });
      return { previous };
    },
    onError: (_error, _patch, context) => {
      if (context?.previous) queryClient.setQueryData(preferencesKeys.all, context.previous);
    },
    onSuccess: (next) => queryClient.setQueryData(preferencesKeys.all, next),
  });

  return {
    preferences: query.data ?? defaultPreferences,
    loaded: query.isSuccess,
    error: query.error ?? mutation.error,
    update: mutation.mutate,
  };
}
