import type { Appointment } from './appointment';
import { sumMoney, timesQuantity } from './money';

/**
 * Where an appointment stands with money, from Altegio's `paid_full`, `prepaid`, `prepaid_confirmed` and
 * the visit's finance transactions. `prepaymentDue`: an online prepayment was asked for and has not
 * arrived; `prepaid`: it arrived, the rest is paid at the desk.
 */
export type PaymentState = 'unpaid' | 'prepaymentDue' | 'prepaid' | 'partlyPaid' | 'paid';

/**
 * What an appointment costs: every service at its final price times its amount. The one formula for the
 * calendar, the drawer, the day summary and the client card.
 */
export function appointmentTotal(appointment: Pick<Appointment, 'services'>): number {
  return sumMoney(appointment.services.map((service) => timesQuantity(service.cost, service.amount || 1)));
}

/**
 * What has been paid for this appointment (0 when the payments are not known). A visit's payments come
 * with each of its appointments; one made for another appointment of the visit is not this one's.
 */
export function paidAmount(appointment: Pick<Appointment, 'id' | 'payments'>): number {
  const own = (appointment.payments ?? []).filter(
    (payment) => payment.appointmentId === null || payment.appointmentId === appointment.id,
  );
  return sumMoney(own.map((payment) => payment.amount));
}

export function paymentStateOf(
  appointment: Pick<Appointment, 'id' | 'paidFull' | 'prepaid' | 'prepaidConfirmed' | 'payments'>,
): PaymentState {
  if (appointment.paidFull) return 'paid';
  if (appointment.prepaid) return appointment.prepaidConfirmed ? 'prepaid' : 'prepaymentDue';
  return paidAmount(appointment) > 0 ? 'partlyPaid' : 'unpaid';
}
