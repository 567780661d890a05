import type { TeamMember } from '../../../../shared/domain/teamMember';
import { isolate } from '../../components/isolate';
import { i18n } from '../../i18n';

const messages = i18n('rebook/memberName', {
  someone: 'the team member',
});

/** The member's name as the calendar knows it, else as online booking gave it, isolated. */
export function memberName(
  teamMemberId: number,
  teamMembers: readonly TeamMember[],
  fallback: string | null = null,
): string {
  const name = teamMembers.find((member) => member.id === teamMemberId)?.name ?? fallback;
  return name === null ? messages.get().someone : isolate(name);
}
