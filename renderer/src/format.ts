import { DateTime } from 'luxon';
import type { AppointmentStatus } from '../../shared/domain/appointment';

/** The words for an appointment's status, wherever one is shown. */
export const statusNames: Record<AppointmentStatus, string> = {
  waiting: 'Waiting',
  confirmed: 'Confirmed',
  arrived: 'Arrived',
  'no-show': 'No-show',
};

/** "Tue 2 Feb 2027, 10:00" in the location's zone. */
export function formatWhen(iso: string, zone: string): string {
  return DateTime.fromISO(iso).setZone(zone).toFormat('ccc d LLL yyyy, HH:mm');
}
