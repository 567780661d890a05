import { DateTime } from 'luxon';
import type { Appointment, AppointmentStatus } from '../../../../shared/domain/appointment';
import {
  appointmentTotal,
  paidAmount,
  paymentStateOf,
  type PaymentState,
} from '../../../../shared/domain/payment';
import { formatMoney } from '../../money';

export { appointmentTotal };

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

export const paymentStateNames: Record<PaymentState, string> = {
  unpaid: 'Not paid',
  prepaymentDue: 'Prepayment due',
  prepaid: 'Prepaid',
  partlyPaid: 'Paid in part',
  paid: 'Paid in full',
};

/** "Paid in part: $20 of $60", "Paid in full ($60)", "Prepayment due"… in the location's currency. */
export function paymentText(appointment: Appointment, currency: string): string {
  const state = paymentStateOf(appointment);
  const paid = paidAmount(appointment);
  const money = (amount: number) => formatMoney(amount, currency);
  if (state === 'partlyPaid')
    return `Paid in part: ${money(paid)} of ${money(appointmentTotal(appointment))}`;
  if ((state === 'paid' || state === 'prepaid') && paid > 0)
    return `${paymentStateNames[state]} (${money(paid)})`;
  return paymentStateNames[state];
}
