import { APP_VERSION, expect, openDemo, test } from './fixtures';
import { calendarLoaded } from './support/salon';

test('About shows the version and the licence; ? on the calendar lists its shortcuts', async ({ app }) => {
  await openDemo(app);
  await calendarLoaded(app);

  await app.getByRole('button', { name: 'About Frontdesk' }).click();
  const about = app.getByRole('dialog', { name: 'About Frontdesk' });
  await expect(about.getByTestId('about-version')).toHaveText(`Version ${APP_VERSION}`);
  await expect(about).toContainText('GPL-3.0');
  await about.getByRole('button', { name: 'Close' }).click();
  await expect(about).toBeHidden();

  await app.getByTestId('section-title').click();
  await app.keyboard.press('Shift+Slash');
  const sheet = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const calendar = sheet.getByRole('region', { name: 'Appointment log, outside a text field' });
  await expect(calendar.getByRole('row', { name: /Go to today/ })).toBeVisible();
  await expect(calendar.getByRole('row', { name: /New appointment/ })).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});
