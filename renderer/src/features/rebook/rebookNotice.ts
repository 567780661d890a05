import { DateTime } from 'luxon';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import type { Notice } from '../../components/NoticeBar';
import { longDay } from '../../format';
import { i18n, params } from '../../i18n';
import { memberName } from './memberName';

const messages = i18n('rebook/rebookNotice', {
  booked: params('Rebooked on {day} at {time} with {who}.'),
  show: 'Show',
});

/** What the desk is told once a rebooking is booked, with a way to see it in the calendar. */
export function rebookNotice(
  appointment: Appointment,
  zone: string,
  teamMembers: readonly TeamMember[],
  show: (appointment: Appointment) => void,
): Notice {
  const t = messages.get();
  const start = DateTime.fromISO(appointment.start).setZone(zone);
  return {
    severity: 'success',
    message: t.booked({
      day: longDay(start, true),
      time: start.toFormat('HH:mm'),
      who: memberName(appointment.teamMemberId, teamMembers),
    }),
    action: { label: t.show, run: () => show(appointment) },
  };
}
