import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

/** Opens Settings from the navigation and shows one of its tabs. */
export async function openSettings(page: Page, tab: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByText('Settings').click();
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await expect(page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute('aria-selected', 'true');
}

/** Back to the appointment log from another section. */
export async function openCalendar(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByText('Appointment log').click();
  await expect(page.getByTestId('calendar')).toBeVisible();
}
