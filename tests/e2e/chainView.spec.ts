import type { Locator, Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import { SALON_ID, STUDIO_ID } from '../support/demoSalon';
import { expect, openDemo, saveScreen, test } from './fixtures';
import { freshPhone, SALON_ZONE } from './support/salon';

test.use({ viewport: { width: 1500, height: 1000 } });

const STUDIO_ZONE = 'Asia/Almaty';

interface WireRecord {
  id: number;
  staff_id: number;
  datetime: string;
  seance_length: number;
  attendance: number;
  comment: string;
}

/**
 * Books a client "at another desk" (raw HTTP) with the first member of the location who has nothing in
 * the first free hour from 08:00 on `date`, that location's wall clock. Returns the record and its local hour.
 */
async function bookFreeHour(
  http: AltegioHttp,
  locationId: number,
  zone: string,
  date: string,
  client: string,
) {
  const staff = (await http.get(`/staff/${locationId}`)).body.data as Array<{ id: number; name: string }>;
  const day = (await http.get(`/records/${locationId}?start_date=${date}&end_date=${date}&count=500`)).body
    .data as WireRecord[];
  for (let hour = 8; hour < 20; hour++) {
    const start = DateTime.fromISO(`${date}T${String(hour).padStart(2, '0')}:00`, { zone });
    const end = start.plus({ hours: 1 });
    const member = staff.find(
      (candidate) =>
        !day.some((record) => {
          const from = DateTime.fromISO(record.datetime);
          return (
            record.staff_id === candidate.id &&
            from < end &&
            from.plus({ seconds: record.seance_length }) > start
          );
        }),
    );
    if (!member) continue;
    const created = await http.post(`/records/${locationId}`, {
      staff_id: member.id,
      services: [],
      client: { name: client, phone: freshPhone() },
      datetime: start.toISO({ suppressMilliseconds: true }),
      seance_length: 3600,
      save_if_busy: true,
      comment: 'booked at the other desk',
    });
    expect(created.status).toBe(201);
    return { id: (created.body.data as { id: number }).id, member, time: start.toFormat('HH:mm') };
  }
  throw new Error(`nobody at ${locationId} has a free hour on ${date}`);
}

/** The wall clock a header may show while the test runs (it started at `now` and keeps going). */
function clockText(now: Date, zone: string): RegExp {
  const times = [0, 1, 2, 3].map((minutes) =>
    DateTime.fromJSDate(now, { zone }).plus({ minutes }).toFormat('HH:mm'),
  );
  return new RegExp(`${zone.replace('/', '\\/')} · (${times.join('|')}) now`);
}

/** How far (px) the card's top is from its local hour's row in the column's own time grid. */
async function offsetFromHour(page: Page, column: Locator, card: Locator, time: string): Promise<number> {
  await card.scrollIntoViewIfNeeded();
  const row = column.locator(`td.fc-timegrid-slot-lane[data-time="${time}:00"]`);
  const [cardBox, rowBox] = await Promise.all([card.boundingBox(), row.boundingBox()]);
  if (!cardBox || !rowBox) throw new Error('not laid out');
  void page;
  return Math.abs(cardBox.y - rowBox.y);
}

test('the chain view shows both demo locations side by side, each in its own zone, and acts on either', async ({
  app,
  emulator,
  main,
  now,
}) => {
  const http = await altegioHttp(emulator);
  // The view opens on the open location's (the salon's) today; the studio shows that same date.
  const date = DateTime.fromJSDate(now, { zone: SALON_ZONE }).toISODate() ?? '';
  const salon = await bookFreeHour(http, SALON_ID, SALON_ZONE, date, 'Chain Salon Client');
  const studio = await bookFreeHour(http, STUDIO_ID, STUDIO_ZONE, date, 'Chain Studio Client');

  await openDemo(app);
  await app
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'All locations' })
    .click();
  await expect(app.getByTestId('chain-date')).toHaveText(DateTime.fromISO(date).toFormat('cccc d LLLL yyyy'));

  const salonColumn = app.getByRole('region', { name: 'Frontdesk Demo Salon: the day' });
  const studioColumn = app.getByRole('region', { name: 'Frontdesk Demo Studio: the day' });
  await expect(salonColumn.getByRole('heading', { name: 'Frontdesk Demo Salon' })).toBeVisible();
  await expect(studioColumn.getByRole('heading', { name: 'Frontdesk Demo Studio' })).toBeVisible();
  await expect(salonColumn.getByTestId('chain-column-clock')).toContainText(clockText(now, SALON_ZONE));
  await expect(studioColumn.getByTestId('chain-column-clock')).toContainText(clockText(now, STUDIO_ZONE));
  // Side by side: the studio's column starts where the salon's ends, at the same height.
  const [salonBox, studioBox] = await Promise.all([salonColumn.boundingBox(), studioColumn.boundingBox()]);
  expect(studioBox?.x ?? 0).toBeGreaterThanOrEqual((salonBox?.x ?? 0) + (salonBox?.width ?? 0) - 2);
  expect(Math.abs((studioBox?.y ?? 0) - (salonBox?.y ?? 0))).toBeLessThan(2);

  // Each booking in its own location's column, at its own wall-clock hour, under its own member.
  const salonCard = salonColumn.locator(`.fc-event:has([data-appointment-id="${salon.id}"])`);
  const studioCard = studioColumn.locator(`.fc-event:has([data-appointment-id="${studio.id}"])`);
  await expect(salonCard).toBeVisible();
  await expect(studioCard).toBeVisible();
  await expect(salonCard.locator('.fd-time')).toHaveText(salon.time);
  await expect(studioCard.locator('.fd-time')).toHaveText(studio.time);
  await expect(salonColumn.locator(`[data-appointment-id="${studio.id}"]`)).toHaveCount(0);
  await expect(studioColumn.locator(`[data-appointment-id="${salon.id}"]`)).toHaveCount(0);
  await expect(studioColumn.locator('.fc-col-header-cell', { hasText: studio.member.name })).toBeVisible();
  expect(await offsetFromHour(app, salonColumn, salonCard, salon.time)).toBeLessThan(3);
  expect(await offsetFromHour(app, studioColumn, studioCard, studio.time)).toBeLessThan(3);
  await saveScreen(app, 'chain-view');

  // The studio's card opens the calendar's drawer for that appointment, acting at the studio; pointing
  // at the studio's column put its requests beside the open salon's in the rate limit.
  await studioCard.getByRole('button').click();
  expect(main.traffic.filter((item) => item.channel === 'chainView.focus').at(-1)?.input).toEqual({
    locationId: STUDIO_ID,
  });
  const drawer = app.getByRole('dialog', { name: 'Appointment details' });
  await expect(drawer.getByText('Chain Studio Client')).toBeVisible();
  await expect(drawer.getByTestId('drawer-when')).toContainText(`${studio.time}–`);
  await expect(drawer.getByTestId('drawer-when')).toContainText(studio.member.name);
  await drawer.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Arrived' }).click();
  await expect(drawer.getByRole('button', { name: 'Arrived' })).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(
      async () => ((await http.get(`/record/${STUDIO_ID}/${studio.id}`)).body.data as WireRecord).attendance,
    )
    .toBe(1);
  // Edit from the drawer saves at the studio too.
  await drawer.getByRole('button', { name: 'Edit' }).click();
  const edit = app.getByRole('dialog', { name: 'Edit appointment' });
  await expect(edit.getByLabel('Comment')).toHaveValue('booked at the other desk');
  await edit.getByLabel('Comment').fill('Edited in the chain view');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect
    .poll(async () => ((await http.get(`/record/${STUDIO_ID}/${studio.id}`)).body.data as WireRecord).comment)
    .toBe('Edited in the chain view');

  // The salon's booking is untouched, and, the drawer closed, the studio's card shows the new status.
  await app.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  expect(((await http.get(`/record/${SALON_ID}/${salon.id}`)).body.data as WireRecord).attendance).toBe(0);
  await expect(studioCard.locator('[data-status]')).toHaveAttribute('data-status', 'Arrived');

  // The next day at both locations, then back to today.
  const toolbar = app.getByRole('toolbar', { name: 'All locations' });
  await toolbar.getByRole('button', { name: 'Next day' }).click();
  const next = DateTime.fromISO(date).plus({ days: 1 });
  await expect(app.getByTestId('chain-date')).toHaveText(next.toFormat('cccc d LLLL yyyy'));
  for (const column of [salonColumn, studioColumn])
    await expect(column.locator('.fc-timegrid-col[data-date]').first()).toHaveAttribute(
      'data-date',
      next.toISODate() ?? '',
    );
  await expect(studioCard).toHaveCount(0);
  await expect(salonCard).toHaveCount(0);
  await toolbar.getByRole('button', { name: 'Today' }).click();
  await expect(studioCard).toBeVisible();
  await expect(salonCard).toBeVisible();

  // Back in the appointment log, the salon alone is in the foreground again.
  await app
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Appointment log' })
    .click();
  await expect(app.getByTestId('calendar')).toBeVisible();
  await expect
    .poll(() => main.traffic.filter((item) => item.channel === 'chainView.focus').at(-1)?.input)
    .toEqual({ locationId: SALON_ID });
});
