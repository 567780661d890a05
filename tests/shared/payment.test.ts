import { describe, expect, it } from 'vitest';
import { paidAmount, paymentStateOf } from '../../shared/domain/payment';

const base = { id: 5, paidFull: false, prepaid: false, prepaidConfirmed: false, payments: null };

describe('payment state', () => {
  it('reads Altegio’s flags and the visit’s payments', () => {
    expect(paymentStateOf(base)).toBe('unpaid');
    expect(paymentStateOf({ ...base, payments: [] })).toBe('unpaid');
    expect(paymentStateOf({ ...base, payments: [{ id: 1, amount: 20, appointmentId: 5 }] })).toBe(
      'partlyPaid',
    );
    expect(
      paymentStateOf({ ...base, paidFull: true, payments: [{ id: 1, amount: 60, appointmentId: null }] }),
    ).toBe('paid');
    expect(paymentStateOf({ ...base, prepaid: true })).toBe('prepaymentDue');
    expect(
      paymentStateOf({
        ...base,
        prepaid: true,
        prepaidConfirmed: true,
        payments: [{ id: 2, amount: 18, appointmentId: 5 }],
      }),
    ).toBe('prepaid');
    // Paid in full wins over how it started.
    expect(paymentStateOf({ ...base, prepaid: true, prepaidConfirmed: true, paidFull: true })).toBe('paid');
  });

  it('counts only what was paid for this appointment of the visit', () => {
    const visitPayments = [
      { id: 1, amount: 40, appointmentId: 6 },
      { id: 2, amount: 10, appointmentId: 5 },
    ];
    expect(paidAmount({ id: 5, payments: visitPayments })).toBe(10);
    expect(paymentStateOf({ ...base, id: 7, payments: visitPayments })).toBe('unpaid');
  });

  it('adds the payments up to the cent', () => {
    expect(
      paidAmount({
        id: 5,
        payments: [
          { id: 1, amount: 0.1, appointmentId: 5 },
          { id: 2, amount: 0.2, appointmentId: null },
        ],
      }),
    ).toBe(0.3);
    expect(paidAmount({ id: 5, payments: null })).toBe(0);
  });
});
