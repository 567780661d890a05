import type { Page } from '@playwright/test';
import { expect, openDemo, saveScreen, test } from './fixtures';
import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import {
  addDays,
  bookAtSalon,
  busiestRecentDay,
  calendarLoaded,
  card,
  EMMA,
  formatDay,
  goToDate,
  LIAM,
  QUIET_DAY,
  SALON_TODAY,
} from './support/salon';

// The browser runs in Tokyo; the demo salon is in New York. Every time on screen must be New York's.
test.use({ timezoneId: 'Asia/Tokyo', viewport: { width: 1400, height: 1300 } });

const book = (http: AltegioHttp, teamMemberId: number, date: string, time: string, client: string) =>
  bookAtSalon(http, {
    teamMemberId,
    date,
    time,
    client,
    services: [{ id: 2001, first_cost: 45, discount: 0, cost: 45 }],
  });

/** Drags a card by its top edge so that its start lands on `time` in the member's column. */
async function drag(page: Page, id: number, teamMemberId: number, time: string) {
  const slot = page.locator(`td.fc-timegrid-slot-lane[data-time="${time}:00"]`);
  await slot.scrollIntoViewIfNeeded();
  await card(page, id).scrollIntoViewIfNeeded();
  const source = await card(page, id).boundingBox();
  const column = await page.locator(`.fc-col-header-cell[data-resource-id="${teamMemberId}"]`).boundingBox();
  const target = await slot.boundingBox();
  if (!source || !column || !target) throw new Error('calendar geometry not available');
  const grab = { x: source.x + source.width / 2, y: source.y + 4 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 5, grab.y + 5, { steps: 3 });
  await page.mouse.move(column.x + column.width / 2, target.y + 4, { steps: 12 });
  await page.mouse.up();
}

test.describe('the appointment log', () => {
  let http: AltegioHttp;

  test.beforeEach(async ({ app, emulator }) => {
    http = await altegioHttp(emulator);
    await openDemo(app);
    await expect(app.getByTestId('calendar')).toBeVisible();
  });

  test('shows a column per team member, in Altegio’s order', async ({ app }) => {
    const staff = (await http.get('/staff/101')).body.data as Array<{
      id: number;
      name: string;
      weight: number;
      fired: number;
      status: number;
    }>;
    // Fired and removed members (status 1) stay in Altegio's list but have no column.
    const expected = staff
      .filter((member) => !member.fired && member.status !== 1)
      .sort((a, b) => b.weight - a.weight)
      .map((member) => member.name);
    expect(expected.length).toBeLessThan(staff.length);
    await expect(app.locator('.fc-col-header-cell.fc-resource')).toHaveText(expected);
    await saveScreen(app, 'calendar-day');
    // One team member's week, for the README.
    await app.locator('button[value="memberWeek"]').click();
    await calendarLoaded(app);
    await saveScreen(app, 'calendar-week');
  });

  test('opens on the location’s today and shows times in its zone, not the computer’s', async ({ app }) => {
    // The browser's clock says the same instant, but in Tokyo it is often already tomorrow.
    await expect(app.getByTestId('calendar-title')).toContainText(formatDay(SALON_TODAY, 'MMMM d, yyyy'));
    // The seed's busiest recent day (the salon closes on Sundays, so "today" may have nothing).
    const { day, ids } = await busiestRecentDay(http, 101, SALON_TODAY);
    const records = (await http.get(`/records/101?start_date=${day}&end_date=${day}&count=200`)).body
      .data as Array<{ id: number; date: string; activity_id: number }>;
    expect(ids.length).toBeGreaterThan(0);
    if (day !== SALON_TODAY) await goToDate(app, day);
    // A group event's clients share one card (see groupEvents.spec.ts); these are individual ones.
    for (const record of records.filter((item) => !item.activity_id).slice(0, 5)) {
      await expect(card(app, record.id).locator('.fd-time')).toHaveText(record.date.slice(11, 16));
    }
  });

  test('jumps to a date with the date picker and hides a team member with the filter', async ({
    app,
    main,
  }) => {
    await goToDate(app, QUIET_DAY);
    await expect(app.locator('.fc-col-header-cell.fc-resource')).toHaveCount(12);
    await app.getByRole('combobox', { name: 'Team members shown' }).click();
    await app.getByRole('option', { name: /Liam Carter/ }).click();
    await app.keyboard.press('Escape');
    await expect(app.locator('.fc-col-header-cell.fc-resource')).toHaveCount(11);
    await expect(app.locator(`.fc-col-header-cell[data-resource-id="${LIAM}"]`)).toHaveCount(0);
    await expect
      .poll(() => main.store.dump()['preferences'])
      .toMatchObject({ hiddenTeamMembers: { '101': [LIAM] } });
  });

  test('drags to another team member and time, and Altegio keeps it', async ({ app }) => {
    const booked = await book(http, EMMA, QUIET_DAY, '10:00', 'Dana Drag');
    await goToDate(app, QUIET_DAY);
    await expect(card(app, booked.id)).toBeVisible();
    await drag(app, booked.id, LIAM, '14:30');
    await expect(app.getByText(/Moved to 14:30 with Liam Carter/)).toBeVisible();
    const saved = (await http.get(`/record/101/${booked.id}`)).body.data;
    expect(saved.staff_id).toBe(LIAM);
    expect(saved.date).toBe(`${QUIET_DAY} 14:30:00`);
    expect(saved.seance_length).toBe(3600);
    await expect(card(app, booked.id).locator('.fd-time')).toHaveText('14:30');
  });

  test('a refused drag snaps back with the reason, and "Save anyway" saves it', async ({ app }) => {
    const moving = await book(http, EMMA, QUIET_DAY, '10:00', 'Rita Refused');
    await book(http, LIAM, QUIET_DAY, '15:00', 'Otto Occupied');
    await goToDate(app, QUIET_DAY);
    await expect(card(app, moving.id)).toBeVisible();
    await drag(app, moving.id, LIAM, '15:00');
    await expect(app.getByText(/Not moved:/)).toBeVisible();
    await expect(card(app, moving.id).locator('.fd-time')).toHaveText('10:00');
    expect((await http.get(`/record/101/${moving.id}`)).body.data.staff_id).toBe(EMMA);

    await app.getByRole('button', { name: 'Save anyway' }).click();
    await expect(app.getByText(/Moved to 15:00 with Liam Carter/)).toBeVisible();
    const saved = (await http.get(`/record/101/${moving.id}`)).body.data;
    expect([saved.staff_id, saved.date]).toEqual([LIAM, `${QUIET_DAY} 15:00:00`]);
  });

  test('an appointment booked elsewhere appears without a reload', async ({ app }) => {
    await goToDate(app, QUIET_DAY);
    const booked = await book(http, LIAM, QUIET_DAY, '11:00', 'Walter Walkin');
    await expect(card(app, booked.id)).toBeVisible({ timeout: 30_000 });
    await expect(card(app, booked.id)).toContainText('Walter Walkin');
  });

  test('changes the status from the details drawer, and Altegio keeps it', async ({ app }) => {
    const booked = await book(http, EMMA, QUIET_DAY, '09:00', 'Stella Status');
    await goToDate(app, QUIET_DAY);
    await card(app, booked.id).click();
    const drawer = app.getByRole('dialog', { name: 'Appointment details' });
    await expect(drawer.getByRole('heading', { name: 'Stella Status' })).toBeVisible();
    await expect(drawer.getByText('booked at the other desk')).toBeVisible();
    await saveScreen(app, 'appointment-drawer');
    await drawer.getByRole('button', { name: 'Arrived' }).click();
    await expect(drawer.getByRole('button', { name: 'Arrived' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await http.get(`/record/101/${booked.id}`)).body.data.attendance).toBe(1);
    await expect(card(app, booked.id)).toHaveClass(/fd-status-arrived/);
  });

  test('keyboard, views, search and the printed day', async ({ app }) => {
    const booked = await book(http, LIAM, QUIET_DAY, '16:00', 'Priya Printsheet');
    await goToDate(app, QUIET_DAY);
    await expect(card(app, booked.id)).toBeVisible();

    await app.keyboard.press('l');
    await expect(app.locator('.fc-list')).toBeVisible();
    await expect(app.locator('.fc-list')).toContainText('Priya Printsheet');
    await app.keyboard.press('w');
    await expect(app.locator('.fc-col-header-cell.fc-day')).toHaveCount(7);
    await app.getByRole('button', { name: 'Week (one)' }).click();
    await app.getByRole('combobox', { name: 'Team member' }).click();
    await app.getByRole('option', { name: 'Liam Carter' }).click();
    await expect(app.locator('.fc-col-header-cell.fc-resource')).toHaveCount(7);
    await expect(card(app, booked.id)).toBeVisible();
    await app.keyboard.press('d');
    await expect(app.locator('.fc-col-header-cell.fc-resource')).toHaveCount(12);

    await app.keyboard.press('ArrowRight');
    await expect(app.getByTestId('calendar-title')).toContainText(
      formatDay(addDays(QUIET_DAY, 1), 'MMMM d, yyyy'),
    );
    await app.keyboard.press('ArrowLeft');
    await expect(app.getByTestId('calendar-title')).toContainText(formatDay(QUIET_DAY, 'MMMM d, yyyy'));

    await app.keyboard.press('/');
    await expect(app.getByRole('combobox', { name: 'Find a client' })).toBeFocused();
    await app.keyboard.type('Printsheet');
    await app.getByRole('option', { name: /Priya Printsheet/ }).click();
    await expect(app.getByRole('dialog', { name: 'Appointment details' })).toContainText('Liam Carter');
    await app.getByRole('button', { name: 'Close details' }).click();

    await app.evaluate(() => {
      window.print = () => undefined;
    });
    await app.getByRole('button', { name: 'Print the day' }).click();
    await app.emulateMedia({ media: 'print' });
    const sheet = app.getByTestId('print-sheet');
    await expect(sheet).toBeVisible();
    await expect(sheet.locator('section')).toHaveCount(1);
    await expect(sheet.locator('section', { hasText: 'Liam Carter' })).toContainText('Priya Printsheet');
    await saveScreen(app, 'print-day');
  });
});
