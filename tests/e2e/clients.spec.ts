import type { Locator, Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import { TEST_NOW } from '../support/testClock';
import { choose, newAppointment, setStart } from './support/appointmentDialog';
import { expect, openDemo, saveScreen, test } from './fixtures';
import {
  addDays,
  bookAtSalon,
  card,
  EMMA,
  freshPhone,
  goToDate,
  LIAM,
  QUIET_DAY,
  SALON_TODAY,
  SALON_ZONE,
} from './support/salon';

test.use({ viewport: { width: 1400, height: 1100 } });

interface ClientSpec {
  name: string;
  surname: string;
  phone?: string;
}

/** A client as another desk made them, with what the card shows and must keep: labels, comment, fields. */
async function makeClient(http: AltegioHttp, spec: ClientSpec): Promise<{ id: number; phone: string }> {
  const labels = (await http.get('/labels/101/client')).body.data as Array<{ id: number; title: string }>;
  const phone = spec.phone ?? freshPhone();
  const created = await http.post('/clients/101', {
    name: spec.name,
    surname: spec.surname,
    phone,
    email: `${spec.name.toLowerCase()}@example.com`,
    birth_date: '1988-04-21',
    gender_id: 2,
    importance_id: 2,
    categories: labels.slice(0, 1).map((label) => label.id),
    discount: 5,
    card: '777001',
    comment: 'Allergic to lavender oil',
    custom_fields: { allergies: 'Latex', last_consultation: `${SALON_TODAY} 11:30:00` },
  });
  expect(created.status).toBe(201);
  return { id: created.body.data.id as number, phone };
}

/** An appointment of an existing client, booked "at another desk" (raw HTTP). */
async function bookClient(
  http: AltegioHttp,
  clientId: number,
  date: string,
  time: string,
  extra: Record<string, unknown> = {},
) {
  return bookAtSalon(http, {
    teamMemberId: time < '13:00' ? EMMA : LIAM,
    date,
    time,
    client: 'unused',
    extra: { client: { id: clientId }, ...extra },
  });
}

/** From the calendar's card of the appointment to the client card, through the details drawer. */
async function openCardFromDrawer(page: Page, appointmentId: number, title: string): Promise<Locator> {
  await goToDate(page, QUIET_DAY);
  await card(page, appointmentId).click();
  const drawer = page.getByRole('dialog', { name: 'Appointment details' });
  // Once the drawer has slid in: a click while it still moves can land beside the button on a busy machine.
  await expect(drawer).toHaveCSS('transform', 'none');
  await drawer.getByRole('button', { name: 'Client card' }).click();
  await expect(page.getByRole('dialog', { name: title })).toBeVisible();
  // Not by its name: the card's title follows an edit of the name.
  const clientCard = page.locator('[role="dialog"][aria-labelledby="client-card-title"]');
  await expect(clientCard.getByRole('table', { name: 'Client details' })).toBeVisible();
  return clientCard;
}

test.describe('the client card', () => {
  let http: AltegioHttp;

  test.beforeEach(async ({ app, emulator }) => {
    http = await altegioHttp(emulator);
    await openDemo(app);
  });

  test('opens from the calendar drawer and changes name and phone; Altegio keeps everything else', async ({
    app,
  }) => {
    const client = await makeClient(http, { name: 'Clara', surname: 'Cardholder' });
    const booked = await bookClient(http, client.id, QUIET_DAY, '10:00');
    await http.post(`/clients/101/clients/${client.id}/comments`, { text: 'Prefers the window seat' });
    const before = (await http.get(`/client/101/${client.id}`)).body.data;

    const clientCard = await openCardFromDrawer(app, booked.id, 'Clara Cardholder');
    const details = clientCard.getByRole('table', { name: 'Client details' });
    await expect(details).toContainText(client.phone);
    await expect(details).toContainText('clara@example.com');
    await expect(details).toContainText('Allergic to lavender oil');
    await expect(details).toContainText('Latex');
    await expect(clientCard.getByRole('region', { name: 'Upcoming' })).toContainText(
      DateTime.fromISO(QUIET_DAY).toFormat('ccc d LLL yyyy, 10:00'),
    );
    await expect(clientCard.getByRole('region', { name: 'Notes' })).toContainText('Prefers the window seat');
    await saveScreen(app, 'client-card');

    // A note added on the card reaches Altegio.
    await clientCard.getByLabel('New note').fill('Asked for a reminder call');
    await clientCard.getByRole('button', { name: 'Add note' }).click();
    await expect(clientCard.getByRole('region', { name: 'Notes' })).toContainText(
      'Asked for a reminder call',
    );
    await expect
      .poll(async () => (await http.get(`/clients/101/clients/${client.id}/comments`)).body.meta.count)
      .toBe(2);

    const newPhone = freshPhone();
    await clientCard.getByRole('button', { name: 'Edit client' }).click();
    const form = clientCard.getByRole('form', { name: 'Edit client' });
    await form.getByLabel('Name').fill('Clarissa');
    await form.getByLabel('Phone').fill(newPhone);
    await saveScreen(app, 'client-card-edit');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toHaveCount(0);
    await expect(details).toContainText(newPhone);
    await expect(app.getByRole('dialog', { name: 'Clarissa Cardholder' })).toBeVisible();

    const after = (await http.get(`/client/101/${client.id}`)).body.data;
    expect(after).toEqual({
      ...before,
      name: 'Clarissa',
      display_name: 'Clarissa Cardholder',
      phone: newPhone,
      last_change_date: after.last_change_date,
    });

    // The calendar shows the new name and phone without waiting for a poll.
    await clientCard.getByRole('button', { name: 'Close' }).click();
    const drawer = app.getByRole('dialog', { name: 'Appointment details' });
    await expect(drawer.getByRole('heading', { name: 'Clarissa Cardholder' })).toBeVisible();
    await expect(drawer).toContainText(newPhone);
    await expect(card(app, booked.id)).toContainText('Clarissa Cardholder');
  });

  test('a phone another client has is refused at the field, and what was typed stays', async ({ app }) => {
    const client = await makeClient(http, { name: 'Dora', surname: 'Duplicate' });
    const other = await makeClient(http, { name: 'Otto', surname: 'Owner' });
    const booked = await bookClient(http, client.id, QUIET_DAY, '11:00');
    const clientCard = await openCardFromDrawer(app, booked.id, 'Dora Duplicate');
    await clientCard.getByRole('button', { name: 'Edit client' }).click();
    const form = clientCard.getByRole('form', { name: 'Edit client' });
    await form.getByLabel('Name').fill('Dora Renamed');
    const typed = other.phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '+1 ($1) $2-$3');
    await form.getByLabel('Phone').fill(typed);
    await form.getByRole('button', { name: 'Save' }).click();

    await expect(form.getByText('A client with this phone already exists')).toBeVisible();
    await expect(form.getByLabel('Phone')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Phone')).toHaveValue(typed);
    await expect(form.getByLabel('Name')).toHaveValue('Dora Renamed');
    const stored = (await http.get(`/client/101/${client.id}`)).body.data;
    expect([stored.name, stored.phone]).toEqual(['Dora', client.phone]);

    // A phone with too few digits never reaches Altegio.
    await form.getByLabel('Phone').fill('12345');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByText('Enter a phone number with 9 to 15 digits.')).toBeVisible();
  });

  test('the booking dialog alerts the desk to a client’s no-shows of the last 12 months', async ({ app }) => {
    const client = await makeClient(http, { name: 'Nina', surname: 'Noshow' });
    const now = DateTime.fromJSDate(TEST_NOW, { zone: SALON_ZONE });
    for (const [days, attendance] of [
      [-5, -1],
      [-40, -1],
      [-200, -1],
      [-300, 1],
      [-400, -1],
    ] as const)
      await bookClient(http, client.id, addDays(SALON_TODAY, days), '10:00', { attendance });
    await bookClient(http, client.id, QUIET_DAY, '12:00');
    await http.post(`/clients/101/clients/${client.id}/comments`, { text: 'Call before booking' });

    // The count, from Altegio's own records: no-shows that began from this date a year ago up to now.
    const since = now.minus({ years: 1 }).toISODate()!;
    const records = (
      await http.get(
        `/records/101?client_id=${client.id}&start_date=${addDays(SALON_TODAY, -730)}&end_date=${SALON_TODAY}&count=200`,
      )
    ).body.data as Array<{ attendance: number; date: string; datetime: string }>;
    const expected = records.filter(
      (record) =>
        record.attendance === -1 &&
        record.date.slice(0, 10) >= since &&
        Date.parse(record.datetime) <= now.toMillis(),
    ).length;
    expect(expected).toBeGreaterThan(1);

    const dialog = await newAppointment(app);
    await dialog.getByRole('combobox', { name: 'Client' }).fill('Nina Nosh');
    // A search result opens the card too, leaving the search as it was.
    await app.getByRole('button', { name: 'Client card of Nina Noshow' }).click();
    const fromSearch = app.getByRole('dialog', { name: 'Nina Noshow' });
    await expect(fromSearch.getByRole('table', { name: 'Client details' })).toContainText(client.phone);
    await fromSearch.getByRole('button', { name: 'Close' }).click();
    await expect(fromSearch).toHaveCount(0);
    await dialog.getByRole('combobox', { name: 'Client' }).click();
    await app.getByRole('option', { name: /^Nina Noshow/ }).click();
    const alerts = dialog.getByRole('region', { name: 'Client alerts' });
    await expect(alerts).toContainText(`${expected} no-shows in the last 12 months`);
    await expect(alerts).toContainText('1 visit');
    await expect(alerts).toContainText(`Next: ${DateTime.fromISO(QUIET_DAY).toFormat('ccc d LLL')}, 12:00`);
    await expect(alerts).toContainText('Comment: Allergic to lavender oil');
    await expect(alerts).toContainText('Note: Call before booking');
    await saveScreen(app, 'client-alerts');

    // The card opens over the booking, without a second "Book", and closes back to it.
    await dialog.getByRole('button', { name: 'Client card' }).click();
    const clientCard = app.getByRole('dialog', { name: 'Nina Noshow' });
    await expect(clientCard.getByRole('table', { name: 'Client details' })).toContainText(
      `${expected} no-shows in the last 12 months`,
    );
    await expect(clientCard.getByRole('button', { name: 'Book' })).toHaveCount(0);
    await clientCard.getByRole('button', { name: 'Close' }).click();
    await expect(dialog.getByRole('combobox', { name: 'Client' })).toHaveValue('Nina Noshow');
  });

  test('books from the card: the new appointment is the client’s', async ({ app }) => {
    const client = await makeClient(http, { name: 'Bea', surname: 'Booker' });
    const booked = await bookClient(http, client.id, QUIET_DAY, '09:00');
    const clientCard = await openCardFromDrawer(app, booked.id, 'Bea Booker');
    await clientCard.getByRole('button', { name: 'Book' }).click();

    const dialog = app.getByRole('dialog', { name: 'New appointment' });
    await expect(dialog.getByRole('combobox', { name: 'Client' })).toHaveValue('Bea Booker');
    await expect(dialog.getByRole('region', { name: 'Client alerts' })).toContainText('Next:');
    await choose(app, dialog, 'Team member', 'Liam Carter');
    await setStart(app, dialog, '15:00');
    await dialog.getByRole('button', { name: 'Book' }).click();
    await expect(dialog).toHaveCount(0);

    await expect
      .poll(async () => {
        const day = (
          await http.get(`/records/101?client_id=${client.id}&start_date=${QUIET_DAY}&end_date=${QUIET_DAY}`)
        ).body.data as Array<{ date: string; staff_id: number }>;
        return day.map((record) => [record.date, record.staff_id]).sort();
      })
      .toEqual([
        [`${QUIET_DAY} 09:00:00`, EMMA],
        [`${QUIET_DAY} 15:00:00`, LIAM],
      ]);
  });

  test('another desk’s change made after the card loaded is not saved over: Reload, then save', async ({
    app,
  }) => {
    const client = await makeClient(http, { name: 'Cora', surname: 'Conflict' });
    const booked = await bookClient(http, client.id, QUIET_DAY, '13:00');
    const loaded = (await http.get(`/client/101/${client.id}`)).body.data;
    const clientCard = await openCardFromDrawer(app, booked.id, 'Cora Conflict');
    await clientCard.getByRole('button', { name: 'Edit client' }).click();
    const form = clientCard.getByRole('form', { name: 'Edit client' });
    const newPhone = freshPhone();
    await form.getByLabel('Phone').fill(newPhone);

    // Another desk renames her; Altegio stamps changes to the second, so it lands in a later one.
    await expect
      .poll(async () => {
        const other = await http.put(`/client/101/${client.id}`, { name: 'Corinna', phone: client.phone });
        return other.body.data.last_change_date;
      })
      .not.toBe(loaded.last_change_date);

    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByText(/^Someone else changed this client at \d\d:\d\d/)).toBeVisible();
    await saveScreen(app, 'client-card-conflict');
    const untouched = (await http.get(`/client/101/${client.id}`)).body.data;
    expect([untouched.name, untouched.phone]).toEqual(['Corinna', client.phone]);

    await form.getByRole('button', { name: 'Reload' }).click();
    await expect(form.getByLabel('Name')).toHaveValue('Corinna');
    await expect(form.getByLabel('Phone')).toHaveValue(newPhone);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toHaveCount(0);
    await expect
      .poll(async () => {
        const stored = (await http.get(`/client/101/${client.id}`)).body.data;
        return [stored.name, stored.phone, stored.email];
      })
      .toEqual(['Corinna', newPhone, 'cora@example.com']);
  });

  test('a client edited on the card opened from the booking dialog is the one booked', async ({ app }) => {
    const client = await makeClient(http, { name: 'Eddie', surname: 'Editor' });
    await goToDate(app, QUIET_DAY);
    const dialog = await newAppointment(app);
    await dialog.getByRole('combobox', { name: 'Client' }).fill('Eddie Edit');
    await app.getByRole('option', { name: /^Eddie Editor/ }).click();
    await dialog.getByRole('button', { name: 'Client card' }).click();
    const clientCard = app.getByRole('dialog', { name: 'Eddie Editor' });
    await clientCard.getByRole('button', { name: 'Edit client' }).click();
    const form = clientCard.getByRole('form', { name: 'Edit client' });
    const newPhone = freshPhone();
    await form.getByLabel('Name').fill('Edwin');
    await form.getByLabel('Phone').fill(newPhone);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toHaveCount(0);
    await app.getByRole('dialog', { name: 'Edwin Editor' }).getByRole('button', { name: 'Close' }).click();

    await expect(dialog.getByRole('combobox', { name: 'Client' })).toHaveValue('Edwin Editor');
    await expect(dialog).toContainText(newPhone);
    await choose(app, dialog, 'Team member', 'Liam Carter');
    await setStart(app, dialog, '16:00');
    await dialog.getByRole('button', { name: 'Book' }).click();
    await expect(dialog).toHaveCount(0);

    // Booked for the same client, who now has the new phone; no second client was made for it.
    await expect
      .poll(async () => {
        const day = (
          await http.get(`/records/101?client_id=${client.id}&start_date=${QUIET_DAY}&end_date=${QUIET_DAY}`)
        ).body.data as Array<{ date: string; client: { id: number; phone: string } }>;
        return day.map((record) => [record.date, record.client.id]);
      })
      .toEqual([[`${QUIET_DAY} 16:00:00`, client.id]]);
    const found = await http.post('/company/101/clients/search', {
      fields: ['id', 'name', 'phone'],
      filters: [{ type: 'quick_search', state: { value: newPhone.replace(/\D/g, '') } }],
    });
    expect(found.body.data).toEqual([{ id: client.id, name: 'Edwin Editor', phone: newPhone }]);
  });
});
