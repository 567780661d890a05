import { DateTime } from 'luxon';
import type { WalkInBooked } from '../../../../shared/contract/walkIn';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { isolate } from '../../components/isolate';
import type { Notice } from '../../components/NoticeBar';
import { i18n, params } from '../../i18n';

const messages = i18n('walkIn/walkInNotice', {
  someone: 'the team member',
  booked: params('Walk-in booked with {who} at {time}.'),
  inComment: params(
    'Walk-in booked with {who} at {time}. This account may not make labels, so it is marked “Walk-in” in its comment instead.',
  ),
});

/** What the desk is told once a walk-in is booked. */
export function walkInNotice(
  appointment: Appointment,
  markedBy: WalkInBooked['markedBy'],
  zone: string,
  teamMembers: readonly TeamMember[],
): Notice {
  const name = teamMembers.find((member) => member.id === appointment.teamMemberId)?.name;
  const t = messages.get();
  const who = name === undefined ? t.someone : isolate(name);
  const time = DateTime.fromISO(appointment.start).setZone(zone).toFormat('HH:mm');
  return markedBy === 'label'
    ? { severity: 'success', message: t.booked({ who, time }) }
    : { severity: 'warning', message: t.inComment({ who, time }) };
}
