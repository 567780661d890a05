import type { Appointment, AppointmentStatus } from '../../../../shared/domain/appointment';
import { sumMoney } from '../../../../shared/domain/money';
import { appointmentTotal } from '../appointments';

export type SummaryStatus = AppointmentStatus | 'cancelled';

export const SUMMARY_STATUSES: readonly SummaryStatus[] = [
  'waiting',
  'confirmed',
  'arrived',
  'no-show',
  'cancelled',
];

export interface DaySummary {
  /** Appointments on the calendar (cancelled ones are not). */
  booked: number;
  counts: Record<SummaryStatus, number>;
  /** What the shown appointments cost, every service at its final price. */
  bookedTotal: number;
  /**
   * What their visits have been paid, each payment once: a visit of two appointments lists the same
   * payments on both.
   */
  paidTotal: number;
}

export function summarise(shown: readonly Appointment[], cancelled: readonly Appointment[]): DaySummary {
  const counts: Record<SummaryStatus, number> = {
    waiting: 0,
    confirmed: 0,
    arrived: 0,
    'no-show': 0,
    cancelled: cancelled.length,
  };
  const payments = new Map<number, number>();
  for (const appointment of shown) {
    counts[appointment.status] += 1;
    for (const payment of appointment.payments ?? []) payments.set(payment.id, payment.amount);
  }
  return {
    booked: shown.length,
    counts,
    bookedTotal: sumMoney(shown.map(appointmentTotal)),
    paidTotal: sumMoney(payments.values()),
  };
}
