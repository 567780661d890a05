import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { QUIET_DAY } from './salon';

/**
 * Picks an option of a select-like input inside `scope`. A click that lands while the previous menu is
 * still closing opens nothing, so the field is clicked again until the option shows; the list has closed
 * when this returns.
 */
export async function choose(page: Page, scope: Locator, label: string, option: string) {
  const field = scope.getByRole('combobox', { name: label });
  const choice = page.getByRole('option', { name: option, exact: true });
  await expect(async () => {
    if (!(await choice.isVisible())) await field.click({ timeout: 5_000 });
    await choice.click({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(choice).toBeHidden();
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
