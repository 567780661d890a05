import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { TeamHoursChange } from '../../../../shared/contract/teamHours';
import type { HoursSlot } from '../../../../shared/domain/teamHours';
import type { WorkingDay } from '../../../../shared/domain/teamMember';
import { call } from '../../api';
import { teamKeys } from '../team';

export const teamHoursKeys = {
  preview: (locationId: number, teamMemberId: number, date: string, slots: readonly HoursSlot[]) =>
    ['teamHours', locationId, 'preview', teamMemberId, date, slots] as const,
};

/** One member's hours on one date, read afresh each time the dialog opens (another desk may have changed them). */
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

/** Puts a saved day into every cached range that holds it, so the calendar's shading follows at once. */
export function patchWorkingDay(queryClient: QueryClient, locationId: number, saved: WorkingDay): void {
  queryClient.setQueriesData<WorkingDay[]>({ queryKey: ['team', locationId, 'workingHours'] }, (days) =>
    days?.map((day) => (day.teamMemberId === saved.teamMemberId && day.date === saved.date ? saved : day)),
  );
}

export function useSetTeamHours(locationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: TeamHoursChange) => call('teamHours.set', change),
    onSuccess: (saved) => patchWorkingDay(queryClient, locationId, saved),
  });
}
