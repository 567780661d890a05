import type { Locator, Page } from '@playwright/test';
import { DEMO_CREDENTIALS } from '../../electron/emulator';
import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import { expect, openDemo, saveScreen, test } from './fixtures';
import { bookAtSalon, card, EMMA, goToDate, QUIET_DAY } from './support/salon';
import { openCalendar, openSettings } from './support/settings';

test.use({ viewport: { width: 1400, height: 1100 } });

interface WireField {
  id: number;
  custom_field: { code: string; title: string; type: { code: string }; values: string[] | null };
}

async function storedFields(http: AltegioHttp): Promise<Map<string, WireField['custom_field']>> {
  const reply = await http.get('/custom_fields/record/101');
  expect(reply.status).toBe(200);
  return new Map((reply.body.data as WireField[]).map((item) => [item.custom_field.code, item.custom_field]));
}

async function fieldDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'New field' }).click();
  const dialog = page.getByRole('dialog', { name: 'New appointment field' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function createField(page: Page, title: string, type: string, values: string[] = []) {
  const dialog = await fieldDialog(page);
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: type, exact: true }).click();
  if (values.length) await dialog.getByLabel('Values').fill(values.join('\n'));
  await dialog.getByRole('button', { name: 'Create field' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('rowheader', { name: title, exact: true })).toBeVisible();
}

test.describe('custom fields in Settings', () => {
  let http: AltegioHttp;

  test.beforeEach(async ({ app, emulator }) => {
    http = await altegioHttp(emulator);
    await openDemo(app);
  });

  test('creates a field of each type, and the appointment dialog stores a value in each', async ({ app }) => {
    await openSettings(app, 'Custom fields');
    await createField(app, 'Room', 'Text');
    await createField(app, 'Towels used', 'Number');
    await createField(app, 'Cape colour', 'Choice from a list', ['Black', 'Red']);
    await createField(app, 'Follow-up on', 'Date');
    await createField(app, 'Called at', 'Date and time');
    await saveScreen(app, 'settings-custom-fields');

    const stored = await storedFields(http);
    expect(
      ['room', 'towels_used', 'cape_colour', 'follow_up_on', 'called_at'].map((code) => [
        code,
        stored.get(code)?.type.code,
        stored.get(code)?.values,
      ]),
    ).toEqual([
      ['room', 'text', null],
      ['towels_used', 'number', null],
      ['cape_colour', 'select', ['Black', 'Red']],
      ['follow_up_on', 'date', null],
      ['called_at', 'datetime', null],
    ]);

    const booked = await bookAtSalon(http, {
      teamMemberId: EMMA,
      date: QUIET_DAY,
      time: '11:00',
      client: 'Field Test',
    });
    await openCalendar(app);
    await goToDate(app, QUIET_DAY);
    await card(app, booked.id).click();
    await app.getByRole('button', { name: 'Edit' }).click();
    const edit = app.getByRole('dialog', { name: 'Edit appointment' });
    await edit.getByLabel('Room', { exact: true }).fill('Room 2');
    await edit.getByLabel('Towels used').fill('3');
    await edit.getByRole('combobox', { name: 'Cape colour' }).click();
    await app.getByRole('option', { name: 'Red' }).click();
    await edit.getByLabel('Follow-up on').fill('2027-02-28');
    await edit.getByLabel('Called at').fill('2027-02-01T09:15');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit).toBeHidden();

    const record = (await http.get(`/record/101/${booked.id}`)).body.data as { custom_fields: unknown };
    expect(record.custom_fields).toMatchObject({
      room: 'Room 2',
      towels_used: 3,
      cape_colour: ['Red'],
      follow_up_on: '2027-02-28',
      called_at: '2027-02-01 09:15:00',
    });
    const details = app.getByRole('dialog', { name: 'Appointment details' });
    await expect(details.getByRole('row', { name: 'Cape colour Red' })).toBeVisible();
    await expect(details.getByRole('row', { name: 'Follow-up on 28 Feb 2027' })).toBeVisible();
  });

  test('a rename shows at once in the details, and a delete takes the field and its values', async ({
    app,
  }) => {
    const booked = await bookAtSalon(http, {
      teamMemberId: EMMA,
      date: QUIET_DAY,
      time: '12:00',
      client: 'Quiet Chair',
      extra: { custom_fields: { stylist_notes: 'Prefers a quiet chair' } },
    });
    await expect(app.getByTestId('calendar')).toBeVisible();
    await openSettings(app, 'Custom fields');
    await app.getByRole('button', { name: 'Edit Notes for the stylist' }).click();
    const dialog = app.getByRole('dialog', { name: /Edit the appointment field/ });
    await expect(dialog.getByLabel('Code')).toBeDisabled();
    await dialog.getByLabel('Title').fill('Stylist notes');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    expect((await storedFields(http)).get('stylist_notes')?.title).toBe('Stylist notes');

    await openCalendar(app);
    await goToDate(app, QUIET_DAY);
    await card(app, booked.id).click();
    const details = app.getByRole('dialog', { name: 'Appointment details' });
    await expect(details.getByRole('row', { name: 'Stylist notes Prefers a quiet chair' })).toBeVisible();
    await details.getByRole('button', { name: 'Close details' }).click();

    await openSettings(app, 'Custom fields');
    await app.getByRole('button', { name: 'Delete Stylist notes' }).click();
    const confirm = app.getByRole('dialog', { name: 'Delete the field “Stylist notes”?' });
    await expect(confirm).toContainText('The values stored in it on every appointment are lost with it.');
    await saveScreen(app, 'custom-field-delete');
    await confirm.getByRole('button', { name: 'Delete field' }).click();
    await expect(confirm).toBeHidden();
    await expect(app.getByRole('rowheader', { name: 'Stylist notes' })).toHaveCount(0);
    expect((await storedFields(http)).has('stylist_notes')).toBe(false);
    const record = (await http.get(`/record/101/${booked.id}`)).body.data as { custom_fields: unknown };
    expect(record.custom_fields).not.toHaveProperty('stylist_notes');

    await openCalendar(app);
    await goToDate(app, QUIET_DAY);
    await card(app, booked.id).click();
    await expect(details.getByRole('row', { name: /Prefers a quiet chair/ })).toHaveCount(0);
    await app.getByRole('button', { name: 'Edit' }).click();
    const edit = app.getByRole('dialog', { name: 'Edit appointment' });
    await expect(edit.getByLabel('Hair type')).toBeVisible();
    await expect(edit.getByLabel('Stylist notes')).toHaveCount(0);
    await edit.getByRole('button', { name: 'Close' }).click();
    await details.getByRole('button', { name: 'Close details' }).click();

    // A field made again with the same code starts empty, here and in Altegio.
    await openSettings(app, 'Custom fields');
    await createField(app, 'Stylist notes', 'Text');
    expect((await storedFields(http)).has('stylist_notes')).toBe(true);
    await openCalendar(app);
    await goToDate(app, QUIET_DAY);
    await card(app, booked.id).click();
    await expect(details).toBeVisible();
    await expect(details.getByRole('row', { name: /Prefers a quiet chair/ })).toHaveCount(0);
    const again = (await http.get(`/record/101/${booked.id}`)).body.data as { custom_fields: unknown };
    expect(again.custom_fields).not.toHaveProperty('stylist_notes');
  });

  test('a code already taken is caught before sending, and Altegio’s own refusal shows at the code', async ({
    app,
    main,
  }) => {
    await openSettings(app, 'Custom fields');
    const dialog = await fieldDialog(app);
    await dialog.getByLabel('Title').fill('Hair type');
    await expect(dialog.getByLabel('Code')).toHaveValue('hair_type');
    await dialog.getByRole('button', { name: 'Create field' }).click();
    await expect(dialog.getByText('“Hair type” already uses this code.')).toBeVisible();
    await saveScreen(app, 'custom-field-dialog');
    await dialog.getByLabel('Code').fill('2 rooms');
    await dialog.getByRole('button', { name: 'Create field' }).click();
    await expect(
      dialog.getByText('Latin letters, digits and underscores only, starting with a letter.'),
    ).toBeVisible();
    expect(main.traffic.filter((call) => call.channel === 'customFields.create')).toEqual([]);

    // Another desk takes "room" while this dialog is open.
    const taken = await http.post('/custom_fields/record/101', {
      code: 'room',
      title: 'Room (other desk)',
      type: 'text',
      user_can_edit: true,
      show_in_ui: true,
    });
    expect(taken.status).toBe(200);
    await dialog.getByLabel('Title').fill('Treatment room');
    await dialog.getByLabel('Code').fill('room');
    await dialog.getByRole('button', { name: 'Create field' }).click();
    await expect(dialog.getByText('The code has already been taken.')).toBeVisible();
    await expect(dialog.getByLabel('Title')).toHaveValue('Treatment room');
    expect((await storedFields(http)).get('room')?.title).toBe('Room (other desk)');
  });

  test('a user without the right is told so, and keeps what was typed', async ({ app, emulator }) => {
    emulator.denyRights(DEMO_CREDENTIALS.login, ['customFields.create']);
    await openSettings(app, 'Custom fields');
    const dialog = await fieldDialog(app);
    await dialog.getByLabel('Title').fill('Allergies');
    await dialog.getByRole('button', { name: 'Create field' }).click();
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('This Altegio user does not have the right to manage custom fields');
    await expect(alert).toContainText('Not enough rights');
    await expect(alert.getByRole('button', { name: 'Retry' })).toHaveCount(0);
    await expect(dialog.getByLabel('Title')).toHaveValue('Allergies');
    await saveScreen(app, 'custom-field-forbidden');
    // A stray Esc does not throw away what was typed.
    await app.keyboard.press('Escape');
    const discard = app.getByRole('dialog', { name: 'Discard the changes?' });
    await expect(discard).toContainText('This field has changes that are not saved.');
    await discard.getByRole('button', { name: 'Keep editing' }).click();
    await expect(dialog.getByLabel('Title')).toHaveValue('Allergies');
    expect((await storedFields(http)).has('allergies')).toBe(false);
  });
});
