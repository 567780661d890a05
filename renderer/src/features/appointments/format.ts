import type { Appointment } from '../../../../shared/domain/appointment';
import {
  appointmentTotal,
  paidAmount,
  paymentStateOf,
  type PaymentState,
} from '../../../../shared/domain/payment';
import { i18n, params } from '../../i18n';
import { formatMoney } from '../../money';

const messages = i18n('appointments/format', {
  minutes: params('{minutes} min'),
  hours: params('{hours} h'),
  hoursMinutes: params('{hours} h {minutes} min'),
  unpaid: 'Not paid',
  prepaymentDue: 'Prepayment due',
  prepaid: 'Prepaid',
  partlyPaid: 'Paid in part',
  paid: 'Paid in full',
  paidInPart: params('Paid in part: {paid} of {total}'),
  withAmount: params('{state} ({paid})'),
});

export { appointmentTotal };
export { formatWhen, statusNames } from '../../format';

export function formatMinutes(minutes: number): string {
  const t = messages.get();
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return t.minutes({ minutes: rest });
  return rest ? t.hoursMinutes({ hours, minutes: rest }) : t.hours({ hours });
}

/** Each payment state's name in the language shown when read. */
export const paymentStateNames: Record<PaymentState, string> = {
  get unpaid() {
    return messages.get().unpaid;
  },
  get prepaymentDue() {
    return messages.get().prepaymentDue;
  },
  get prepaid() {
    return messages.get().prepaid;
  },
  get partlyPaid() {
    return messages.get().partlyPaid;
  },
  get paid() {
    return messages.get().paid;
  },
};

/** "Paid in part: $20 of $60", "Paid in full ($60)", "Prepayment due"… in the location's currency. */
export function paymentText(appointment: Appointment, currency: string): string {
  const state = paymentStateOf(appointment);
  const paid = paidAmount(appointment);
  const money = (amount: number) => formatMoney(amount, currency);
  const t = messages.get();
  if (state === 'partlyPaid')
    return t.paidInPart({ paid: money(paid), total: money(appointmentTotal(appointment)) });
  if ((state === 'paid' || state === 'prepaid') && paid > 0)
    return t.withAmount({ state: t[state], paid: money(paid) });
  return t[state];
}
