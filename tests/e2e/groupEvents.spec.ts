import type { Locator, Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import { expect, openDemo, saveScreen, test } from './fixtures';
import { addDays, bookAtSalon, card, goToDate, QUIET_DAY, SALON_TODAY } from './support/salon';

test.use({ viewport: { width: 1400, height: 1100 } });

const NAIL_ART = 'Nail art workshop (group)';

interface WireActivity {
  id: number;
  service_id: number;
  staff_id: number;
  date: string;
  capacity: number;
  records_count: number;
  service: { title: string } | null;
}

interface WireRecord {
  id: number;
  activity_id: number;
  client: { name: string; display_name: string } | null;
}

/** The seeded Nail art workshop runs on Tuesdays (and Fridays) from three weeks back to four ahead. */
function nextTuesdayAfter(today: string): string {
  let day = addDays(today, 1);
  while (DateTime.fromISO(day).weekday !== 2) day = addDays(day, 1);
  return day;
}

async function activitiesOn(http: AltegioHttp, day: string): Promise<WireActivity[]> {
  const reply = await http.get(`/activity/101/search?from=${day}&till=${day}`);
  expect(reply.status).toBe(200);
  return reply.body.data as WireActivity[];
}

async function recordsOf(http: AltegioHttp, day: string, activityId: number): Promise<WireRecord[]> {
  const reply = await http.get(`/records/101?start_date=${day}&end_date=${day}&count=200`);
  expect(reply.status).toBe(200);
  return (reply.body.data as WireRecord[]).filter((record) => record.activity_id === activityId);
}

/** The calendar's card of one group event. */
function groupCard(page: Page, eventId: number): Locator {
  return page.locator(`.fc-event:has([data-group-event-id="${eventId}"])`);
}

function fillOf(activity: Pick<WireActivity, 'records_count' | 'capacity'>): string {
  const full = activity.records_count >= activity.capacity;
  return `${activity.records_count}/${activity.capacity}${full ? ' full' : ''}`;
}

test.describe('group events on the calendar', () => {
  let http: AltegioHttp;

  test.beforeEach(async ({ app, emulator }) => {
    http = await altegioHttp(emulator);
    await openDemo(app);
    await expect(app.getByTestId('calendar')).toBeVisible();
  });

  test('a class is one card with its fill and series mark, and its drawer lists the clients', async ({
    app,
  }) => {
    const day = nextTuesdayAfter(SALON_TODAY);
    const workshop = (await activitiesOn(http, day)).find((activity) => activity.service?.title === NAIL_ART);
    if (!workshop) throw new Error(`no ${NAIL_ART} on ${day}`);
    const records = await recordsOf(http, day, workshop.id);
    expect(records.length).toBeGreaterThan(1);
    expect(records.length).toBe(workshop.records_count);

    await goToDate(app, day);
    const shown = groupCard(app, workshop.id);
    await expect(shown).toHaveCount(1);
    await shown.scrollIntoViewIfNeeded();
    await expect(shown).toContainText(NAIL_ART);
    await expect(shown.locator('.fd-time')).toHaveText(workshop.date.slice(11, 16));
    await expect(shown.getByTestId('group-fill')).toHaveText(fillOf(workshop));
    await expect(shown.getByRole('img', { name: 'Repeats weekly' })).toBeVisible();
    // One card for the class, none per client, in the workshop's team member's column, and not draggable.
    for (const record of records) await expect(card(app, record.id)).toHaveCount(0);
    await expect(
      app.locator(`.fc-timegrid-col[data-resource-id="${workshop.staff_id}"]`).locator(shown),
    ).toHaveCount(1);
    await expect(shown).not.toHaveClass(/fc-event-draggable/);
    await saveScreen(app, 'calendar-group-event');

    await shown.getByTestId('group-fill').click();
    const drawer = app.getByRole('dialog', { name: 'Group event details' });
    await expect(drawer.getByRole('heading', { name: NAIL_ART })).toBeVisible();
    await expect(drawer.getByTestId('group-fill-words')).toHaveText(
      `${workshop.records_count} of ${workshop.capacity} places booked`,
    );
    const clients = drawer.getByRole('table', { name: 'Clients' });
    // The drawer lists them as the calendar orders appointments: by start, then id.
    const names = [...records]
      .sort((a, b) => a.id - b.id)
      .map((record) => record.client?.display_name || record.client?.name || 'No client');
    await expect(clients.getByRole('button')).toHaveText(names);
    await expect(drawer.getByTestId('group-schedule')).toContainText('Repeats weekly until');
    const series = drawer.getByRole('table', { name: 'Series' });
    await expect(series).toContainText('Tuesday 16:00');
    await expect(series).toContainText('Friday 16:00');
    await expect(drawer.getByRole('button', { name: 'Enrol a client' })).toBeVisible();
    await saveScreen(app, 'calendar-group-event-drawer');

    // Enrolling starts from here, in the schedule's own dialog.
    await drawer.getByRole('button', { name: 'Enrol a client' }).click();
    const enrol = app.getByRole('dialog', { name: `Enrol a client in ${NAIL_ART}` });
    await expect(enrol).toBeVisible();
    await enrol.getByRole('button', { name: 'Cancel' }).click();
    await expect(enrol).toHaveCount(0);

    // A client's own appointment opens in the appointment drawer.
    const [firstName = ''] = names;
    await clients.getByRole('button', { name: firstName }).click();
    const details = app.getByRole('dialog', { name: 'Appointment details' });
    await expect(details.getByRole('heading', { name: firstName })).toBeVisible();
    await details.getByRole('button', { name: 'Close details' }).click();

    await shown.getByTestId('group-fill').click();
    await drawer.getByRole('button', { name: 'Open schedule' }).click();
    await expect(app.getByTestId('section-title')).toContainText('Recurring schedules');
  });

  test('a one-off class says so, looks full when it is, and follows bookings made elsewhere', async ({
    app,
  }) => {
    // A one-off class of the workshop's service and team member, on a day with nothing else.
    const template = (await activitiesOn(http, nextTuesdayAfter(SALON_TODAY))).find(
      (activity) => activity.service?.title === NAIL_ART,
    );
    if (!template) throw new Error(`no ${NAIL_ART} to copy`);
    const created = await http.post('/activity/101', {
      service_id: template.service_id,
      staff_id: template.staff_id,
      date: `${QUIET_DAY} 11:00:00`,
      capacity: 3,
    });
    expect(created.status).toBe(201);
    const oneOff = created.body.data as WireActivity;
    const enrol = (client: string) =>
      bookAtSalon(http, {
        teamMemberId: template.staff_id,
        date: QUIET_DAY,
        time: '11:00',
        client,
        extra: { activity_id: oneOff.id },
      });
    await enrol('Olga Oneoff');
    await enrol('Piet Oneoff');

    await goToDate(app, QUIET_DAY);
    const shown = groupCard(app, oneOff.id);
    await expect(shown.getByTestId('group-fill')).toHaveText('2/3');
    await expect(shown.getByRole('img', { name: 'Repeats weekly' })).toHaveCount(0);
    await expect(shown).not.toHaveClass(/fd-full/);

    // Another desk books the last place: the card fills up without a reload.
    await enrol('Quinn Oneoff');
    await app.clock.fastForward('00:11');
    await expect(shown.getByTestId('group-fill')).toHaveText('3/3 full', { timeout: 20_000 });
    await expect(shown).toHaveClass(/fd-full/);
    const [stored] = (await activitiesOn(http, QUIET_DAY)).filter((activity) => activity.id === oneOff.id);
    expect(stored && fillOf(stored)).toBe('3/3 full');

    await shown.getByTestId('group-fill').click();
    const drawer = app.getByRole('dialog', { name: 'Group event details' });
    await expect(drawer.getByTestId('group-schedule')).toHaveText('A one-off group event');
    await expect(drawer.getByRole('table', { name: 'Clients' })).toContainText('Quinn Oneoff');
    await expect(drawer.getByText('Full', { exact: true })).toBeVisible();
    await expect(drawer.getByRole('button', { name: 'Enrol a client' })).toHaveCount(0);
    await expect(drawer.getByRole('button', { name: 'Open schedule' })).toHaveCount(0);
  });
});
