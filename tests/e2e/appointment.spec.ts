import type { Locator, Page } from '@playwright/test';
import { expect, openDemo, saveScreen, test } from './fixtures';
import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import { choose, newAppointment, newClient, setStart } from './support/appointmentDialog';
import { bookAtSalon, card, EMMA, formatDay, goToDate, LIAM, QUIET_DAY } from './support/salon';

test.use({ timezoneId: 'Asia/Tokyo', viewport: { width: 1400, height: 1300 } });

interface WireRecord {
  id: number;
  staff_id: number;
  date: string;
  seance_length: number;
  technical_break_duration: number;
  attendance: number;
  comment: string;
  custom_color: string;
  api_id: string;
  sms_remain_hours: number;
  email_remain_hours: number;
  record_labels: Array<{ id: number; title: string }>;
  custom_fields: Record<string, unknown> | unknown[];
  client: { id: number; name: string; phone: string; email: string } | null;
  services: Array<{ id: number; title: string; first_cost: number; discount: number; cost: number }>;
}

async function dayRecords(http: AltegioHttp): Promise<WireRecord[]> {
  const reply = await http.get(`/records/101?start_date=${QUIET_DAY}&end_date=${QUIET_DAY}&count=200`);
  expect(reply.status).toBe(200);
  return reply.body.data as WireRecord[];
}

async function serviceByTitle(http: AltegioHttp, title: string) {
  const services = (await http.get('/company/101/services/')).body.data as Array<{
    id: number;
    title: string;
    price_min: number;
    duration: number;
    staff: Array<{ id: number; seance_length: number }>;
  }>;
  const service = services.find((item) => item.title === title);
  if (!service) throw new Error(`no service ${title}`);
  return service;
}

async function book(http: AltegioHttp, teamMemberId: number, time: string, client: string) {
  const haircut = (await serviceByTitle(http, "Men's haircut")).id;
  const created = await bookAtSalon(http, {
    teamMemberId,
    date: QUIET_DAY,
    time,
    client,
    services: [{ id: haircut, first_cost: 35, discount: 0, cost: 35 }],
  });
  return created as unknown as WireRecord;
}

async function addService(page: Page, dialog: Locator, title: string) {
  await dialog.getByRole('combobox', { name: 'Add a service' }).fill(title);
  await page.getByRole('option', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')}`) }).click();
}

test.describe('the appointment dialogs', () => {
  let http: AltegioHttp;

  test.beforeEach(async ({ app, emulator }) => {
    http = await altegioHttp(emulator);
    // Two more field types than the demo seeds: multiple choice and date-time.
    for (const field of [
      { code: 'products', title: 'Products used', type: 'list', values: ['Shampoo', 'Mask', 'Serum'] },
      { code: 'consult_at', title: 'Consultation', type: 'datetime' },
    ]) {
      const created = await http.post('/custom_fields/record/101', {
        ...field,
        user_can_edit: true,
        show_in_ui: true,
      });
      expect(created.status).toBeLessThan(300);
    }
    await openDemo(app);
    await expect(app.getByTestId('calendar')).toBeVisible();
    await goToDate(app, QUIET_DAY);
  });

  test('books with every field, Altegio keeps each one, and an edit replaces them', async ({ app }) => {
    const haircut = await serviceByTitle(http, "Women's haircut");
    const blowDry = await serviceByTitle(http, 'Blow-dry');
    // The member's own length for a service, else the service's (what Altegio would book).
    const lengthOf = (service: typeof haircut, member = EMMA) =>
      service.staff.find((link) => link.id === member)?.seance_length ?? service.duration;
    const labels = (await http.get('/labels/101/2')).body.data as Array<{ id: number; title: string }>;
    const vip = labels.find((label) => label.title === 'VIP')!;

    const dialog = await newAppointment(app);
    await newClient(dialog, 'Nora Quinn', '+1 (202) 555-0199', 'nora@example.com');
    await choose(app, dialog, 'Team member', 'Emma Johnson');
    await addService(app, dialog, "Women's haircut");
    await addService(app, dialog, 'Blow-dry');
    await dialog.getByLabel('Discount of Blow-dry').fill('10');
    await expect(dialog.getByTestId(`cost-${blowDry.id}`)).toHaveText('$40.50');
    await expect(dialog.getByTestId('services-total')).toHaveText(
      `$${(haircut.price_min + 40.5).toFixed(2)}`,
    );
    await setStart(app, dialog, '10:00');
    await choose(app, dialog, 'Technical break', '15 min');
    const expectedMinutes = (lengthOf(haircut) + lengthOf(blowDry)) / 60 + 15;
    await expect(dialog.getByLabel('Duration, minutes')).toHaveValue(String(expectedMinutes));
    await choose(app, dialog, 'Status', 'Confirmed');
    await dialog.getByLabel('Comment').fill('Bring the colour chart');
    await dialog.getByLabel('SMS reminder, hours before').fill('2');
    await dialog.getByLabel('E-mail reminder, hours before').fill('24');
    await dialog.getByRole('button', { name: 'Teal' }).click();
    await dialog.getByRole('combobox', { name: 'Labels' }).click();
    await app.getByRole('option', { name: 'VIP' }).click();
    await dialog.getByLabel('Notes for the stylist').fill('Prefers a quiet chair');
    await dialog.getByLabel('Colour used, grams').fill('12.5');
    await choose(app, dialog, 'Hair type', 'Curly');
    await dialog.getByLabel('Patch test date').fill('2027-01-20');
    await dialog.getByRole('combobox', { name: 'Products used' }).click();
    await app.getByRole('option', { name: 'Shampoo' }).click();
    await app.getByRole('option', { name: 'Mask' }).click();
    await app.keyboard.press('Escape');
    await dialog.getByLabel('Consultation').fill('2027-01-25T15:30');
    await dialog.getByLabel('External id').fill('EXT-42');
    await saveScreen(app, 'appointment-dialog');
    await dialog.getByRole('button', { name: 'Book' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.getByText(/Booked: Nora Quinn/)).toBeVisible();

    const [record] = await dayRecords(http);
    expect(record).toBeDefined();
    const expected = {
      staff_id: EMMA,
      date: `${QUIET_DAY} 10:00:00`,
      seance_length: expectedMinutes * 60,
      technical_break_duration: 900,
      attendance: 2,
      comment: 'Bring the colour chart',
      custom_color: '009688',
      api_id: 'EXT-42',
      sms_remain_hours: 2,
      email_remain_hours: 24,
    };
    expect(record).toMatchObject(expected);
    expect(record!.client).toMatchObject({
      name: 'Nora Quinn',
      phone: '+12025550199',
      email: 'nora@example.com',
    });
    expect(
      record!.services.map(({ id, first_cost, discount, cost }) => [id, first_cost, discount, cost]),
    ).toEqual([
      [haircut.id, haircut.price_min, 0, haircut.price_min],
      [blowDry.id, blowDry.price_min, 10, 40.5],
    ]);
    expect(record!.record_labels.map((label) => label.id)).toEqual([vip.id]);
    expect(record!.custom_fields).toEqual({
      stylist_notes: 'Prefers a quiet chair',
      product_grams: 12.5,
      hair_type: ['Curly'],
      patch_test_date: '2027-01-20',
      products: ['Shampoo', 'Mask'],
      consult_at: '2027-01-25 15:30:00',
    });
    await expect(card(app, record!.id)).toBeVisible();

    // Edit: another time, member, discount, break, comment, labels and fields; the rest must survive.
    await card(app, record!.id).click();
    await app.getByRole('button', { name: 'Edit' }).click();
    const edit = app.getByRole('dialog', { name: 'Edit appointment' });
    await expect(edit.getByLabel('Comment')).toHaveValue('Bring the colour chart');
    await choose(app, edit, 'Team member', 'Liam Carter');
    await setStart(app, edit, '15:30');
    await edit.getByLabel('Discount of Blow-dry').fill('20');
    await choose(app, edit, 'Technical break', 'None');
    await edit.getByLabel('Comment').fill('Moved to the afternoon');
    await edit.getByRole('button', { name: 'No colour' }).click();
    await edit.getByRole('combobox', { name: 'Labels' }).click();
    await app.getByRole('option', { name: 'Deposit paid' }).click();
    await edit.getByLabel('Notes for the stylist').fill('');
    await choose(app, edit, 'Hair type', 'Fine');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit).toBeHidden();

    const [edited] = await dayRecords(http);
    const deposit = labels.find((label) => label.title === 'Deposit paid')!;
    expect(edited).toMatchObject({
      ...expected,
      id: record!.id,
      staff_id: LIAM,
      date: `${QUIET_DAY} 15:30:00`,
      // Recomputed for Liam's lengths, without the break.
      seance_length: lengthOf(haircut, LIAM) + lengthOf(blowDry, LIAM),
      technical_break_duration: 0,
      comment: 'Moved to the afternoon',
      custom_color: '',
    });
    expect(edited!.client).toMatchObject({
      id: record!.client!.id,
      name: 'Nora Quinn',
      phone: '+12025550199',
    });
    expect(edited!.services.map(({ id, discount, cost }) => [id, discount, cost])).toEqual([
      [haircut.id, 0, haircut.price_min],
      [blowDry.id, 20, 36],
    ]);
    expect(edited!.record_labels.map((label) => label.id).sort()).toEqual([vip.id, deposit.id].sort());
    expect(edited!.custom_fields).toEqual({
      product_grams: 12.5,
      hair_type: ['Fine'],
      patch_test_date: '2027-01-20',
      products: ['Shampoo', 'Mask'],
      consult_at: '2027-01-25 15:30:00',
    });
  });

  test('a taken time says so, and "Save anyway" books it', async ({ app }) => {
    await book(http, LIAM, '10:00', 'Already Here');
    const dialog = await newAppointment(app);
    await newClient(dialog, 'Second Booking', '+12025550142');
    await choose(app, dialog, 'Team member', 'Liam Carter');
    await addService(app, dialog, "Men's haircut");
    await setStart(app, dialog, '10:00');
    await dialog.getByRole('button', { name: 'Book' }).click();
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('This time cannot be booked');
    expect((await dayRecords(http)).length).toBe(1);
    await alert.getByRole('button', { name: 'Save anyway' }).click();
    await expect(dialog).toBeHidden();
    const records = await dayRecords(http);
    expect(records.map((r) => [r.staff_id, r.date, r.client?.name]).sort()).toEqual(
      [
        [LIAM, `${QUIET_DAY} 10:00:00`, 'Already Here'],
        [LIAM, `${QUIET_DAY} 10:00:00`, 'Second Booking'],
      ].sort(),
    );
  });

  test('the free-slot finder lists bookable times and fills the time with one click', async ({ app }) => {
    await book(http, LIAM, '10:00', 'Early Bird');
    const dialog = await newAppointment(app);
    await choose(app, dialog, 'Team member', 'Liam Carter');
    await addService(app, dialog, "Men's haircut");
    await setStart(app, dialog, '08:00');
    await dialog.getByRole('button', { name: 'Find a free time' }).click();
    const finder = dialog.getByRole('region', { name: 'Free times' });
    await expect(finder.getByTestId('finder-day')).toHaveText(
      `${formatDay(QUIET_DAY, 'cccc d LLLL yyyy')} · Liam Carter`,
    );
    const times = finder
      .getByRole('group', { name: 'Bookable times' })
      .or(finder.getByLabel('Bookable times'));
    await expect(times.getByRole('button', { name: '11:00' })).toBeVisible();
    await expect(times.getByRole('button', { name: '10:00' })).toHaveCount(0);
    await times.getByRole('button', { name: '11:00' }).click();
    await expect(dialog.getByRole('group', { name: 'Date and time' })).toContainText(`${QUIET_DAY} 11:00`);
  });

  test('cancels after naming what it cancels, and Undo books it again', async ({ app }) => {
    const booked = await book(http, EMMA, '11:00', 'Cancel Me');
    // Booked "at another desk": the live refresh brings it in within ten seconds.
    await expect(card(app, booked.id)).toBeVisible({ timeout: 20_000 });
    await card(app, booked.id).click();
    await app.getByRole('button', { name: 'Cancel appointment' }).click();
    const confirm = app.getByRole('dialog', { name: 'Cancel this appointment?' });
    await expect(confirm.getByTestId('cancel-summary')).toHaveText(
      `Cancel Me · ${formatDay(QUIET_DAY, 'ccc d LLL yyyy')}, 11:00 · Emma Johnson`,
    );
    await confirm.getByRole('button', { name: 'Cancel appointment' }).click();
    await expect(card(app, booked.id)).toHaveCount(0);
    expect(await dayRecords(http)).toEqual([]);
    await app.getByRole('button', { name: 'Undo' }).click();
    await expect(app.getByText('Appointment restored')).toBeVisible();
    const [restored] = await dayRecords(http);
    expect(restored).toMatchObject({
      staff_id: EMMA,
      date: `${QUIET_DAY} 11:00:00`,
      seance_length: 3600,
      comment: 'booked at the other desk',
      client: { name: 'Cancel Me', phone: booked.client!.phone },
    });
    expect(restored!.services.map((s) => s.id)).toEqual(booked.services.map((s) => s.id));
    await expect(card(app, restored!.id)).toBeVisible();
  });

  test('a save through a failing network keeps the input, and Retry books exactly once', async ({
    app,
    emulator,
  }) => {
    const dialog = await newAppointment(app);
    await newClient(dialog, 'Flaky Network', '+12025550177');
    await choose(app, dialog, 'Team member', 'Liam Carter');
    await addService(app, dialog, "Men's haircut");
    await setStart(app, dialog, '12:00');
    await emulator.faults.set({ dropRate: 1 });
    await dialog.getByRole('button', { name: 'Book' }).click();
    const alert = dialog.getByRole('alert');
    // Every reply is lost, and so is the look for the booking: whether it was made is not known.
    await expect(alert).toContainText('Perhaps saved', { timeout: 20_000 });
    await expect(dialog.getByLabel('Client name')).toHaveValue('Flaky Network');
    await expect(dialog.getByRole('combobox', { name: 'Team member' })).toHaveText('Liam Carter');
    await emulator.faults.set({ dropRate: 0 });
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(dialog).toBeHidden();
    const records = (await dayRecords(http)).filter((r) => r.client?.name === 'Flaky Network');
    expect(records.map((r) => [r.staff_id, r.date])).toEqual([[LIAM, `${QUIET_DAY} 12:00:00`]]);
  });
});
