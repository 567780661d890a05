import type { Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { expect, openDemo, test } from './fixtures';
import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import { STUDIO_ID } from '../support/demoSalon';
import { TEST_NOW } from '../support/testClock';
import { bookAtSalon, busiestRecentDay, card, EMMA, goToDate, LIAM, QUIET_DAY } from './support/salon';

test.use({ timezoneId: 'Asia/Tokyo', viewport: { width: 1400, height: 1300 } });

const book = (http: AltegioHttp, teamMemberId: number, time: string, client: string, extra = {}) =>
  bookAtSalon(http, { teamMemberId, date: QUIET_DAY, time, client, extra });

const shownIds = async (page: Page) =>
  (await page
    .locator('[data-appointment-id]')
    .evaluateAll((cards) =>
      cards.map((element) => Number(element.getAttribute('data-appointment-id'))),
    )) as number[];

test.describe('the live appointment log', () => {
  let http: AltegioHttp;

  test.beforeEach(async ({ app, emulator }) => {
    http = await altegioHttp(emulator);
    await openDemo(app);
    await expect(app.getByTestId('calendar')).toBeVisible();
  });

  test('a location switch during a slow load never shows the other location’s appointments', async ({
    app,
    emulator,
  }) => {
    const studioToday = DateTime.fromJSDate(TEST_NOW, { zone: 'Asia/Almaty' }).toISODate() ?? '';
    const studio = await busiestRecentDay(http, STUDIO_ID, studioToday);
    expect(studio.ids.length).toBeGreaterThan(0);
    // The salon's next day is asked for slowly; the desk switches to the studio before it answers.
    emulator.faults.set({ latencyMs: 2500 });
    await app.getByRole('button', { name: 'Next' }).click();
    await app.getByTestId('current-location').click();
    await app.getByRole('menuitem', { name: /Frontdesk Demo Studio/ }).click();
    await expect(app.getByTestId('current-location')).toHaveText('Frontdesk Demo Studio');
    await expect(app.getByTestId('calendar')).toBeVisible({ timeout: 20_000 });
    // Let every slow answer (the salon's included) arrive before looking.
    await app.waitForTimeout(3000);
    emulator.faults.clear();
    await goToDate(app, studio.day);
    await expect(card(app, studio.ids[0] ?? 0)).toBeVisible();
    const shown = await shownIds(app);
    const studioDay = (
      await http.get(`/records/${STUDIO_ID}?start_date=${studio.day}&end_date=${studio.day}&count=200`)
    ).body.data as Array<{ id: number }>;
    const studioIds = new Set(studioDay.map((record) => record.id));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((id) => !studioIds.has(id))).toEqual([]);
    const studioTeam = (await http.get(`/staff/${STUDIO_ID}`)).body.data as Array<{ id: number }>;
    const columns = await app
      .locator('.fc-col-header-cell.fc-resource')
      .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-resource-id'))));
    expect(columns.every((id) => studioTeam.some((member) => member.id === id))).toBe(true);
  });

  test('a failing poll says since when the log is stale, and recovers by itself', async ({
    app,
    emulator,
  }) => {
    await goToDate(app, QUIET_DAY);
    const status = app.getByRole('status', { name: 'Appointment log status' });
    await expect(status).toHaveCount(0);
    emulator.faults.set({ dropRate: 1 });
    await app.clock.fastForward('00:11');
    await expect(status).toContainText('Changes from other desks are not coming in', { timeout: 20_000 });
    await expect(status).toContainText('Retrying');

    emulator.faults.clear();
    const booked = await book(http, LIAM, '11:00', 'Back Online');
    await app.clock.fastForward('00:11');
    await expect(card(app, booked.id)).toBeVisible({ timeout: 20_000 });
    await expect(status).toHaveCount(0);
  });

  test('an appointment Frontdesk cannot read is counted, and the rest of the day still shows', async ({
    app,
  }) => {
    const readable = await book(http, LIAM, '10:00', 'Plain Booking');
    // Another program stores a length no calendar can hold.
    await book(http, EMMA, '09:00', 'Endless Booking', { seance_length: 9_000_000_000_000_000 });
    await goToDate(app, QUIET_DAY);
    await expect(card(app, readable.id)).toBeVisible();
    await expect(app.getByRole('status', { name: 'Appointment log status' })).toContainText(
      '1 appointment could not be shown',
    );
  });
});
