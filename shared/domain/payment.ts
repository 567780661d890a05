import type { Appointment } from './appointment';
import { sumMoney } from './money';

/**
 * Where an appointment stands with money, from Altegio's `paid_full`, `prepaid`, `prepaid_confirmed` and
 * the visit's finance transactions. `prepaymentDue`: an online prepayment was asked for and has not
 * arrived; `prepaid`: it arrived, the rest is paid at the desk.
 */
export type PaymentState = 'unpaid' | 'prepaymentDue' | 'prepaid' | 'partlyPaid' | 'paid';

/** What the appointment's visit has been paid so far (0 when the payments are not known). */
export function paidAmount(appointment: Pick<Appointment, 'payments'>): number {
  return sumMoney((appointment.payments ?? []).map((payment) => payment.amount));
}

export function paymentStateOf(
  appointment: Pick<Appointment, 'paidFull' | 'prepaid' | 'prepaidConfirmed' | 'payments'>,
): PaymentState {
  if (appointment.paidFull) return 'paid';
  if (appointment.prepaid) return appointment.prepaidConfirmed ? 'prepaid' : 'prepaymentDue';
  return paidAmount(appointment) > 0 ? 'partlyPaid' : 'unpaid';
}
