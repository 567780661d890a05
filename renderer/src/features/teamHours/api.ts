import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { TeamHoursChange } from '../../../../shared/contract/teamHours';
import type { HoursSlot } from '../../../../shared/domain/teamHours';
import type { WorkingDay } from '../../../../shared/domain/teamMember';
import { call } from '../../api';
import { availabilityKeys } from '../availability';
import { teamKeys } from '../team';

export const teamHoursKeys = {
  preview: (locationId: number, teamMemberId: number, date: string, slots: readonly HoursSlot[]) =>
    ['teamHours', locationId, 'preview', teamMemberId, date, slots] as const,
};

/**
 * One member's hours on one date, read afresh each time the dialog opens (another desk may have changed
 * them): the dialog edits only what `isFetchedAfterMount` says is this fresh read, never the cached copy.
 */
export function useDayHours(locationId: number, teamMemberId: number, date: string) {
  return useQuery({
    queryKey: teamKeys.workingHours(locationId, date, date),
    queryFn: () => call('team.workingHours', { locationId, from: date, to: date }),
    refetchOnMount: 'always',
    select: (days) => days.find((day) => day.teamMemberId === teamMemberId),
  });
}

/** The appointments the typed hours would leave outside working time (only for hours that are valid). */
export function useTeamHoursPreview(change: TeamHoursChange, enabled: boolean) {
  const { locationId, teamMemberId, date, slots } = change;
  return useQuery({
    queryKey: teamHoursKeys.preview(locationId, teamMemberId, date, slots),
    queryFn: () => call('teamHours.preview', change),
    enabled,
    staleTime: 0,
  });
}

/** Every cached range of the location's working hours (`teamKeys.workingHours` without its dates). */
const workingHoursOf = (locationId: number) => ['team', locationId, 'workingHours'] as const;

/**
 * Puts a saved day into every cached range that holds its date, so the calendar's shading follows at
 * once; ranges without the date are left as they are (undefined: their freshness is not restarted).
 */
export function patchWorkingDay(queryClient: QueryClient, locationId: number, saved: WorkingDay): void {
  for (const [key] of queryClient.getQueriesData<WorkingDay[]>({ queryKey: workingHoursOf(locationId) })) {
    const [from, to] = key.slice(3) as [unknown, unknown];
    if (typeof from !== 'string' || typeof to !== 'string' || saved.date < from || saved.date > to) continue;
    queryClient.setQueryData<WorkingDay[]>(key, (days) => {
      if (!days) return undefined;
      const same = (day: WorkingDay) => day.teamMemberId === saved.teamMemberId && day.date === saved.date;
      return days.some(same) ? days.map((day) => (same(day) ? saved : day)) : [...days, saved];
    });
  }
}

export function useSetTeamHours(locationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: TeamHoursChange) => call('teamHours.set', change),
    onSuccess: (saved) => {
      patchWorkingDay(queryClient, locationId, saved);
      // Free times (`availabilityKeys`) follow the member's hours.
      void queryClient.invalidateQueries({ queryKey: availabilityKeys.all(locationId) });
    },
    // Altegio may have taken the hours before the read-back failed: read them again.
    onError: () => void queryClient.invalidateQueries({ queryKey: workingHoursOf(locationId) }),
  });
}
