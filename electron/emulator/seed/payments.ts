import type { Store } from '../store/store';
import { Random } from './random';
import type { SeededLocation } from './locationData';

const PREPAID_SHARE = 0.3;
const PREPAYMENT_RECEIVED_SHARE = 0.6;
const DEPOSIT_SHARE = 0.3;
const PART_PAID_SHARE = 0.06;

const cents = (amount: number) => Math.round(amount * 100) / 100;

/**
 * Money beyond "paid at the desk in full": some online bookings ahead ask for a prepayment (a deposit,
 * received for most), and a few past visits were paid only in part. Its own random stream and run last,
 * so every other seeded value and id stays as it was.
 */
export function seedPayments(store: Store, seeded: SeededLocation, nowMs: number, seed: number): void {
  const rng = new Random(seed * 31 + seeded.profile.location.id);
  for (const record of store.recordsOfLocation(seeded.profile.location.id)) {
    const visit = store.visits.get(record.visitId);
    if (!visit || record.deleted || !record.clientId) continue;
    const total = record.services.reduce((sum, s) => sum + s.cost * s.amount, 0);
    if (total <= 0) continue;
    if (record.startMs > nowMs && record.online && rng.chance(PREPAID_SHARE)) {
      record.prepaid = true;
      if (!rng.chance(PREPAYMENT_RECEIVED_SHARE)) continue;
      record.prepaidConfirmed = true;
      visit.payments.push({
        id: store.nextId('payment'),
        recordId: record.id,
        amount: cents(total * DEPOSIT_SHARE),
        accountId: 2,
        dateMs: Math.min(nowMs, record.createdMs + 60_000),
      });
      continue;
    }
    const [payment] = visit.payments;
    if (record.attendance === 1 && payment && visit.payments.length === 1 && rng.chance(PART_PAID_SHARE)) {
      const part = cents(payment.amount / 2);
      const client = store.clients.get(record.clientId);
      if (client) client.spent = cents(client.spent - (payment.amount - part));
      payment.amount = part;
    }
  }
}
