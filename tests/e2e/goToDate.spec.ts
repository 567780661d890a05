import type { Page } from '@playwright/test';
import { expect, openDemo, test } from './fixtures';

// "Go to date" is typed month by month: on the 29th–31st the field passes through dates that do not
// exist (02/31), and on the way to a new year through years nobody means (0002, 0020, 0202).
const field = (page: Page) => page.getByRole('group', { name: 'Go to date' });
const title = (page: Page) => page.getByTestId('calendar-title');

async function typeDate(page: Page, digits: string) {
  await field(page).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(digits);
}

for (const [label, now, today] of [
  ['January 31', '2027-01-31T15:00:00Z', 'January 31, 2027'],
  ['March 29', '2027-03-29T15:00:00Z', 'March 29, 2027'],
  ['August 31', '2027-08-31T15:00:00Z', 'August 31, 2027'],
  ['a leap day', '2028-02-29T15:00:00Z', 'February 29, 2028'],
] as const) {
  test.describe(`with the clock on ${label}`, () => {
    test.use({ now: new Date(now) });

    test('typing 02/02/2027 goes to February 2, 2027', async ({ app }) => {
      await openDemo(app);
      await expect(title(app)).toContainText(today);
      await typeDate(app, '02022027');
      // Nothing moves while the date is being typed…
      await expect(title(app)).toContainText(today);
      await app.keyboard.press('Enter');
      // …and the whole date is kept once it is complete.
      await expect(title(app)).toContainText('February 2, 2027');
      await expect(field(app)).toContainText('02/02/2027');
    });
  });
}

test.describe('the date field', () => {
  test.use({ now: new Date('2027-01-31T15:00:00Z') });

  test('leaving the field goes to a complete date; an incomplete one moves nothing', async ({ app }) => {
    await openDemo(app);
    await typeDate(app, '0229');
    await app.keyboard.press('Enter');
    // 02/29/… is not a date: the calendar stays and the field shows where it is.
    await expect(title(app)).toContainText('January 31, 2027');
    await expect(field(app)).toContainText('01/31/2027');

    await typeDate(app, '12312026');
    await app.keyboard.press('Tab');
    await expect(title(app)).toContainText('December 31, 2026');
  });

  test('a pasted date goes there at once', async ({ app }) => {
    await openDemo(app);
    await field(app).click();
    await app.keyboard.press('Control+a');
    await app.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text', '03/14/2027');
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    await expect(title(app)).toContainText('March 14, 2027');
  });

  test('the field follows the calendar when it moves by other means', async ({ app }) => {
    await openDemo(app);
    await app.getByRole('button', { name: 'Next' }).click();
    await expect(title(app)).toContainText('February 1, 2027');
    await expect(field(app)).toContainText('02/01/2027');
  });
});
