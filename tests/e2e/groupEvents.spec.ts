import type { Locator, Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import { expect, openDemo, saveScreen, test } from './fixtures';
import { choose } from './support/appointmentDialog';
import { addDays, bookAtSalon, card, freshPhone, goToDate, QUIET_DAY, SALON_TODAY } from './support/salon';
import { openSchedules, STYLING } from './support/schedules';
import { openCalendar, openSettings } from './support/settings';

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

/** A one-off class of the workshop's service and team member at 11:00 on a day with nothing else. */
async function oneOffClass(http: AltegioHttp, capacity: number) {
  const template = (await activitiesOn(http, nextTuesdayAfter(SALON_TODAY))).find(
    (activity) => activity.service?.title === NAIL_ART,
  );
  if (!template) throw new Error(`no ${NAIL_ART} to copy`);
  const reply = await http.post('/activity/101', {
    service_id: template.service_id,
    staff_id: template.staff_id,
    date: `${QUIET_DAY} 11:00:00`,
    capacity,
  });
  expect(reply.status).toBe(201);
  return { template, created: reply.body.data as WireActivity };
}

/** The calendar's card of one group event. */
function groupCard(page: Page, eventId: number): Locator {
  return page.locator(`.fc-event:has([data-group-event-id="${eventId}"])`);
}

/** The team member's column of the day view. */
function column(page: Page, teamMemberId: number): Locator {
  return page.locator(`.fc-timegrid-col[data-resource-id="${teamMemberId}"]`);
}

/** Ticks or unticks one team member in the calendar's team filter. */
async function toggleTeamMember(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Team members shown' }).click();
  await page.getByRole('option', { name: new RegExp(name) }).click();
  await page.keyboard.press('Escape');
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
    const { template, created: oneOff } = await oneOffClass(http, 3);
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

  test('a class nobody is booked into is its card, and its first client, booked elsewhere, fills that card', async ({
    app,
  }) => {
    const { template, created: empty } = await oneOffClass(http, 5);
    expect(empty.records_count).toBe(0);

    await goToDate(app, QUIET_DAY);
    const shown = groupCard(app, empty.id);
    await expect(shown).toHaveCount(1);
    await expect(shown.getByTestId('group-fill')).toHaveText('0/5');
    await expect(shown).toContainText(NAIL_ART);
    await expect(shown.locator('.fd-time')).toHaveText('11:00');
    await expect(shown.getByRole('img', { name: 'Repeats weekly' })).toHaveCount(0);
    await expect(column(app, template.staff_id).locator(shown)).toHaveCount(1);
    await expect(shown).not.toHaveClass(/fc-event-draggable/);
    await saveScreen(app, 'calendar-group-event-empty');

    await shown.getByTestId('group-fill').click();
    const drawer = app.getByRole('dialog', { name: 'Group event details' });
    await expect(drawer.getByRole('heading', { name: NAIL_ART })).toBeVisible();
    await expect(drawer.getByTestId('group-when')).toContainText('11:00–13:00');
    await expect(drawer.getByTestId('group-fill-words')).toHaveText('0 of 5 places booked');
    await expect(drawer.getByTestId('group-no-clients')).toHaveText('Nobody is booked yet');
    await expect(drawer.getByRole('table', { name: 'Clients' })).toHaveCount(0);
    await expect(drawer.getByTestId('group-schedule')).toHaveText('A one-off group event');
    await drawer.getByRole('button', { name: 'Close details' }).click();
    await expect(drawer).toHaveCount(0);

    // The team filter hides the class with its team member's column, and shows it again with it.
    const member = (
      await app.locator(`.fc-col-header-cell[data-resource-id="${template.staff_id}"]`).innerText()
    ).trim();
    await toggleTeamMember(app, member);
    await expect(column(app, template.staff_id)).toHaveCount(0);
    await expect(shown).toHaveCount(0);
    await toggleTeamMember(app, member);
    await expect(shown.getByTestId('group-fill')).toHaveText('0/5');

    // Another desk books the first client: after the next poll the same card says so, and only it.
    const booked = await bookAtSalon(http, {
      teamMemberId: template.staff_id,
      date: QUIET_DAY,
      time: '11:00',
      minutes: 120,
      client: 'Rosa Firstin',
      extra: { activity_id: empty.id },
    });
    await app.clock.fastForward('00:11');
    await expect(shown.getByTestId('group-fill')).toHaveText('1/5', { timeout: 20_000 });
    await expect(shown).toHaveCount(1);
    await expect(app.locator(`[data-group-event-id="${empty.id}"]`)).toHaveCount(1);
    await expect(card(app, booked.id)).toHaveCount(0);
    const [stored] = (await activitiesOn(http, QUIET_DAY)).filter((activity) => activity.id === empty.id);
    expect(stored && fillOf(stored)).toBe('1/5');

    await shown.getByTestId('group-fill').click();
    await expect(drawer.getByRole('table', { name: 'Clients' }).getByRole('button')).toHaveText([
      'Rosa Firstin',
    ]);
    await expect(drawer.getByTestId('group-fill-words')).toHaveText('1 of 5 places booked');
    await expect(drawer.getByTestId('group-no-clients')).toHaveCount(0);
  });

  test('a weekly class just made has its card with the series mark, and a client enrolled from its drawer shows at once', async ({
    app,
    main,
  }) => {
    // Polls five minutes apart: the new client can only show at once if the enrolment asks for changes.
    await openSettings(app, 'This desk');
    await choose(app, app.getByRole('tabpanel'), 'Look for changes made elsewhere', 'Every 5 minutes');
    await expect.poll(() => main.store.dump()['preferences']).toMatchObject({ refreshSeconds: 300 });

    await openSchedules(app);
    await app.getByRole('button', { name: 'New schedule' }).click();
    const dialog = app.getByRole('dialog', { name: 'New weekly class' });
    await dialog.getByRole('combobox', { name: 'Group service' }).click();
    await app.getByRole('option', { name: STYLING }).click();
    await dialog.getByLabel('First class').fill(QUIET_DAY);
    await dialog.getByLabel('Time (Series 1)').fill('11:00');
    await dialog.getByRole('combobox', { name: 'Team member (Series 1)' }).click();
    await app.getByRole('option', { name: 'Emma Johnson' }).click();
    await dialog.getByLabel('Places (Series 1)').fill('4');
    await dialog.getByLabel('Repeats until').fill(addDays(QUIET_DAY, 14));
    await dialog.getByRole('button', { name: 'Create schedule' }).click();
    await expect(dialog).toBeHidden();
    const [weekly] = (await activitiesOn(http, QUIET_DAY)).filter(
      (activity) => activity.service?.title === STYLING,
    );
    if (!weekly) throw new Error(`no ${STYLING} on ${QUIET_DAY}`);
    expect(weekly).toMatchObject({ records_count: 0, capacity: 4, date: `${QUIET_DAY} 11:00:00` });

    await openCalendar(app);
    await goToDate(app, QUIET_DAY);
    const shown = groupCard(app, weekly.id);
    await expect(shown.getByTestId('group-fill')).toHaveText('0/4');
    await expect(shown.getByRole('img', { name: 'Repeats weekly' })).toBeVisible();
    await expect(column(app, weekly.staff_id).locator(shown)).toHaveCount(1);

    await shown.getByTestId('group-fill').click();
    const drawer = app.getByRole('dialog', { name: 'Group event details' });
    await expect(drawer.getByTestId('group-no-clients')).toHaveText('Nobody is booked yet');
    await expect(drawer.getByTestId('group-schedule')).toContainText('Repeats weekly until');
    await drawer.getByRole('button', { name: 'Enrol a client' }).click();
    const enrol = app.getByRole('dialog', { name: `Enrol a client in ${STYLING}` });
    await enrol.getByRole('button', { name: 'New client' }).click();
    await enrol.getByLabel('Client name').fill('Nora Straightaway');
    await enrol.getByLabel('Phone').fill(freshPhone());
    // Its one series is ticked: the class on the quiet day and the two after it.
    await expect(
      enrol.getByRole('list', { name: 'Appointments this will make' }).getByRole('listitem'),
    ).toHaveCount(3);
    await enrol.getByRole('button', { name: 'Enrol' }).click();
    const result = app.getByRole('dialog', { name: 'Saved in Altegio' });
    await expect(result.getByRole('status')).toContainText('exactly as previewed');
    const polls = () => main.traffic.filter((call) => call.channel === 'appointments.changes').length;
    const pollsBefore = polls();
    await result.getByRole('button', { name: 'Done' }).click();

    // Well before the next poll is due: the drawer lists her, and the card and the drawer count her.
    await expect(drawer.getByRole('table', { name: 'Clients' }).getByRole('button')).toHaveText([
      'Nora Straightaway',
    ]);
    await expect(drawer.getByTestId('group-fill-words')).toHaveText('1 of 4 places booked');
    await expect(shown.getByTestId('group-fill')).toHaveText('1/4');
    await expect(app.locator(`[data-group-event-id="${weekly.id}"]`)).toHaveCount(1);
    expect(polls() - pollsBefore).toBeGreaterThanOrEqual(1);
  });
});
