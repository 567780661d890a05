import type { Locator, Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import { addDays, SALON_ID, SALON_TODAY } from '../support/demoSalon';
import { expect, openDemo, saveScreen, test } from './fixtures';

test.use({ viewport: { width: 1400, height: 1000 } });

const CONSULTATION = 'Colour consultation'; // Olivia, Ava and Charlotte (hidden from online booking)
const CHARLOTTE = 1010;
const EMMA = 1001; // does not do colour

/** book_dates' booking_dates of one month, asked as a month view must: from its first day or today, twice. */
async function wireBookingDates(http: AltegioHttp, staffId: number, serviceId: number, month: string) {
  const first = `${month}-01`;
  const from = first > SALON_TODAY ? first : SALON_TODAY;
  const dates = new Set<string>();
  for (const start of [from, addDays(from, 30)]) {
    const reply = await http.get(
      `/book_dates/${SALON_ID}?staff_id=${staffId}&service_ids[]=${serviceId}&date=${start}`,
    );
    expect(reply.status).toBe(200);
    for (const date of reply.body.data.booking_dates as string[]) if (date.startsWith(month)) dates.add(date);
  }
  return [...dates].sort();
}

async function wireTimes(http: AltegioHttp, staffId: number, serviceId: number, date: string) {
  const reply = await http.get(`/book_times/${SALON_ID}/${staffId}/${date}?service_ids[]=${serviceId}`);
  expect(reply.status).toBe(200);
  return (reply.body.data as Array<{ time: string }>).map((slot) => slot.time);
}

function enabledDates(panel: Locator): Promise<string[]> {
  return panel
    .locator('button[data-date]:not([disabled])')
    .evaluateAll((days) => days.map((day) => day.getAttribute('data-date') ?? ''));
}

/** The shown month's bookable days equal book_dates'; then the first one's times equal book_times'. */
async function expectSameAsAltegio(
  page: Page,
  http: AltegioHttp,
  staffId: number,
  serviceId: number,
  month: string,
) {
  const panel = page.getByRole('region', { name: 'Dates and times bookable online' });
  await expect(panel.locator('[data-kind="loading"]')).toHaveCount(0);
  const expected = await wireBookingDates(http, staffId, serviceId, month);
  await expect.poll(() => enabledDates(panel)).toEqual(expected);
  const day = expected[0];
  if (!day) return false;
  await panel.locator(`button[data-date="${day}"]`).click();
  await expect(panel.getByTestId('times-day')).toHaveText(DateTime.fromISO(day).toFormat('cccc d LLLL'));
  const times = await wireTimes(http, staffId, serviceId, day);
  expect(times.length).toBeGreaterThan(0);
  await expect
    .poll(() => panel.locator('[data-time]').evaluateAll((chips) => chips.map((c) => c.textContent)))
    .toEqual(times);
  return true;
}

test('the online-booking view shows what book_services, book_staff, book_dates and book_times offer', async ({
  app,
  emulator,
}) => {
  const http = await altegioHttp(emulator);
  await openDemo(app);
  await app.getByRole('navigation', { name: 'Sections' }).getByText('Online booking').click();
  await expect(app.getByTestId('section-title')).toContainText('Online booking');

  const services = app.getByRole('region', { name: 'Services bookable online' });
  const wireServices = (await http.get(`/book_services/${SALON_ID}`)).body.data.services as Array<{
    id: number;
    title: string;
  }>;
  await expect
    .poll(() =>
      services
        .locator('[data-service-id][data-offered="true"]')
        .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-service-id'))).sort()),
    )
    // Shown under their categories, so compared as sets.
    .toEqual(wireServices.map((s) => s.id).sort());
  const perm = services.locator('[data-service-id]', { hasText: 'Classic perm' });
  await expect(perm).toContainText('Switched off for online booking in Altegio.');
  await expect(perm).toHaveAttribute('aria-disabled', 'true');
  await expect(
    services.locator('[data-service-id]', { hasText: 'Styling masterclass (group)' }),
  ).toContainText('A group service');

  const consultation = wireServices.find((s) => s.title === CONSULTATION)!;
  await services.locator(`[data-service-id="${consultation.id}"]`).click();

  const members = app.getByRole('region', { name: 'Team members bookable online' });
  await expect(members.locator(`[data-member-id="${CHARLOTTE}"]`)).toContainText(
    'Hidden from online booking in Altegio.',
  );
  await expect(members.locator(`[data-member-id="${EMMA}"]`)).toContainText('Does not perform this service.');
  const wireStaff = (await http.get(`/book_staff/${SALON_ID}?service_ids[]=${consultation.id}`)).body
    .data as Array<{ id: number; seance_date: string | null }>;
  await expect
    .poll(() =>
      members
        .locator('[data-member-id][data-offered="true"]')
        .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-member-id')))),
    )
    .toEqual(wireStaff.filter((m) => m.seance_date).map((m) => m.id));
  const member = wireStaff.find((m) => m.seance_date)!;
  await expect(members.locator(`[data-member-id="${member.id}"]`)).toContainText(
    `Next free: ${DateTime.fromISO(member.seance_date!.slice(0, 10)).toFormat('ccc d LLL')}`,
  );
  await members.locator(`[data-member-id="${member.id}"]`).click();

  // This month and the next (a month's end may leave this one nothing bookable), for the member and anyone.
  const thisMonth = SALON_TODAY.slice(0, 7);
  const nextMonth = DateTime.fromISO(SALON_TODAY).plus({ months: 1 }).toFormat('yyyy-MM');
  const dates = app.getByRole('region', { name: 'Dates and times bookable online' });
  let picked = await expectSameAsAltegio(app, http, member.id, consultation.id, thisMonth);
  await dates.getByRole('button', { name: 'Next month' }).click();
  picked = (await expectSameAsAltegio(app, http, member.id, consultation.id, nextMonth)) || picked;
  expect(picked).toBe(true);
  await saveScreen(app, 'online-booking');

  await members.locator('[data-member-id="0"]').click();
  await dates.getByRole('button', { name: 'Previous month' }).click();
  await expectSameAsAltegio(app, http, 0, consultation.id, thisMonth);
  await dates.getByRole('button', { name: 'Next month' }).click();
  expect(await expectSameAsAltegio(app, http, 0, consultation.id, nextMonth)).toBe(true);

  // The owner switches online booking off: one banner for the page, and Altegio refuses the public routes.
  const switchOnlineBooking = async (enabled: boolean) => {
    const control = await fetch(`${new URL(emulator.url).origin}/__emulator/online-booking`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ locationId: SALON_ID, enabled }),
    });
    expect(control.ok).toBe(true);
  };
  await switchOnlineBooking(false);
  expect((await http.get(`/book_services/${SALON_ID}`)).status).toBe(403);
  await app.getByRole('button', { name: 'Refresh' }).click();
  await expect(app.getByTestId('online-booking-off')).toHaveText(
    'Online booking is switched off for this location in Altegio: clients cannot book anything online until the owner switches it on again.',
  );
  await expect(app.getByRole('progressbar')).toHaveCount(0);
  await expect(app.getByRole('alert')).toHaveCount(1);
  await expect(app.getByRole('region', { name: 'Services bookable online' })).toBeHidden();
  await saveScreen(app, 'online-booking-off');

  // Back on: Refresh brings the page back, as Altegio offers it again.
  await switchOnlineBooking(true);
  expect((await http.get(`/book_services/${SALON_ID}`)).status).toBe(200);
  await app.getByRole('button', { name: 'Refresh' }).click();
  await expect(app.getByTestId('online-booking-off')).toHaveCount(0);
  await expect(services).toBeVisible();
  await expect(members.locator(`[data-member-id="${member.id}"]`)).toHaveAttribute('data-offered', 'true');
  await expect(dates.locator('[data-kind="loading"]')).toHaveCount(0);
  await expect(app.getByRole('alert')).toHaveCount(0);
});
