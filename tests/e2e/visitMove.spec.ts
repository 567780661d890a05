import type { Page } from '@playwright/test';
import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import { expect, openDemo, saveScreen, test } from './fixtures';
import { bookAtSalon, card, EMMA, freshPhone, goToDate, LIAM, QUIET_DAY, salonTime } from './support/salon';

test.use({ viewport: { width: 1400, height: 1000 } });

/** Where Altegio has the appointment now (raw HTTP to the emulator). */
async function storedStart(http: AltegioHttp, id: number): Promise<number> {
  const reply = await http.get(`/record/101/${id}`);
  expect(reply.status).toBe(200);
  return Date.parse((reply.body.data as { datetime: string }).datetime);
}

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

test('a two-appointment visit moves by an hour as one, and not at all when a new time is taken', async ({
  app,
  emulator,
}) => {
  const http = await altegioHttp(emulator);
  const client = { name: 'Violet Visit', phone: freshPhone() };
  const emma = await bookAtSalon(http, {
    teamMemberId: EMMA,
    date: QUIET_DAY,
    time: '10:00',
    minutes: 30,
    client: client.name,
    extra: { client },
  });
  const liam = await bookAtSalon(http, {
    teamMemberId: LIAM,
    date: QUIET_DAY,
    time: '11:00',
    client: client.name,
    extra: { client },
  });
  const at = (time: string) => Date.parse(salonTime(QUIET_DAY, time));

  await openDemo(app);
  await expect(app.getByTestId('calendar')).toBeVisible();
  await goToDate(app, QUIET_DAY);
  // Shift-dragged into Emma's column: a whole visit moves in time only, so the card goes back, unsaved.
  await app.keyboard.down('Shift');
  await drag(app, liam.id, EMMA, '12:00');
  await app.keyboard.up('Shift');
  await expect(app.getByText('A whole visit moves in time only; drop it in the same column.')).toBeVisible();
  await expect(app.getByRole('dialog', { name: /^Move the whole visit/ })).toHaveCount(0);
  expect(await storedStart(http, liam.id)).toBe(at('11:00'));
  const liamStored = await http.get(`/record/101/${liam.id}`);
  expect((liamStored.body.data as { staff_id: number }).staff_id).toBe(LIAM);

  // Liam's card dragged an hour later with Shift held: the card goes back and the whole visit is offered.
  await app.keyboard.down('Shift');
  await drag(app, liam.id, LIAM, '12:00');
  await app.keyboard.up('Shift');
  const dialog = app.getByRole('dialog', { name: 'Move the whole visit of Violet Visit' });
  await expect(dialog.getByTestId('visit-move-offset')).toHaveText('1 h later');
  await expect(dialog.getByRole('textbox', { name: 'New start of the 11:00 appointment' })).toHaveValue(
    '12:00',
  );
  const rows = dialog.getByTestId('visit-move-row');
  await expect(rows.nth(0)).toContainText('10:00–10:3011:00–11:30Free');
  await expect(rows.nth(1)).toContainText('11:00–12:0012:00–13:00Free');
  await expect(rows).toHaveCount(2);
  expect(await storedStart(http, liam.id)).toBe(at('11:00'));
  await saveScreen(app, 'visit-move-dialog');
  await dialog.getByRole('button', { name: 'Move all 2' }).click();
  await expect(dialog.getByText('All 2 appointments moved.')).toBeVisible();
  expect(await storedStart(http, emma.id)).toBe(at('11:00'));
  expect(await storedStart(http, liam.id)).toBe(at('12:00'));
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // The calendar has the new times at once, without a reload.
  await card(app, emma.id).click();
  const drawer = app.getByRole('dialog', { name: 'Appointment details' });
  await expect(drawer.getByTestId('drawer-when')).toContainText('11:00–11:30');

  // Another desk books Liam at 13:00: another hour later, his appointment has nowhere to go.
  const taken = await bookAtSalon(http, {
    teamMemberId: LIAM,
    date: QUIET_DAY,
    time: '13:00',
    client: 'Other Desk',
  });
  await drawer.getByRole('button', { name: 'Move the whole visit' }).click();
  await expect(rows).toHaveCount(2);
  await expect(dialog.getByTestId('visit-move-offset')).toHaveText('Not moved yet');
  await dialog.getByRole('button', { name: '+1 h' }).click();
  await expect(dialog.getByRole('textbox', { name: 'New start of the 11:00 appointment' })).toHaveValue(
    '12:00',
  );
  await expect(rows.nth(1)).toContainText(
    `12:00–13:0013:00–14:00The team member is busy then (another appointment or a group event). (#${taken.id})`,
  );
  await expect(rows.nth(0)).toContainText('Free');
  await expect(dialog.getByRole('button', { name: 'Move all 2' })).toBeDisabled();
  await saveScreen(app, 'visit-move-problem');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await storedStart(http, emma.id)).toBe(at('11:00'));
  expect(await storedStart(http, liam.id)).toBe(at('12:00'));

  // A visit of one appointment offers no whole-visit move.
  await app.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await card(app, taken.id).click();
  await expect(drawer.getByTestId('drawer-when')).toContainText('13:00–14:00');
  await expect(drawer.getByRole('button', { name: 'Move the whole visit' })).toHaveCount(0);
});
