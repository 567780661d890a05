import { DateTime } from 'luxon';
import type { WalkInBooked } from '../../../../shared/contract/walkIn';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { isolate } from '../../components/isolate';
import type { Notice } from '../../components/NoticeBar';

/** What the desk is told once a walk-in is booked. */
export function walkInNotice(
  appointment: Appointment,
  markedBy: WalkInBooked['markedBy'],
  zone: string,
  teamMembers: readonly TeamMember[],
): Notice {
  const name = teamMembers.find((member) => member.id === appointment.teamMemberId)?.name;
  const who = name === undefined ? 'the team member' : isolate(name);
  const at = DateTime.fromISO(appointment.start).setZone(zone).toFormat('HH:mm');
  return markedBy === 'label'
    ? { severity: 'success', message: `Walk-in booked with ${who} at ${at}.` }
    : {
        severity: 'warning',
        message: `Walk-in booked with ${who} at ${at}. This account may not make labels, so it is marked “Walk-in” in its comment instead.`,
      };
}
