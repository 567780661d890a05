import { DateTime } from 'luxon';
import { altegioHttp } from '../support/altegioHttp';
import { freeForWalkIn, walkInMoment } from '../support/walkIn';
import { expect, openDemo, saveScreen, test } from './fixtures';
import { calendarLoaded, card, freshPhone, SALON_ZONE } from './support/salon';

const NOW = walkInMoment();
test.use({ viewport: { width: 1400, height: 1100 }, now: NOW });

interface WireRecord {
  id: number;
  staff_id: number;
  datetime: string;
  client: { name: string } | null;
  services: Array<{ id: number }>;
  record_labels: Array<{ title: string }>;
}

test('a client walks in for a haircut: who can take them, soonest first, and booking the first', async ({
  app,
  emulator,
}) => {
  const http = await altegioHttp(emulator);
  await openDemo(app);
  await expect(app.getByRole('button', { name: 'Walk-in' })).toBeVisible();
  await calendarLoaded(app);

  await app.keyboard.press('i');
  const dialog = app.getByRole('dialog', { name: 'Walk-in: who can take them now?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Services' }).fill("Men's haircut");
  await app.getByRole('option', { name: "Men's haircut", exact: true }).click();

  const services = (await http.get('/company/101/services')).body.data as Array<{
    id: number;
    title: string;
  }>;
  const haircut = services.find((service) => service.title === "Men's haircut")?.id ?? 0;
  const expected = await freeForWalkIn(http, 101, [haircut], NOW, 3);
  expect(expected.length, 'several members are free within 3 hours').toBeGreaterThan(1);
  const wallTime = (datetime: string) => DateTime.fromISO(datetime).setZone(SALON_ZONE).toFormat('HH:mm');
  const rows = dialog.getByRole('list', { name: 'Free now' }).getByRole('listitem');
  await expect
    .poll(() => rows.evaluateAll((items) => items.map((item) => item.getAttribute('aria-label'))))
    .toEqual(expected.map((option) => `${option.name} ${wallTime(option.datetime)}`));
  await expect(rows.first()).toContainText(/now|in \d+ min/);
  await saveScreen(app, 'walk-in');

  const [first] = expected;
  if (!first) throw new Error('nobody free');
  await dialog.getByRole('textbox', { name: 'Client name' }).fill('Wanda Walkin');
  await dialog.getByRole('textbox', { name: 'Phone' }).fill(freshPhone());
  await rows
    .first()
    .getByRole('button', { name: `Book ${first.name} at ${wallTime(first.datetime)}` })
    .click();
  await expect(dialog).toBeHidden();
  await expect(
    app.getByText(`Walk-in booked with ${first.name} at ${wallTime(first.datetime)}.`),
  ).toBeVisible();

  // Altegio has it: that member, that service, that time, the Walk-in label.
  const day = DateTime.fromISO(first.datetime).setZone(SALON_ZONE).toISODate();
  let booked: WireRecord | undefined;
  await expect
    .poll(async () => {
      const reply = await http.get(`/records/101?start_date=${day}&end_date=${day}&count=200`);
      booked = (reply.body.data as WireRecord[]).find((record) => record.client?.name === 'Wanda Walkin');
      return booked !== undefined;
    })
    .toBe(true);
  if (!booked) throw new Error('not booked');
  expect(booked.staff_id).toBe(first.teamMemberId);
  expect(booked.services.map((service) => service.id)).toEqual([haircut]);
  expect(Date.parse(booked.datetime)).toBe(Date.parse(first.datetime));
  expect(booked.record_labels.map((label) => label.title)).toEqual(['Walk-in']);
  // And the calendar shows it, its details open.
  await expect(card(app, booked.id)).toBeVisible();
});
