import type { Appointment } from '../../../../shared/domain/appointment';
import {
  appointmentTotal,
  paidAmount,
  paymentStateOf,
  type PaymentState,
} from '../../../../shared/domain/payment';
import { formatMoney } from '../../money';

export { appointmentTotal };
export { formatWhen, statusNames } from '../../format';

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
