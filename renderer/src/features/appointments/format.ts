import { DateTime } from 'luxon';
import type { Appointment, AppointmentStatus } from '../../../../shared/domain/appointment';

export const statusNames: Record<AppointmentStatus, string> = {
  waiting: 'Waiting',
  confirmed: 'Confirmed',
  arrived: 'Arrived',
  'no-show': 'No-show',
};

const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

export function formatAmount(value: number): string {
  return money.format(value);
}

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
  return appointment.services.reduce((sum, service) => sum + service.cost * (service.amount || 1), 0);
}
