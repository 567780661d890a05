import type { Locator, Page } from '@playwright/test';
import { DEMO_CREDENTIALS } from '../../electron/emulator';
import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import { expect, openDemo, saveScreen, test, type MainSide } from './fixtures';
import { addDays, bookAtSalon, card, EMMA, goToDate, LIAM, QUIET_DAY, SALON_TODAY } from './support/salon';
import { TEST_NOW } from '../support/testClock';
import { openCalendar, openSettings } from './support/settings';

test.use({ viewport: { width: 1400, height: 1100 } });

interface WireLabel {
  id: number;
  title: string;
  color: string;
  icon: string;
  entity: number;
}

async function storedLabels(http: AltegioHttp, entity = 'record'): Promise<WireLabel[]> {
  const reply = await http.get(`/labels/101/${entity}`);
  expect(reply.status).toBe(200);
  return reply.body.data as WireLabel[];
}

async function storedLabel(http: AltegioHttp, title: string): Promise<WireLabel | undefined> {
  return (await storedLabels(http)).find((label) => label.title === title);
}

async function bookWithLabels(http: AltegioHttp, time: string, client: string, labelIds: number[]) {
  const booked = await bookAtSalon(http, {
    teamMemberId: time < '12:00' ? EMMA : LIAM,
    date: QUIET_DAY,
    time,
    client,
    extra: { record_labels: labelIds },
  });
  return booked.id;
}

async function recordLabels(http: AltegioHttp, id: number): Promise<Array<{ id: number; color: string }>> {
  const reply = await http.get(`/record/101/${id}`);
  expect(reply.status).toBe(200);
  return reply.body.data.record_labels;
}

/**
 * A seeded appointment on one of the coming days that carries the label and that Altegio last changed
 * well before the test began: polls look two minutes back, so only this desk's cache can recolour it.
 */
async function seededCarrier(http: AltegioHttp, labelId: number): Promise<{ id: number; day: string }> {
  const longAgo = TEST_NOW.getTime() - 30 * 60_000;
  for (let offset = 1; offset <= 13; offset++) {
    const day = addDays(SALON_TODAY, offset);
    const reply = await http.get(`/records/101?start_date=${day}&end_date=${day}&count=200`);
    const records = reply.body.data as Array<{
      id: number;
      last_change_date: string;
      record_labels: Array<{ id: number }>;
    }>;
    const carrier = records.find(
      (record) =>
        record.record_labels.some((label) => label.id === labelId) &&
        Date.parse(record.last_change_date) < longAgo,
    );
    if (carrier) return { id: carrier.id, day };
  }
  throw new Error(`no seeded appointment in the coming days carries label ${labelId}`);
}

async function newLabelDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'New label' }).click();
  const dialog = page.getByRole('dialog', { name: 'New appointment label' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function typeHex(dialog: Locator, hex: string) {
  const field = dialog.getByRole('textbox', { name: 'Hex colour' });
  await field.fill('');
  await field.pressSequentially(hex);
}

/** The computed background of a card's chip for a label. */
function chipOn(page: Page, appointmentId: number, title: string): Locator {
  return card(page, appointmentId).locator('.fd-label', { hasText: title });
}

/** Reloads the page; the demo session lives in main, so the app frame comes back without signing in. */
async function reload(page: Page) {
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
}

/** How many times, since traffic entry `since`, the app loaded `day`'s appointments from Altegio. */
function loadsOf(main: MainSide, day: string, since = 0): number {
  return main.traffic.slice(since).filter((call) => {
    const input = call.input as { from?: string; to?: string } | undefined;
    return call.channel === 'appointments.list' && (input?.from ?? '') <= day && (input?.to ?? '') >= day;
  }).length;
}

/** Whether a poll since traffic entry `since` brought the appointment again. */
function polledAgain(main: MainSide, id: number, since: number): boolean {
  return main.traffic.slice(since).some((call) => {
    if (call.channel !== 'appointments.changes') return false;
    const result = call.result as { ok: boolean; data?: { appointments: Array<{ id: number }> } };
    return result.data?.appointments.some((appointment) => appointment.id === id) ?? false;
  });
}

test.describe('labels in Settings', () => {
  let http: AltegioHttp;

  test.beforeEach(async ({ app, emulator }) => {
    http = await altegioHttp(emulator);
    await openDemo(app);
  });

  test('creates an appointment label with its colour and icon', async ({ app }) => {
    await openSettings(app, 'Labels');
    await expect(app.getByRole('table', { name: 'Appointment labels' })).toBeVisible();
    const dialog = await newLabelDialog(app);
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Allergy check');
    await typeHex(dialog, '00796B');
    await dialog.getByRole('combobox', { name: 'Icon' }).click();
    await app.getByRole('option', { name: 'Bell' }).click();
    await expect(app.locator('.MuiPopover-root')).toHaveCount(0); // the menu has faded out
    await expect(dialog.getByTestId('label-preview').locator('.fd-label')).toHaveCSS(
      'background-color',
      'rgb(0, 121, 107)',
    );
    await saveScreen(app, 'label-dialog');
    await dialog.getByRole('button', { name: 'Create label' }).click();
    await expect(dialog).toBeHidden();

    const row = app.getByRole('row').filter({ has: app.getByRole('rowheader', { name: 'Allergy check' }) });
    await expect(row).toContainText('#00796b');
    await expect(row).toContainText('Bell');
    await saveScreen(app, 'settings-labels');
    expect(await storedLabel(http, 'Allergy check')).toMatchObject({
      color: '#00796b',
      icon: 'bell',
      entity: 2,
    });
  });

  test('a recoloured label changes on the calendar at once; a deleted one leaves every card', async ({
    app,
    main,
  }) => {
    const vip = (await storedLabel(http, 'VIP'))?.id ?? 0;
    const { id, day } = await seededCarrier(http, vip);
    await goToDate(app, day);
    await expect(chipOn(app, id, 'VIP')).toHaveCSS('background-color', 'rgb(233, 30, 99)');

    await openSettings(app, 'Labels');
    await app.getByRole('button', { name: 'Edit VIP' }).click();
    const dialog = app.getByRole('dialog', { name: 'Edit the label “VIP”' });
    await dialog.getByRole('button', { name: 'Blue', exact: true }).click();
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
    expect(await storedLabel(http, 'VIP')).toMatchObject({ color: '#1976d2' });
    expect((await recordLabels(http, id)).find((label) => label.id === vip)?.color).toBe('1976d2');

    // Altegio does not count a label edit as a change of the appointment, and the appointment changed
    // long ago: neither a reload nor a poll brings the new colour. The card follows from this desk's cache.
    const before = main.traffic.length;
    await openCalendar(app);
    await goToDate(app, day);
    await expect(chipOn(app, id, 'VIP')).toHaveCSS('background-color', 'rgb(25, 118, 210)');
    expect(loadsOf(main, day, before), 'the day was not reloaded').toBe(0);
    expect(polledAgain(main, id, before), 'no poll brought the appointment again').toBe(false);

    await openSettings(app, 'Labels');
    await app.getByRole('button', { name: 'Delete VIP' }).click();
    const confirm = app.getByRole('dialog', { name: 'Delete the label “VIP”?' });
    await expect(confirm).toContainText('disappears from every appointment that carries it');
    await expect(confirm).toContainText('cannot be undone');
    await confirm.getByRole('button', { name: 'Delete label' }).click();
    await expect(confirm).toBeHidden();
    await expect(app.getByRole('rowheader', { name: 'VIP', exact: true })).toHaveCount(0);
    expect(await storedLabel(http, 'VIP')).toBeUndefined();
    expect((await recordLabels(http, id)).map((label) => label.id)).not.toContain(vip);

    const beforeDelete = main.traffic.length;
    await openCalendar(app);
    await goToDate(app, day);
    await expect(card(app, id)).toHaveCount(1);
    await expect(chipOn(app, id, 'VIP')).toHaveCount(0);
    expect(loadsOf(main, day, beforeDelete)).toBe(0);
  });

  test('filters the calendar by label, remembers it across a reload, and clears', async ({ app, main }) => {
    const vip = (await storedLabel(http, 'VIP'))?.id ?? 0;
    const deposit = (await storedLabel(http, 'Deposit paid'))?.id ?? 0;
    const withVip = await bookWithLabels(http, '09:00', 'Vera Vip', [vip]);
    const withDeposit = await bookWithLabels(http, '13:00', 'Dan Deposit', [deposit]);
    const without = await bookWithLabels(http, '15:00', 'Nora Nolabel', []);
    await goToDate(app, QUIET_DAY);
    for (const id of [withVip, withDeposit, without]) await expect(card(app, id)).toBeVisible();

    const loadsBefore = loadsOf(main, QUIET_DAY);
    const filter = app.getByRole('combobox', { name: 'Labels shown' });
    await expect(filter).toHaveText('All appointments');
    await filter.click();
    await app.getByRole('option', { name: 'VIP', exact: true }).click();
    await app.keyboard.press('Escape');
    await expect(card(app, withVip)).toBeVisible();
    await expect(card(app, withDeposit)).toHaveCount(0);
    await expect(card(app, without)).toHaveCount(0);
    expect(loadsOf(main, QUIET_DAY), 'a filter change reloads nothing from Altegio').toBe(loadsBefore);
    await expect
      .poll(() => main.store.dump()['preferences'])
      .toMatchObject({ labelFilter: { '101': [vip] } });

    await reload(app);
    await goToDate(app, QUIET_DAY);
    await expect(filter).toHaveText('Only VIP');
    await expect(card(app, withVip)).toBeVisible();
    await expect(card(app, withDeposit)).toHaveCount(0);

    await app.getByRole('button', { name: 'Clear the label filter' }).click();
    for (const id of [withVip, withDeposit, without]) await expect(card(app, id)).toBeVisible();
    await expect(filter).toHaveText('All appointments');
    await expect.poll(() => main.store.dump()['preferences']).toMatchObject({ labelFilter: { '101': [] } });

    // A label deleted at another desk while the calendar is filtered by it is ignored after a reload.
    await filter.click();
    await app.getByRole('option', { name: 'Deposit paid', exact: true }).click();
    await app.keyboard.press('Escape');
    await expect(card(app, withVip)).toHaveCount(0);
    expect((await http.delete(`/labels/101/${deposit}`)).status).toBe(200);
    await reload(app);
    await goToDate(app, QUIET_DAY);
    for (const id of [withVip, withDeposit, without]) await expect(card(app, id)).toBeVisible();
    await expect(filter).toHaveText('All appointments');
  });

  test('says plainly when this Altegio user may not manage labels, and keeps what was typed', async ({
    app,
    emulator,
  }) => {
    emulator.denyRights(DEMO_CREDENTIALS.login, ['labels.manage']);
    await openSettings(app, 'Labels');
    const dialog = await newLabelDialog(app);
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Walk-in');
    await typeHex(dialog, '#123ABC');
    await dialog.getByRole('button', { name: 'Create label' }).click();

    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('This Altegio user does not have the right to manage labels');
    await expect(alert.getByRole('button', { name: 'Retry' })).toHaveCount(0);
    await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue('Walk-in');
    await expect(dialog.getByRole('textbox', { name: 'Hex colour' })).toHaveValue('#123ABC');
    expect(await storedLabel(http, 'Walk-in')).toBeUndefined();
  });

  test('refuses a colour that is not six hex digits before sending anything', async ({ app, main }) => {
    await openSettings(app, 'Labels');
    const dialog = await newLabelDialog(app);
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Typo');
    const hex = dialog.getByRole('textbox', { name: 'Hex colour' });
    for (const typed of ['#12345', 'red']) {
      await typeHex(dialog, typed);
      await expect(dialog.getByText('Pick a colour such as #4caf50.')).toBeVisible();
      await expect(hex).toHaveAttribute('aria-invalid', 'true');
      await dialog.getByRole('button', { name: 'Create label' }).click();
      await expect(dialog).toBeVisible();
    }
    expect(main.traffic.filter((call) => call.channel === 'labels.create')).toEqual([]);
    expect(await storedLabel(http, 'Typo')).toBeUndefined();
  });
});
