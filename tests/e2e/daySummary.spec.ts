import type { Page } from '@playwright/test';
import { expect, openDemo, saveScreen, test } from './fixtures';
import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import { SALON_ID } from '../support/demoSalon';
import {
  addDays,
  bookAtSalon,
  busiestRecentDay,
  card,
  goToDate,
  LIAM,
  QUIET_DAY,
  SALON_TODAY,
} from './support/salon';

interface RawRecord {
  id: number;
  staff_id: number;
  visit_id: number;
  attendance: number;
  deleted: boolean;
  online: boolean;
  paid_full: number;
  prepaid: boolean;
  prepaid_confirmed: boolean;
  services: Array<{ cost: number; amount: number }>;
  finance_transactions?: Array<{ id: number; amount: number }>;
}

/** The day as Altegio has it, cancelled appointments and payments included. */
async function altegioDay(http: AltegioHttp, date: string): Promise<RawRecord[]> {
  const reply = await http.get(
    `/records/${SALON_ID}?start_date=${date}&end_date=${date}&with_deleted=1&include_finance_transactions=1&count=1000`,
  );
  expect(reply.status).toBe(200);
  return reply.body.data as RawRecord[];
}

const cents = (amount: number) => Math.round(amount * 100);
const usd = (totalCents: number) =>
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: totalCents % 100 ? 2 : 0,
    maximumFractionDigits: totalCents % 100 ? 2 : 0,
  }).format(totalCents / 100);

/** What the summary must say, computed here from Altegio's records, independently of the app. */
function expectedSummary(records: RawRecord[]) {
  const shown = records.filter((record) => !record.deleted);
  const count = (attendance: number) => shown.filter((record) => record.attendance === attendance).length;
  const payments = new Map<number, number>();
  for (const record of shown)
    for (const payment of record.finance_transactions ?? []) payments.set(payment.id, cents(payment.amount));
  const bookedCents = shown.reduce(
    (sum, record) => sum + record.services.reduce((s, line) => s + cents(line.cost * line.amount), 0),
    0,
  );
  return {
    'summary-booked': String(shown.length),
    'summary-waiting': String(count(0)),
    'summary-confirmed': String(count(2)),
    'summary-arrived': String(count(1)),
    'summary-no-show': String(count(-1)),
    'summary-cancelled': String(records.length - shown.length),
    'summary-booked-total': usd(bookedCents),
    'summary-paid-total': usd([...payments.values()].reduce((sum, value) => sum + value, 0)),
  };
}

async function expectSummary(page: Page, expected: Record<string, string>) {
  const summary = page.getByRole('region', { name: 'Day summary' });
  for (const [testId, text] of Object.entries(expected))
    await expect(summary.getByTestId(testId), testId).toHaveText(text);
}

test.describe('the day summary', () => {
  let http: AltegioHttp;

  test.beforeEach(async ({ app, emulator }) => {
    http = await altegioHttp(emulator);
    await openDemo(app);
    await expect(app.getByTestId('calendar')).toBeVisible();
  });

  test('counts and totals the day exactly as Altegio has it, and follows other desks', async ({ app }) => {
    const { day, ids } = await busiestRecentDay(http, SALON_ID, SALON_TODAY);
    expect(ids.length).toBeGreaterThan(3);
    // Another desk cancels one appointment and settles another in part (a float-unfriendly amount).
    const before = (await altegioDay(http, day)).filter((record) => !record.deleted);
    const [cancelled, settled] = before;
    expect(await http.delete(`/record/${SALON_ID}/${cancelled?.id}`)).toMatchObject({ status: 204 });
    const payment = await http.put(`/visits/${settled?.visit_id}/${settled?.id}`, {
      attendance: -1,
      comment: 'Left before the service',
      new_transactions: [
        { amount: 0.1, account_id: 1 },
        { amount: 0.2, account_id: 2 },
      ],
    });
    expect(payment.status).toBe(200);

    await goToDate(app, day);
    await expectSummary(app, expectedSummary(await altegioDay(http, day)));
    await saveScreen(app, 'day-summary');

    // Changes from another desk arrive with the next poll, and the summary follows the calendar.
    const [another, arrived] = (await altegioDay(http, day)).filter((record) => !record.deleted);
    await http.delete(`/record/${SALON_ID}/${another?.id}`);
    await http.put(`/visits/${arrived?.visit_id}/${arrived?.id}`, {
      attendance: 1,
      comment: '',
      fast_payment: 2,
    });
    await app.clock.fastForward('00:11');
    await expect(card(app, another?.id ?? 0)).toHaveCount(0, { timeout: 20_000 });
    const after = await altegioDay(http, day);
    await expectSummary(app, expectedSummary(after));

    // It counts what the calendar draws: hiding a team member's column takes their appointments out.
    await app.getByRole('combobox', { name: 'Team members shown' }).click();
    await app.getByRole('option', { name: /Liam Carter/ }).click();
    await app.keyboard.press('Escape');
    await expect(app.getByRole('region', { name: 'Day summary' })).toContainText('(as filtered)');
    await expectSummary(app, expectedSummary(after.filter((record) => record.staff_id !== LIAM)));
  });

  test('shows on cards and in the drawer whether an appointment is prepaid, paid in part or in full', async ({
    app,
  }) => {
    const booked = await bookAtSalon(http, {
      teamMemberId: LIAM,
      date: QUIET_DAY,
      time: '10:00',
      client: 'Part Payer',
      services: [{ id: 2001, first_cost: 45, discount: 10, cost: 40.5 }],
    });
    const [record] = (await altegioDay(http, QUIET_DAY)).filter((item) => item.id === booked.id);
    const paid = await http.put(`/visits/${record?.visit_id}/${booked.id}`, {
      attendance: 1,
      comment: '',
      new_transactions: [{ amount: 13.5, account_id: 1 }],
    });
    expect(paid.status).toBe(200);
    await goToDate(app, QUIET_DAY);
    await expect(app.locator(`[data-appointment-id="${booked.id}"]`)).toHaveAttribute(
      'data-payment',
      'partlyPaid',
    );
    await card(app, booked.id).click();
    const drawer = app.getByRole('dialog', { name: 'Appointment details' });
    await expect(drawer.locator('[data-payment]')).toHaveText('Paid in part: $13.50 of $40.50');
    await saveScreen(app, 'drawer-payment');

    // The rest is paid at the desk next door: paid in full.
    await http.put(`/visits/${record?.visit_id}/${booked.id}`, {
      attendance: 1,
      comment: '',
      fast_payment: 1,
    });
    await app.clock.fastForward('00:11');
    await expect(drawer.locator('[data-payment]')).toHaveText('Paid in full ($40.50)', { timeout: 20_000 });
    await expect(app.locator(`[data-appointment-id="${booked.id}"]`)).toHaveAttribute('data-payment', 'paid');
  });

  test('marks online bookings whose prepayment was received or is still due', async ({ app }) => {
    const ahead: Array<RawRecord & { day: string }> = [];
    for (let offset = 1; offset <= 13; offset++) {
      const day = addDays(SALON_TODAY, offset);
      ahead.push(...(await altegioDay(http, day)).map((record) => ({ ...record, day })));
    }
    const received = ahead.find((r) => !r.deleted && r.prepaid && r.prepaid_confirmed && !r.paid_full);
    const due = ahead.find((r) => !r.deleted && r.prepaid && !r.prepaid_confirmed);
    if (!received || !due) throw new Error('the demo salon has no prepaid bookings ahead');
    await goToDate(app, received.day);
    await expect(app.locator(`[data-appointment-id="${received.id}"]`)).toHaveAttribute(
      'data-payment',
      'prepaid',
    );
    await goToDate(app, due.day);
    await expect(app.locator(`[data-appointment-id="${due.id}"]`)).toHaveAttribute(
      'data-payment',
      'prepaymentDue',
    );
  });
});
