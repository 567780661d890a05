import type { Page } from '@playwright/test';
import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import { addDays, freshPhone, QUIET_DAY, SALON_ID, SALON_TODAY } from '../support/demoSalon';
import { expect, openDemo, saveScreen, test } from './fixtures';
import { choose, newAppointment, newClient, setStart } from './support/appointmentDialog';

test.use({ viewport: { width: 1400, height: 1000 } });

const PAGE_SIZE = 25;
const dotted = (date: string) => date.split('-').reverse().join('.');

interface WirePartnerRecord {
  id: number;
  date: string;
  staff: { id: number; name: string } | null;
  client: { name: string } | null;
  services: Array<{ title: string; cost: number; amount: number }>;
}

async function partnerRecords(http: AltegioHttp, from: string, to: string, page = 1) {
  const reply = await http.get(
    `/records/partner?salon_id=${SALON_ID}&start_date=${dotted(from)}&end_date=${dotted(to)}&editable_length=${PAGE_SIZE}&page=${page}`,
  );
  expect(reply.status).toBe(200);
  return reply.body as { data: WirePartnerRecord[]; meta: { count: number } };
}

/**
 * Dollars as the app shows money (renderer/src/money.ts): whole amounts without cents, others with two;
 * summed in cents, so float artefacts cannot creep into the expected text.
 */
function dollars(amounts: number[]): string {
  const cents = amounts.reduce((sum, amount) => sum + Math.round(amount * 100), 0);
  const digits = cents % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(cents / 100);
}

async function openReport(page: Page) {
  await page.getByRole('navigation', { name: 'Sections' }).getByText('Frontdesk bookings').click();
  await expect(page.getByTestId('section-title')).toContainText('Frontdesk bookings');
}

/** Types a date into the report's From or To field, as a user does, then Enter. */
async function typeDate(page: Page, label: 'From' | 'To', date: string) {
  await page.getByRole('group', { name: label }).click();
  await page.keyboard.press('Control+a');
  const [y, m, d] = date.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
  await page.keyboard.press('Enter');
}

function pagerText(page: Page) {
  return page.getByRole('region', { name: 'Booked with Frontdesk' }).getByTestId('pager-text');
}

async function shownIds(page: Page): Promise<number[]> {
  await expect(page.getByRole('progressbar', { name: 'Loading the report' })).toHaveCount(0);
  return page
    .getByRole('table', { name: 'Appointments booked with Frontdesk' })
    .locator('[data-appointment-id]')
    .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-appointment-id'))));
}

test.describe('the Frontdesk bookings report', () => {
  let http: AltegioHttp;

  test.beforeEach(async ({ app, emulator }) => {
    http = await altegioHttp(emulator);
    await openDemo(app);
  });

  test('pages through what was booked with the partner token, with Altegio’s total', async ({ app }) => {
    const from = addDays(SALON_TODAY, -30);
    const to = addDays(SALON_TODAY, 30);
    const first = await partnerRecords(http, from, to);
    expect(first.meta.count).toBeGreaterThan(PAGE_SIZE);
    await openReport(app);
    await expect(pagerText(app)).toHaveText(`1–${PAGE_SIZE} of ${first.meta.count}`);
    await expect.poll(() => shownIds(app)).toEqual(first.data.map((r) => r.id));
    await app.getByRole('button', { name: 'Next' }).click();
    const second = await partnerRecords(http, from, to, 2);
    await expect(pagerText(app)).toHaveText(
      `${PAGE_SIZE + 1}–${PAGE_SIZE + second.data.length} of ${first.meta.count}`,
    );
    await expect.poll(() => shownIds(app)).toEqual(second.data.map((r) => r.id));
  });

  test('lists an appointment booked through the app, as the raw partner report does', async ({ app }) => {
    const client = 'Partner Report Client';
    const dialog = await newAppointment(app);
    await newClient(dialog, client, freshPhone());
    await choose(app, dialog, 'Team member', 'Liam Carter');
    await dialog.getByRole('combobox', { name: 'Add a service' }).fill("Men's haircut");
    await app.getByRole('option', { name: /^Men's haircut/ }).click();
    await setStart(app, dialog, '12:00');
    await dialog.getByRole('button', { name: 'Book' }).click();
    await expect(dialog).toBeHidden();

    const raw = await partnerRecords(http, QUIET_DAY, QUIET_DAY);
    const booked = raw.data.find((record) => record.client?.name === client);
    expect(booked).toMatchObject({ date: `${QUIET_DAY} 12:00:00`, staff: { name: 'Liam Carter' } });
    expect(raw.meta.count).toBe(raw.data.length);

    await openReport(app);
    await typeDate(app, 'To', QUIET_DAY);
    await typeDate(app, 'From', QUIET_DAY);
    await expect(pagerText(app)).toHaveText(`1–${raw.meta.count} of ${raw.meta.count}`);
    await expect.poll(() => shownIds(app)).toEqual(raw.data.map((r) => r.id));
    const row = app.locator(`[data-appointment-id="${booked!.id}"]`);
    const cost = dollars(booked!.services.map((s) => s.cost * (s.amount || 1)));
    for (const text of ['12:00', 'Liam Carter', client, "Men's haircut", cost, 'Waiting']) {
      await expect(row).toContainText(text);
    }
    await saveScreen(app, 'partner-report');
  });
});
