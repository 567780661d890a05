import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../../../electron/emulator';
import {
  addDays,
  EMMA,
  freshPhone,
  SALON_ID,
  SALON_TODAY,
  salonTime,
  STUDIO_ID,
} from '../../support/demoSalon';
import { useHarness, type Harness } from './harness';

const h = useHarness();
const broken = useHarness({ receiptsAsHtml: true });

interface WireRecord {
  id: number;
  visit_id: number;
  attendance: number;
  activity_id: number;
  services: unknown[];
}

/** A past appointment of the seed that was attended, hence paid: its visit has a receipt. */
async function paidPastVisit(harness: Harness, locationId = SALON_ID) {
  const from = addDays(SALON_TODAY, -3);
  const to = addDays(SALON_TODAY, -1);
  const records = (
    await harness.http.get(`/records/${locationId}?start_date=${from}&end_date=${to}&count=500`)
  ).body.data as WireRecord[];
  const found = records.find((r) => r.attendance === 1 && !r.activity_id && r.services.length > 0);
  if (!found) throw new Error('the seed should have attended appointments');
  return { visitId: found.visit_id, appointmentId: found.id };
}

/** Books, at another desk, an appointment with two services whose prices add up badly in floats. */
async function bookAwkwardPrices(harness: Harness) {
  const services = (await harness.http.get(`/company/${SALON_ID}/services/`)).body.data as Array<{
    id: number;
  }>;
  const [first, second] = services;
  if (!first || !second) throw new Error('no services');
  const created = await harness.http.post(`/records/${SALON_ID}`, {
    staff_id: EMMA,
    services: [
      { id: first.id, first_cost: 10.1, discount: 0, cost: 10.1 },
      { id: second.id, first_cost: 20.2, discount: 0, cost: 20.2 },
    ],
    client: { name: 'Penny Cents', phone: freshPhone() },
    datetime: salonTime(addDays(SALON_TODAY, -1), '07:00'),
    seance_length: 3600,
    save_if_busy: true,
  });
  expect(created.status).toBe(201);
  return created.body.data as WireRecord;
}

describe('visits handlers', () => {
  it('reads a visit: its appointments, items, payments, totals and that a receipt exists', async () => {
    const ref = await paidPastVisit(h);
    const { visit, details } = await h.invoke('visits.get', { locationId: SALON_ID, ...ref });
    expect(visit.id).toBe(ref.visitId);
    expect(visit.appointments.map((a) => a.id)).toContain(ref.appointmentId);
    expect(details.items.filter((i) => i.kind === 'service').length).toBeGreaterThan(0);
    expect(details.payments.length).toBeGreaterThan(0);
    expect(details).toMatchObject({ receipt: true, due: 0 });
    expect(details.paid).toBe(details.total);
  });

  it('adds money in cents: 10.10 + 20.20 is 30.30, and 30.30 − 30.20 leaves 0.10 to pay', async () => {
    const record = await bookAwkwardPrices(h);
    const ref = { locationId: SALON_ID, visitId: record.visit_id, appointmentId: record.id };
    const unpaid = await h.invoke('visits.get', ref);
    expect(unpaid.details).toMatchObject({ total: 30.3, paid: 0, due: 30.3, receipt: false, payments: [] });

    const paid = await h.http.put(`/visits/${record.visit_id}/${record.id}`, {
      attendance: 1,
      comment: '',
      new_transactions: [
        { amount: 10.1, account_id: 1 },
        { amount: 20.1, account_id: 2 },
      ],
    });
    expect(paid.status).toBe(200);
    const { details } = await h.invoke('visits.get', ref);
    expect(details).toMatchObject({ total: 30.3, paid: 30.2, due: 0.1, receipt: true });
    expect(details.payments.map((p) => [p.amount, p.cash])).toEqual([
      [10.1, true],
      [20.1, false],
    ]);
  });

  it('marks a no-show with a comment, as Altegio then says', async () => {
    const ref = await paidPastVisit(h);
    const visit = await h.invoke('visits.update', {
      locationId: SALON_ID,
      ...ref,
      update: { status: 'no-show', comment: 'Called, will rebook' },
    });
    expect(visit).toMatchObject({ status: 'no-show', comment: 'Called, will rebook' });
    expect(visit.appointments.find((a) => a.id === ref.appointmentId)?.status).toBe('no-show');
    const stored = await h.http.get(`/visits/${ref.visitId}`);
    expect(stored.body.data).toMatchObject({ attendance: -1, comment: 'Called, will rebook' });
    const record = await h.http.get(`/record/${SALON_ID}/${ref.appointmentId}`);
    expect(record.body.data.attendance).toBe(-1);
  });

  it('refuses a comment that is too long before sending, at its field', async () => {
    const ref = await paidPastVisit(h);
    const refused = await h.result('visits.update', {
      locationId: SALON_ID,
      ...ref,
      update: { status: 'arrived', comment: 'x'.repeat(2001) },
    });
    expect(refused.error).toMatchObject({
      code: 'VALIDATION',
      detail: { fields: { 'update.comment': 'issue.comment.tooLong' } },
    });
    expect((await h.http.get(`/visits/${ref.visitId}`)).body.data.comment).not.toBe('x'.repeat(2001));
  });

  it('says FORBIDDEN when the user may not change visits', async () => {
    const ref = await paidPastVisit(h);
    h.emulator.denyRights(DEMO_CREDENTIALS.login, ['visits.modify']);
    try {
      const refused = await h.result('visits.update', {
        locationId: SALON_ID,
        ...ref,
        update: { status: 'confirmed', comment: '' },
      });
      expect(refused.error).toMatchObject({ code: 'FORBIDDEN', detail: { message: 'Not enough rights' } });
    } finally {
      h.emulator.denyRights(DEMO_CREDENTIALS.login, []);
    }
  });

  it('saves the receipt where the person chooses, byte for byte what Altegio printed', async () => {
    const ref = await paidPastVisit(h);
    const { visitId } = ref;
    const saved = await h.invoke('visits.saveReceipt', { locationId: SALON_ID, ...ref });
    expect(saved).toEqual({ saved: true, fileName: `receipt-visit-${visitId}.pdf` });
    expect(h.core.files.asked.at(-1)).toBe(`receipt-visit-${visitId}.pdf`);
    const written = readFileSync(join(h.core.files.dir, `receipt-visit-${visitId}.pdf`));
    const printed = await h.http.bytes(`/attendance/receipt_print/${visitId}`);
    expect(printed.status).toBe(200);
    expect(new Uint8Array(written)).toEqual(printed.bytes);
  });

  it('takes a cancelled save dialog as no answer, not as an error, and writes nothing', async () => {
    const ref = await paidPastVisit(h);
    const before = h.core.files.written.length;
    h.core.files.cancelNextSave();
    expect(await h.invoke('visits.saveReceipt', { locationId: SALON_ID, ...ref })).toEqual({
      saved: false,
      fileName: null,
    });
    expect(h.core.files.written.length).toBe(before);
  });

  it('opens the receipt in the system viewer', async () => {
    const ref = await paidPastVisit(h);
    const { visitId } = ref;
    expect(await h.invoke('visits.openReceipt', { locationId: SALON_ID, ...ref })).toBeNull();
    const shown = h.core.files.opened.at(-1);
    expect(shown?.name).toBe(`receipt-visit-${visitId}.pdf`);
    expect(shown?.bytes).toEqual((await h.http.bytes(`/attendance/receipt_print/${visitId}`)).bytes);
  });

  it('says NOT_FOUND for a visit with nothing sold, without asking where to save', async () => {
    const record = await bookAwkwardPrices(h);
    const asked = h.core.files.asked.length;
    const refused = await h.result('visits.saveReceipt', {
      locationId: SALON_ID,
      visitId: record.visit_id,
      appointmentId: record.id,
    });
    expect(refused.error?.code).toBe('NOT_FOUND');
    expect(h.core.files.asked.length).toBe(asked);
  });
});

describe('a visit named at a location that does not hold it', () => {
  it('is neither changed nor printed: the visit of the other location is NOT_FOUND here', async () => {
    const studio = await paidPastVisit(h, STUDIO_ID);
    const before = (await h.http.get(`/visits/${studio.visitId}`)).body.data;
    const refused = await h.result('visits.update', {
      locationId: SALON_ID,
      ...studio,
      update: { status: 'no-show', comment: 'Wrong desk' },
    });
    expect(refused.error?.code).toBe('NOT_FOUND');
    expect((await h.http.get(`/visits/${studio.visitId}`)).body.data).toEqual(before);

    const files = h.core.files;
    const seen = [files.asked.length, files.written.length, files.opened.length];
    for (const channel of ['visits.saveReceipt', 'visits.openReceipt']) {
      const receipt = await h.result(channel, { locationId: SALON_ID, ...studio });
      expect(receipt.error?.code, channel).toBe('NOT_FOUND');
    }
    expect([files.asked.length, files.written.length, files.opened.length]).toEqual(seen);

    // At its own location the same visit is the studio's to change.
    const own = await h.invoke('visits.update', {
      locationId: STUDIO_ID,
      ...studio,
      update: { status: 'no-show', comment: 'Right desk' },
    });
    expect(own).toMatchObject({ status: 'no-show', comment: 'Right desk' });
  });

  it('refuses a visit paired with an appointment that is not in it, changing nothing', async () => {
    const paid = await paidPastVisit(h);
    const other = await bookAwkwardPrices(h);
    const before = (await h.http.get(`/visits/${paid.visitId}`)).body.data;
    const refused = await h.result('visits.update', {
      locationId: SALON_ID,
      visitId: paid.visitId,
      appointmentId: other.id,
      update: { status: 'no-show', comment: 'Mismatched' },
    });
    expect(refused.error?.code).toBe('NOT_FOUND');
    expect((await h.http.get(`/visits/${paid.visitId}`)).body.data).toEqual(before);
  });

  it('takes only positive ids', async () => {
    for (const channel of ['visits.update', 'visits.saveReceipt', 'visits.openReceipt']) {
      const refused = await h.result(channel, {
        locationId: SALON_ID,
        visitId: 0,
        appointmentId: 1,
        update: { status: 'arrived', comment: '' },
      });
      expect(refused.error?.code, channel).toBe('VALIDATION');
    }
  });
});

describe('a receipt that is not a PDF', () => {
  it('is refused: no save dialog, nothing written, nothing opened', async () => {
    const ref = await paidPastVisit(broken);
    for (const channel of ['visits.saveReceipt', 'visits.openReceipt']) {
      const refused = await broken.result(channel, { locationId: SALON_ID, ...ref });
      expect(refused.error, channel).toEqual({ code: 'SERVER', params: { reason: 'notPdf' } });
    }
    const files = broken.core.files;
    expect([files.asked, files.written, files.opened]).toEqual([[], [], []]);
    expect(readdirSync(files.dir)).toEqual([]);
    expect(broken.core.logs.some((line) => line.includes('Refused a receipt that is not a PDF'))).toBe(true);
  });
});
