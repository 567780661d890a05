import { DateTime } from 'luxon';
import type { AppointmentStatus } from '../../shared/domain/appointment';
import { i18n } from './i18n';

const messages = i18n('common/format', {
  waiting: 'Waiting',
  confirmed: 'Confirmed',
  arrived: 'Arrived',
  noShow: 'No-show',
  // Luxon formats word for word: Spanish needs its own pattern ("martes, 13 de enero").
  longDay: 'cccc d LLLL',
  longDayYear: 'cccc d LLLL yyyy',
  shortWhen: 'ccc d LLL, HH:mm',
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

/** "Tue 2 Feb, 10:00" in the location's zone, as the language shown writes it. */
export function shortWhen(iso: string, zone: string): string {
  return DateTime.fromISO(iso).setZone(zone).toFormat(messages.get().shortWhen);
}

/** "Tuesday 13 January" (2027 with `withYear`): a day named in full, as the language shown writes it. */
export function longDay(day: DateTime, withYear = false): string {
  const t = messages.get();
  return day.toFormat(withYear ? t.longDayYear : t.longDay);
}
