import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { QUIET_DAY } from './salon';

/** Picks an option of a select-like input inside `scope`. */
export async function choose(page: Page, scope: Locator, label: string, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types a start on the quiet day into the dialog's date-and-time field. */
export async function setStart(page: Page, dialog: Locator, time: string, date = QUIET_DAY) {
  await dialog.getByRole('group', { name: 'Date and time' }).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(`${date.replaceAll('-', '')}${time.replace(':', '')}`);
}

/** Opens the New appointment dialog from the toolbar, ready to fill. */
export async function newAppointment(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'New appointment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New appointment' });
  await expect(dialog.getByRole('button', { name: 'Book' })).toBeVisible();
  return dialog;
}

export async function newClient(dialog: Locator, name: string, phone: string, email = '') {
  await dialog.getByRole('button', { name: 'New client' }).click();
  await dialog.getByLabel('Client name').fill(name);
  await dialog.getByLabel('Phone').fill(phone);
  if (email) await dialog.getByLabel('E-mail (optional)').fill(email);
}
