import type { Page } from '@playwright/test';
import { altegioHttp } from '../support/altegioHttp';
import { bookOnline } from '../support/onlineBooking';
import { expect, openDemo, saveScreen, test } from './fixtures';
import { calendarLoaded, EMMA, formatDay, freshPhone, QUIET_DAY } from './support/salon';

test.use({ viewport: { width: 1400, height: 1000 } });

const inboxButton = (app: Page) => app.getByRole('button', { name: /^Online bookings/ });

/** The count on the inbox button once the inbox is read. */
async function inboxCount(app: Page): Promise<number> {
  await expect(inboxButton(app)).toHaveAccessibleName(/^Online bookings: \d+ to look at$/);
  const name = (await inboxButton(app).getAttribute('aria-label')) ?? '';
  return Number(/(\d+)/.exec(name)?.[1]);
}

test('an online booking made while the desk works lands in the inbox; Open shows it, Acknowledge clears it', async ({
  app,
  emulator,
}) => {
  const http = await altegioHttp(emulator);
  await openDemo(app);
  await expect(app.getByTestId('calendar')).toBeVisible();
  await calendarLoaded(app);
  // The first look covers the day before: whatever the seed booked online then is already counted.
  const before = await inboxCount(app);

  const phone = freshPhone();
  const booked = await bookOnline(http, {
    teamMemberId: EMMA,
    date: QUIET_DAY,
    fullname: 'Nora Online',
    phone,
  });
  // The next live poll brings it in; nothing else asks again.
  await app.clock.fastForward('00:11');
  await expect(inboxButton(app)).toHaveAccessibleName(`Online bookings: ${before + 1} to look at`, {
    timeout: 20_000,
  });

  await inboxButton(app).click();
  const panel = app.getByRole('dialog', { name: 'Online bookings' });
  const item = panel.getByRole('listitem', { name: `Nora Online · ${phone}` });
  await expect(item).toContainText('New');
  await expect(item).toContainText(`${booked.service.title} with Emma Johnson`);
  const when = `${formatDay(QUIET_DAY, 'ccc d LLL')}, ${booked.datetime.slice(11, 16)}`;
  await expect(item).toContainText(when);
  await saveScreen(app, 'booking-inbox');

  await item.getByRole('button', { name: 'Open' }).click();
  await expect(panel).toBeHidden();
  await expect(app.getByTestId('calendar-title')).toContainText(formatDay(QUIET_DAY, 'MMMM d, yyyy'));
  const drawer = app.getByRole('dialog', { name: 'Appointment details' });
  await expect(drawer.getByRole('heading', { name: 'Nora Online' })).toBeVisible();
  await expect(drawer.getByRole('row', { name: 'Booked Online' })).toBeVisible();
  await drawer.getByRole('button', { name: 'Close details' }).click();

  // Altegio has it as an online booking; acknowledging is this desk's own and changes nothing there.
  const stored = (await http.get(`/record/101/${booked.recordId}`)).body.data;
  expect(stored).toMatchObject({ online: true, staff_id: EMMA, client: { phone } });

  await inboxButton(app).click();
  await panel
    .getByRole('listitem', { name: `Nora Online · ${phone}` })
    .getByRole('button', { name: 'Acknowledge' })
    .click();
  await expect(panel.getByRole('listitem', { name: `Nora Online · ${phone}` })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Close online bookings' }).click();
  await expect(inboxButton(app)).toHaveAccessibleName(`Online bookings: ${before} to look at`);
  expect((await http.get(`/record/101/${booked.recordId}`)).body.data).toEqual(stored);
});
