import { describe, expect, it } from 'vitest';
import { summarise } from '../../renderer/src/features/daySummary/model';
import { appointment } from '../support/appointmentFixture';

const service = (cost: number) => ({
  id: 1,
  title: 'Cut',
  cost,
  firstCost: cost,
  discountPercent: 0,
  amount: 1,
});

describe('the day summary', () => {
  it('counts the shown appointments by status and the cancelled ones apart', () => {
    const summary = summarise(
      [
        appointment(1, { status: 'waiting' }),
        appointment(2, { status: 'arrived' }),
        appointment(3, { status: 'arrived' }),
        appointment(4, { status: 'no-show' }),
      ],
      [appointment(5, { deleted: true }), appointment(6, { deleted: true })],
    );
    expect(summary.booked).toBe(4);
    expect(summary.counts).toEqual({ waiting: 1, confirmed: 0, arrived: 2, 'no-show': 1, cancelled: 2 });
  });

  it('totals money in cents and counts a payment shared by a visit’s appointments once', () => {
    const shared = [{ id: 70, amount: 13.3, appointmentId: null }];
    const summary = summarise(
      [
        appointment(1, {
          services: [service(13.5), { ...service(13.5), id: 2, amount: 2 }],
          payments: shared,
        }),
        appointment(2, { services: [service(0.1)], payments: shared }),
        appointment(3, {
          services: [service(0.2)],
          payments: [{ id: 71, amount: 0.2, appointmentId: null }],
        }),
        appointment(4, { services: [service(9.99)], payments: null }),
      ],
      [
        appointment(5, {
          deleted: true,
          services: [service(100)],
          payments: [{ id: 72, amount: 100, appointmentId: null }],
        }),
      ],
    );
    expect(summary.bookedTotal).toBe(50.79);
    expect(summary.paidTotal).toBe(13.5);
  });
});
