import type { Locator, Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { expect } from '../fixtures';

export {
  addDays,
  EMMA,
  formatDay,
  LIAM,
  QUIET_DAY,
  SALON_TODAY,
  SALON_ZONE,
  salonTime,
} from '../../support/demoSalon';

/** Jumps the calendar to `date` with the toolbar's date field, as a user types it (then Enter). */
export async function goToDate(page: Page, date: string): Promise<void> {
  const field = page.getByRole('group', { name: 'Go to date' });
  await field.click();
  await page.keyboard.press('Control+a');
  const [y, m, d] = date.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('calendar-title')).toContainText(
    DateTime.fromISO(date).toFormat('MMMM d, yyyy'),
  );
}

/** The calendar event of one appointment. */
export function card(page: Page, id: number): Locator {
  return page.locator(`.fc-event:has([data-appointment-id="${id}"])`);
}
