import type { Appointment } from '../../../../shared/domain/appointment';
import { sumMoney, timesQuantity } from '../../../../shared/domain/money';
import { paidAmount, paymentStateOf, type PaymentState } from '../../../../shared/domain/payment';
import { formatMoney } from '../../money';

export { formatWhen, statusNames } from '../../format';

export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return `${rest} min`;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** What the appointment costs, every service at its final price times its amount. */
export const paymentStateNames: Record<PaymentState, string> = {
  unpaid: 'Not paid',
  prepaymentDue: 'Prepayment due',
  prepaid: 'Prepaid',
  partlyPaid: 'Paid in part',
  paid: 'Paid in full',
};

export function appointmentTotal(appointment: Appointment): number {
  return sumMoney(appointment.services.map((service) => timesQuantity(service.cost, service.amount || 1)));
}

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
