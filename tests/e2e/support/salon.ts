import type { Locator, Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { expect } from '../fixtures';

/** The demo salon (location 101) and the team members the scenarios use. */
export const SALON_ZONE = 'America/New_York';
/** A future Tuesday with working hours and no seeded appointments: a clean page for each test. */
export const QUIET_DAY = '2027-02-02';
export const EMMA = 1001; // 09–13, 14–18 on Tuesdays
export const LIAM = 1002; // 10–19 on Tuesdays

/** Jumps the calendar to `date` with the toolbar's date picker, as a user types it. */
export async function goToDate(page: Page, date: string): Promise<void> {
  const field = page.getByRole('group', { name: 'Go to date' });
  await field.click();
  await page.keyboard.press('Control+a');
  const [y, m, d] = date.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('calendar-title')).toContainText(
    DateTime.fromISO(date).toFormat('MMMM d, yyyy'),
  );
}

/** The calendar event of one appointment. */
export function card(page: Page, id: number): Locator {
  return page.locator(`.fc-event:has([data-appointment-id="${id}"])`);
}
