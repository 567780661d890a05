import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../electron/emulator/index';
import {
  Api,
  isoAt,
  SALON,
  salonDate,
  signedIn,
  startTestEmulator,
  STUDIO,
  type WireRecord,
} from './helpers';

interface WireVisit {
  id: number;
  attendance: number;
  comment: string;
  records: Array<WireRecord & { events: unknown[] }>;
}
interface WireDetails {
  payment_transactions: Array<{ id: number; amount: number; account: { is_cash: boolean } }>;
  items: Array<{ item_title: string; cost: number; is_service: boolean; is_good: boolean }>;
}

describe('visits and receipts', () => {
  let emulator: RunningEmulator;
  let api: Api;
  let attended: WireRecord;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    api = await signedIn(emulator);
    const date = salonDate(-2);
    const records = (
      await api.get<WireRecord[]>(`/records/${SALON}?start_date=${date}&end_date=${date}&count=200`)
    ).body.data;
    const found = records.find((r) => r.attendance === 1 && r.client && !r.activity_id);
    if (!found) throw new Error('seed should have attended appointments');
    attended = found;
  });
  afterAll(() => emulator.close());

  it('returns a visit with its records and a paid past visit with items and payments', async () => {
    const visit = await api.get<WireVisit>(`/visits/${attended.visit_id}`);
    expect(visit.status).toBe(200);
    expect(visit.body.data.attendance).toBe(1);
    expect(visit.body.data.records.map((r) => r.id)).toEqual([attended.id]);
    const details = await api.get<WireDetails>(`/visit/details/${SALON}/${attended.id}/${attended.visit_id}`);
    expect(details.status).toBe(200);
    const services = details.body.data.items.filter((i) => i.is_service);
    expect(services.map((i) => i.item_title)).toEqual(attended.services.map(() => expect.any(String)));
    const itemsTotal = details.body.data.items.reduce((sum, i) => sum + i.cost, 0);
    const paid = details.body.data.payment_transactions.reduce((sum, p) => sum + p.amount, 0);
    expect(paid).toBeCloseTo(itemsTotal, 2);
    expect((await api.get(`/visit/details/${SALON}/1/${attended.visit_id}`)).status).toBe(404);
    expect((await api.get('/visits/1')).status).toBe(404);
  });

  it('updates attendance, comment, products and payments; attendance and comment are required', async () => {
    const date = salonDate(-1);
    const record = (
      await api.get<WireRecord[]>(`/records/${SALON}?start_date=${date}&end_date=${date}&count=200`)
    ).body.data.find((r) => !r.activity_id && r.services.length > 0);
    if (!record) throw new Error('no record');
    const missing = await api.put<null, { errors: Record<string, string[]> }>(
      `/visits/${record.visit_id}/${record.id}`,
      {},
    );
    expect(missing.status).toBe(422);
    expect(Object.keys(missing.body.meta.errors).sort()).toEqual(['attendance', 'comment']);
    const updated = await api.put<WireVisit>(`/visits/${record.visit_id}/${record.id}`, {
      attendance: -1,
      comment: 'Did not come',
      goods_transactions: [{ title: 'Hair wax', amount: '-1.000000000', cost_per_unit: '12.5', price: 12.5 }],
      new_transactions: [{ amount: 5, account_id: 1 }],
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ attendance: -1, comment: 'Did not come' });
    const reread = await api.get<WireRecord>(`/record/${SALON}/${record.id}`);
    expect(reread.body.data.attendance).toBe(-1);
    expect(reread.body.data.last_change_date >= record.last_change_date).toBe(true);
    const details = await api.get<WireDetails>(`/visit/details/${SALON}/${record.id}/${record.visit_id}`);
    expect(details.body.data.items.find((i) => i.is_good)).toMatchObject({
      item_title: 'Hair wax',
      cost: 12.5,
    });
    expect(details.body.data.payment_transactions.some((p) => p.amount === 5 && p.account.is_cash)).toBe(
      true,
    );
  });

  it('prints the receipt as a real PDF listing the items and the total', async () => {
    const response = await fetch(`${emulator.url}/attendance/receipt_print/${attended.visit_id}`, {
      headers: { Authorization: `Bearer ${api.partnerToken}, User ${api.userToken}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toBe(`Receipt for visit ${attended.visit_id}`);
    const missing = await api.get('/attendance/receipt_print/1');
    expect(missing.status).toBe(404);
  });

  it('has no receipt for a visit with nothing sold, and registers one for a fast payment with print', async () => {
    const date = salonDate(1);
    const record = (
      await api.get<WireRecord[]>(`/records/${SALON}?start_date=${date}&end_date=${date}&count=200`)
    ).body.data.find((r) => !r.activity_id && r.services.length > 0);
    if (!record) throw new Error('no upcoming record');
    const detailsPath = `/visit/details/${SALON}/${record.id}/${record.visit_id}`;
    type Kkm = { kkm_transaction_details_container: { transactions: Array<{ sum: number }> } };
    const before = await api.get<WireDetails & Kkm>(detailsPath);
    expect(before.body.data.payment_transactions).toEqual([]);
    expect(before.body.data.kkm_transaction_details_container.transactions).toEqual([]);
    expect((await api.get(`/attendance/receipt_print/${record.visit_id}`)).status).toBe(404);

    const paid = await api.put(`/visits/${record.visit_id}/${record.id}`, {
      attendance: 1,
      comment: '',
      fast_payment: 130,
    });
    expect(paid.status).toBe(200);
    const after = await api.get<WireDetails & Kkm>(detailsPath);
    const total = after.body.data.items.reduce((sum, i) => sum + i.cost, 0);
    expect(after.body.data.kkm_transaction_details_container.transactions).toEqual([
      expect.objectContaining({ sum: total, type: { id: 1, title: 'Sale' } }),
    ]);
    expect(after.body.data.payment_transactions.map((p) => p.account.is_cash)).toEqual([false]);
    const receipt = await fetch(`${emulator.url}/attendance/receipt_print/${record.visit_id}`, {
      headers: { Authorization: `Bearer ${api.partnerToken}, User ${api.userToken}` },
    });
    expect(receipt.headers.get('content-type')).toBe('application/pdf');
  });

  it('can answer receipts with an HTML page, as a broken proxy would', async () => {
    const broken = await startTestEmulator({ receiptsAsHtml: true });
    try {
      const user = await signedIn(broken);
      const response = await fetch(`${broken.url}/attendance/receipt_print/${attended.visit_id}`, {
        headers: { Authorization: `Bearer ${user.partnerToken}, User ${user.userToken}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain('<!doctype html>');
    } finally {
      await broken.close();
    }
  });

  it('refuses visits of a location the user does not have', async () => {
    const limited = await startTestEmulator({
      users: [{ login: 'studio@example.com', password: 'x', name: 'Studio only', locationIds: [STUDIO] }],
    });
    try {
      const studioUser = await new Api(limited.url).signIn('studio@example.com', 'x');
      expect((await studioUser.get(`/visits/${attended.visit_id}`)).status).toBe(403);
    } finally {
      await limited.close();
    }
  });

  it("puts a client's appointments at one location on one local date into one visit, others apart", async () => {
    const date = salonDate(8);
    const members = [
      ...new Set(
        (
          await api.get<WireRecord[]>(`/records/${SALON}?start_date=${date}&end_date=${date}&count=200`)
        ).body.data
          .filter((r) => !r.activity_id)
          .map((r) => r.staff_id),
      ),
    ];
    const book = async (staffId: number, day: string, time: string, phone: string) => {
      const reply = await api.post<WireRecord>(`/records/${SALON}`, {
        staff_id: staffId,
        services: [],
        client: { phone, name: 'Visit Grouping' },
        datetime: isoAt(day, time),
        seance_length: 1800,
        save_if_busy: true,
      });
      expect(reply.status).toBe(201);
      return reply.body.data;
    };
    const first = await book(members[0]!, date, '10:00', '+13125550171');
    const second = await book(members[1]!, date, '11:00', '+13125550171');
    const nextDay = await book(members[0]!, salonDate(9), '10:00', '+13125550171');
    const otherClient = await book(members[1]!, date, '12:00', '+13125550172');
    expect(second.visit_id).toBe(first.visit_id);
    expect(nextDay.visit_id).not.toBe(first.visit_id);
    expect(otherClient.visit_id).not.toBe(first.visit_id);
    const visit = await api.get<WireVisit>(`/visits/${first.visit_id}`);
    expect(visit.body.data.records.map((r) => r.id).sort()).toEqual([first.id, second.id].sort());

    // Once the day's appointments are cancelled, a new booking opens a visit of its own.
    await api.delete(`/record/${SALON}/${first.id}`);
    await api.delete(`/record/${SALON}/${second.id}`);
    const again = await book(members[0]!, date, '15:00', '+13125550171');
    expect(again.visit_id).not.toBe(first.visit_id);
  });

  it('opens a new visit rather than join one that was paid, given a receipt, or attended', async () => {
    const date = salonDate(10);
    const staffId = (
      await api.get<WireRecord[]>(`/records/${SALON}?start_date=${date}&end_date=${date}&count=200`)
    ).body.data.find((r) => !r.activity_id)!.staff_id;
    const book = async (time: string, phone: string) => {
      const reply = await api.post<WireRecord>(`/records/${SALON}`, {
        staff_id: staffId,
        services: [],
        client: { phone, name: 'Settled Visit' },
        datetime: isoAt(date, time),
        seance_length: 900,
        save_if_busy: true,
      });
      expect(reply.status).toBe(201);
      return reply.body.data;
    };
    const settle = async (record: WireRecord, body: Record<string, unknown>) => {
      const reply = await api.put(`/visits/${record.visit_id}/${record.id}`, { comment: '', ...body });
      expect(reply.status).toBe(200);
    };

    // Arrived, paid with a receipt, paid without one: a later booking that day opens its own visit each time.
    const arrived = await book('09:00', '+13125550181');
    await settle(arrived, { attendance: 1 });
    const printed = await book('10:00', '+13125550182');
    await settle(printed, { attendance: 2, fast_payment: 130 });
    const paid = await book('11:00', '+13125550183');
    await settle(paid, { attendance: 2, new_transactions: [{ amount: 20, account_id: 1 }] });
    for (const [settled, phone] of [
      [arrived, '+13125550181'],
      [printed, '+13125550182'],
      [paid, '+13125550183'],
    ] as const) {
      const later = await book('15:00', phone);
      expect(later.visit_id).not.toBe(settled.visit_id);
    }
    // An open visit still takes the day's next booking.
    const open = await book('12:00', '+13125550184');
    expect((await book('16:00', '+13125550184')).visit_id).toBe(open.visit_id);
  });

  it('forgets the request hook on reset', async () => {
    const own = await startTestEmulator();
    try {
      const seen: string[] = [];
      own.beforeRequest(({ path }) => void seen.push(path));
      const ownApi = await signedIn(own);
      expect(seen.length).toBeGreaterThan(0);
      await own.reset();
      const before = seen.length;
      await ownApi.get(`/records/${SALON}?start_date=${salonDate(0)}&end_date=${salonDate(0)}&count=1`);
      expect(seen.length).toBe(before);
    } finally {
      await own.close();
    }
  });
});
