import { DateTime } from 'luxon';
import type { Appointment, AppointmentStatus } from '../../../../shared/domain/appointment';
import { sumMoney, timesQuantity } from '../../../../shared/domain/money';

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

export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return `${rest} min`;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** What the appointment costs, every service at its final price times its amount. */
export function appointmentTotal(appointment: Appointment): number {
  return sumMoney(appointment.services.map((service) => timesQuantity(service.cost, service.amount || 1)));
}
