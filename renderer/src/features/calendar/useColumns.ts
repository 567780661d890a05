import { useMemo } from 'react';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { atLocation, usePreferences } from '../preferences';
import type { CalendarViewKind } from './views';

/**
 * The calendar's columns: the team members this desk shows at this location (a preference), or the one
 * member a member-week view is about.
 */
export function useColumns({
  locationId,
  teamMembers,
  view,
  focusedMemberId,
}: {
  locationId: number;
  teamMembers: readonly TeamMember[];
  view: CalendarViewKind;
  focusedMemberId: number | null;
}) {
  const { preferences, update } = usePreferences();
  const hiddenIds = useMemo(
    () => preferences.hiddenTeamMembers[String(locationId)] ?? [],
    [preferences, locationId],
  );
  const visibleIds = useMemo(
    () => teamMembers.filter((member) => !hiddenIds.includes(member.id)).map((member) => member.id),
    [teamMembers, hiddenIds],
  );
  const focusedMember = teamMembers.find((member) => member.id === focusedMemberId) ?? teamMembers[0];

  const resources = useMemo(() => {
    const shown =
      view === 'memberWeek'
        ? focusedMember
          ? [focusedMember]
          : []
        : teamMembers.filter((member) => visibleIds.includes(member.id));
    return shown.map((member, index) => ({ id: String(member.id), title: member.name, order: index }));
  }, [view, focusedMember, teamMembers, visibleIds]);

  /** Shows these members' columns and hides the others, at this location only. */
  const showOnly = (ids: number[]) =>
    update({
      hiddenTeamMembers: atLocation(
        preferences.hiddenTeamMembers,
        locationId,
        teamMembers.filter((member) => !ids.includes(member.id)).map((member) => member.id),
      ),
    });

  return { visibleIds, focusedMember, resources, showOnly };
}
