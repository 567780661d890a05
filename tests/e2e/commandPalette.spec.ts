import AxeBuilder from '@axe-core/playwright';
import { DateTime } from 'luxon';
import { altegioHttp } from '../support/altegioHttp';
import { expect, openDemo, test } from './fixtures';
import { choose } from './support/appointmentDialog';
import { addDays, calendarLoaded, LIAM, QUIET_DAY, SALON_TODAY, SALON_ZONE } from './support/salon';

test.use({ viewport: { width: 1400, height: 900 } });

interface WireRecord {
  id: number;
  staff_id: number;
  date: string;
  client: { id: number; name: string } | null;
  services: Array<{ id: number; title: string }>;
}

test('the palette finds a client with nothing in the loaded days, through Altegio, and books for them', async ({
  app,
  emulator,
}) => {
  const http = await altegioHttp(emulator);
  // A client of the salon with no appointment from today to the quiet day: not in any day the calendar loads.
  const records = (await http.get(`/records/101?start_date=${SALON_TODAY}&end_date=${QUIET_DAY}&count=1000`))
    .body.data as WireRecord[];
  const booked = new Set(records.map((record) => record.client?.id));
  const clients = (
    await http.post('/company/101/clients/search', { fields: ['id', 'name', 'phone'], page_size: 200 })
  ).body.data as Array<{ id: number; name: string; phone: string }>;
  const sameName = (name: string) => clients.filter((client) => client.name.includes(name)).length;
  const client = clients.find((c) => !booked.has(c.id) && c.name.length > 3 && sameName(c.name) === 1);
  if (!client) throw new Error('every client of the demo has an appointment in the days loaded');

  await openDemo(app);
  await calendarLoaded(app);
  const palette = app.getByRole('dialog', { name: 'Command palette' });
  const title = app.getByTestId('calendar-title');
  const run = async (text: string, option: RegExp) => {
    await app.keyboard.press('Control+k');
    await expect(palette).toBeVisible();
    await palette.getByRole('combobox').fill(text);
    await palette.getByRole('option', { name: option }).click();
    await expect(palette).toBeHidden();
  };

  // A phrase: the calendar goes to next Tuesday, then to the quiet day by its name.
  const today = DateTime.fromISO(SALON_TODAY, { zone: SALON_ZONE });
  const nextTuesday = addDays(SALON_TODAY, (2 - today.weekday + 7) % 7 || 7);
  await run('go to next Tuesday', /^Go to /);
  await expect(title).toContainText(DateTime.fromISO(nextTuesday).toFormat('MMMM d, yyyy'));
  await run(`go to ${DateTime.fromISO(QUIET_DAY).toFormat('d LLLL yyyy')}`, /^Go to /);
  await expect(title).toContainText(DateTime.fromISO(QUIET_DAY).toFormat('MMMM d, yyyy'));
  await calendarLoaded(app);

  // The client by name, looked up through Altegio; the booking dialog opens for them at 15:00 that day.
  await app.keyboard.press('Control+k');
  await palette.getByRole('combobox').fill(`new appointment for ${client.name} at 15:00`);
  const book = palette.getByRole('option', {
    name: new RegExp(`^New appointment for ${client.name} at 15:00`),
  });
  await expect(book).toBeVisible();
  const { violations } = await new AxeBuilder({ page: app }).include('[role="dialog"]').analyze();
  expect(
    violations.filter((violation) => violation.impact !== 'minor').map((violation) => violation.id),
  ).toEqual([]);
  await app.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  const dialog = app.getByRole('dialog', { name: 'New appointment' });
  await expect(dialog.getByRole('button', { name: 'Book' })).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Client' })).toHaveValue(client.name);
  await choose(app, dialog, 'Team member', 'Liam Carter');
  await dialog.getByRole('combobox', { name: 'Add a service' }).fill("Men's haircut");
  await app.getByRole('option', { name: /^Men's haircut/ }).click();
  await dialog.getByRole('button', { name: 'Book' }).click();
  await expect(dialog).toBeHidden();

  // Altegio has it: that client (by id), that member, that service, 15:00 on the quiet day.
  await expect
    .poll(async () => {
      const day = (await http.get(`/records/101?start_date=${QUIET_DAY}&end_date=${QUIET_DAY}&count=200`))
        .body.data as WireRecord[];
      return day
        .filter((record) => record.client?.id === client.id)
        .map((record) => [record.staff_id, record.date, record.services.map((service) => service.title)]);
    })
    .toEqual([[LIAM, `${QUIET_DAY} 15:00:00`, ["Men's haircut"]]]);
});
