import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { defaultPreferences, type Preferences, type PreferencesPatch } from '../../../../shared/preferences';
import { call, queryKeys, subscribe } from '../../api';

/** The user's preferences, kept in main; changes made elsewhere arrive through the settings.changed event. */
export function usePreferences() {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.preferences, queryFn: () => call('settings.get') });

  useEffect(
    () => subscribe('settings.changed', (next) => queryClient.setQueryData(queryKeys.preferences, next)),
    [queryClient],
  );

  const mutation = useMutation({
    mutationFn: (patch: PreferencesPatch) => call('settings.set', patch),
    onMutate: async (patch) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.preferences });
      const previous = queryClient.getQueryData<Preferences>(queryKeys.preferences);
      if (previous) queryClient.setQueryData(queryKeys.preferences, { ...previous, ...patch });
      return { previous };
    },
    onError: (_error, _patch, context) => {
      if (context?.previous) queryClient.setQueryData(queryKeys.preferences, context.previous);
    },
    onSuccess: (next) => queryClient.setQueryData(queryKeys.preferences, next),
  });

  return {
    preferences: query.data ?? defaultPreferences,
    loaded: query.isSuccess,
    error: query.error ?? mutation.error,
    update: mutation.mutate,
  };
}
