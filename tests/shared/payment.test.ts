import { describe, expect, it } from 'vitest';
import { paidAmount, paymentStateOf } from '../../shared/domain/payment';

const base = { paidFull: false, prepaid: false, prepaidConfirmed: false, payments: null };

describe('payment state', () => {
  it('reads Altegio’s flags and the visit’s payments', () => {
    expect(paymentStateOf(base)).toBe('unpaid');
    expect(paymentStateOf({ ...base, payments: [] })).toBe('unpaid');
    expect(paymentStateOf({ ...base, payments: [{ id: 1, amount: 20 }] })).toBe('partlyPaid');
    expect(paymentStateOf({ ...base, paidFull: true, payments: [{ id: 1, amount: 60 }] })).toBe('paid');
    expect(paymentStateOf({ ...base, prepaid: true })).toBe('prepaymentDue');
    expect(
      paymentStateOf({ ...base, prepaid: true, prepaidConfirmed: true, payments: [{ id: 2, amount: 18 }] }),
    ).toBe('prepaid');
    // Paid in full wins over how it started.
    expect(paymentStateOf({ ...base, prepaid: true, prepaidConfirmed: true, paidFull: true })).toBe('paid');
  });

  it('adds the payments up to the cent', () => {
    expect(
      paidAmount({
        payments: [
          { id: 1, amount: 0.1 },
          { id: 2, amount: 0.2 },
        ],
      }),
    ).toBe(0.3);
    expect(paidAmount({ payments: null })).toBe(0);
  });
});
