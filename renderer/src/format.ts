import { DateTime } from 'luxon';
import type { AppointmentStatus } from '../../shared/domain/appointment';
import { i18n } from './i18n';

const messages = i18n('common/format', {
  waiting: 'Waiting',
  confirmed: 'Confirmed',
  arrived: 'Arrived',
  noShow: 'No-show',
});

/** The words for an appointment's status, wherever one is shown (in the language shown when read). */
export const statusNames: Record<AppointmentStatus, string> = {
  get waiting() {
    return messages.get().waiting;
  },
  get confirmed() {
    return messages.get().confirmed;
  },
  get arrived() {
    return messages.get().arrived;
  },
  get 'no-show'() {
    return messages.get().noShow;
  },
};

/** "Tue 2 Feb 2027, 10:00" in the location's zone. */
export function formatWhen(iso: string, zone: string): string {
  return DateTime.fromISO(iso).setZone(zone).toFormat('ccc d LLL yyyy, HH:mm');
}
