import type { Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import { expect, openDemo, saveScreen, test } from './fixtures';
import { addDays, freshPhone, goToDate, SALON_TODAY, SALON_ZONE } from './support/salon';
import { openCalendar } from './support/settings';
import {
  clientIdByPhone,
  futureGroupRecords,
  NAIL_ART,
  openSchedules,
  scheduleCard,
  STYLING,
} from './support/schedules';

test.use({ viewport: { width: 1400, height: 1100 } });

interface WireActivity {
  id: number;
  date: string;
  service_id: number;
  staff_id: number;
  capacity: number;
  records_count: number;
}

async function enrolNewClient(app: Page, name: string, phone: string, series: string[]) {
  await scheduleCard(app, NAIL_ART).getByRole('button', { name: 'Enrol a client' }).click();
  const dialog = app.getByRole('dialog', { name: `Enrol a client in ${NAIL_ART}` });
  await dialog.getByRole('button', { name: 'New client' }).click();
  await dialog.getByLabel('Client name').fill(name);
  await dialog.getByLabel('Phone').fill(phone);
  await expect(dialog.getByText('Tick a series to see its dates.')).toBeVisible();
  for (const label of series) await dialog.getByRole('checkbox', { name: new RegExp(`^${label}`) }).check();
  return dialog;
}

test.describe('recurring schedules', () => {
  let http: AltegioHttp;

  test.beforeEach(async ({ app, emulator }) => {
    http = await altegioHttp(emulator);
    await openDemo(app);
    await openSchedules(app);
  });

  test('enrols a new client in two series as previewed, then drops one and unenrols', async ({ app }) => {
    const card = scheduleCard(app, NAIL_ART);
    await expect(card.getByRole('table', { name: `Series of ${NAIL_ART}` })).toContainText('Tuesday');
    await saveScreen(app, 'schedules-section');

    const phone = freshPhone();
    const dialog = await enrolNewClient(app, 'Olivia Series', phone, ['Tuesday 16:00', 'Friday 16:00']);
    const preview = dialog.getByRole('list', { name: 'Appointments this will make' });
    await expect(preview.getByRole('listitem').first()).toBeVisible();
    const previewed = await preview.getByRole('listitem').count();
    await expect(
      dialog.getByRole('heading', { name: new RegExp(`^${previewed} appointments will be made`) }),
    ).toBeVisible();
    await saveScreen(app, 'schedules-enrol-preview');
    await dialog.getByRole('button', { name: 'Enrol' }).click();

    const result = app.getByRole('dialog', { name: 'Saved in Altegio' });
    await expect(result.getByRole('status')).toContainText('exactly as previewed');
    const clientId = await clientIdByPhone(http, phone);
    const made = await futureGroupRecords(http, clientId);
    expect(made).toHaveLength(previewed);
    expect(new Set(made.map((r) => r.weekday))).toEqual(new Set([2, 5]));
    expect(made.every((r) => r.time === '16:00')).toBe(true);
    await result.getByRole('button', { name: 'Done' }).click();
    const clients = card.getByRole('table', { name: `Clients enrolled in ${NAIL_ART}` });
    await expect(clients.getByRole('row', { name: /Olivia Series/ })).toContainText('Tue 16:00, Fri 16:00');

    // The calendar shows her in the class on the last Friday she got.
    const lastFriday = made.filter((r) => r.weekday === 5).at(-1);
    if (!lastFriday) throw new Error('no Friday appointment');
    await openCalendar(app);
    await goToDate(app, lastFriday.date.slice(0, 10));
    const classCard = app.locator(`.fc-event:has([data-group-event-id="${lastFriday.activity_id}"])`);
    await classCard.scrollIntoViewIfNeeded();
    await classCard.click();
    const drawer = app.getByRole('dialog', { name: 'Group event details' });
    await expect(drawer.getByRole('table', { name: 'Clients' })).toContainText('Olivia Series');
    await saveScreen(app, 'schedules-calendar-series');
    await drawer.getByRole('button', { name: 'Open schedule' }).click();
    await expect(card).toBeVisible();

    // Drop Friday: the preview lists what goes, and Altegio loses exactly those.
    await clients.getByRole('button', { name: 'Change the series of Olivia Series' }).click();
    const change = app.getByRole('dialog', { name: 'Change the series of Olivia Series' });
    await change.getByRole('checkbox', { name: /^Friday 16:00/ }).uncheck();
    const fridays = made.filter((r) => r.weekday === 5).length;
    await expect(
      change.getByRole('list', { name: 'Appointments this will remove' }).getByRole('listitem'),
    ).toHaveCount(fridays);
    await change.getByRole('button', { name: 'Change series' }).click();
    await expect(app.getByRole('dialog', { name: 'Saved in Altegio' }).getByRole('status')).toContainText(
      'exactly as previewed',
    );
    const afterChange = await futureGroupRecords(http, clientId);
    expect(afterChange.length).toBe(made.length - fridays);
    expect(afterChange.every((r) => r.weekday === 2)).toBe(true);
    await app.getByRole('button', { name: 'Done' }).click();

    // Unenrol: the confirmation lists the appointments that disappear.
    await clients.getByRole('button', { name: 'Unenrol Olivia Series' }).click();
    const confirm = app.getByRole('dialog', { name: `Unenrol Olivia Series from ${NAIL_ART}?` });
    await expect(
      confirm.getByRole('list', { name: 'Appointments that disappear' }).getByRole('listitem'),
    ).toHaveCount(afterChange.length);
    await confirm.getByRole('button', { name: 'Unenrol' }).click();
    await expect(confirm).toBeHidden();
    await expect(clients.getByRole('row', { name: /Olivia Series/ })).toHaveCount(0);
    expect(await futureGroupRecords(http, clientId)).toEqual([]);
  });

  test('creates a weekly class with two series and shortens its end date', async ({ app }) => {
    const firstDate = addDays(SALON_TODAY, 7);
    const firstWeekday = DateTime.fromISO(firstDate).toFormat('cccc');
    const secondWeekday = DateTime.fromISO(firstDate).plus({ days: 2 }).toFormat('cccc');
    await app.getByRole('button', { name: 'New schedule' }).click();
    const dialog = app.getByRole('dialog', { name: 'New weekly class' });
    await dialog.getByRole('combobox', { name: 'Group service' }).click();
    await app.getByRole('option', { name: STYLING }).click();
    await dialog.getByLabel('First class').fill(firstDate);
    await dialog.getByLabel('Time (Series 1)').fill('08:00');
    await dialog.getByRole('combobox', { name: 'Team member (Series 1)' }).click();
    await app.getByRole('option', { name: 'Emma Johnson' }).click();
    await dialog.getByRole('button', { name: 'Add a series' }).click();
    await dialog.getByRole('combobox', { name: 'Weekday (Series 2)' }).click();
    await app.getByRole('option', { name: secondWeekday }).click();
    await dialog.getByLabel('Time (Series 2)').fill('07:30');
    const endDate = addDays(firstDate, 41);
    await dialog.getByLabel('Repeats until').fill(endDate);
    await dialog.getByRole('button', { name: 'Create schedule' }).click();
    await expect(dialog).toBeHidden();

    const events = async () =>
      (
        (await http.get(`/activity/101/search?from=${SALON_TODAY}&till=${addDays(firstDate, 60)}&count=300`))
          .body.data as WireActivity[]
      ).filter((e) => e.date.slice(11, 16) === '08:00' || e.date.slice(11, 16) === '07:30');
    const made = await events();
    expect(made.length).toBe(12);
    expect(new Set(made.map((e) => DateTime.fromSQL(e.date).toFormat('cccc')))).toEqual(
      new Set([firstWeekday, secondWeekday]),
    );
    expect(made.every((e) => e.date.slice(0, 10) <= endDate)).toBe(true);

    const card = scheduleCard(app, STYLING).filter({
      hasText: DateTime.fromISO(endDate).toFormat('d LLL yyyy'),
    });
    await expect(card.getByRole('table', { name: `Series of ${STYLING}` })).toContainText(secondWeekday);
    await card.getByRole('button', { name: 'Change end date' }).click();
    const end = app.getByRole('dialog', { name: `Change when ${STYLING} ends` });
    const newEnd = addDays(firstDate, 13);
    await end.getByLabel('Repeats until').fill(newEnd);
    await expect(end.getByRole('alert')).toContainText('Shortening removes 8 classes');
    await end.getByRole('button', { name: 'Change end date' }).click();
    await expect(end).toBeHidden();
    const kept = await events();
    expect(kept.length).toBe(4);
    expect(kept.every((e) => e.date.slice(0, 10) <= newEnd)).toBe(true);
    await expect(
      scheduleCard(app, STYLING).filter({
        hasText: `until ${DateTime.fromISO(newEnd).toFormat('d LLL yyyy')}`,
      }),
    ).toBeVisible();
  });

  test('a full series is refused at the series, and what was chosen stays', async ({ app }) => {
    const events = (await http.get(`/activity/101/search?count=300`)).body.data as WireActivity[];
    const nail = events.filter(
      (e) => DateTime.fromSQL(e.date).weekday === 5 && e.date.slice(11, 16) === '16:00',
    );
    let guest = 0;
    for (const event of nail) {
      for (let i = event.records_count; i < event.capacity; i += 1) {
        guest += 1;
        const booked = await http.post('/records/101', {
          activity_id: event.id,
          client: { phone: `+1202556${String(1000 + guest)}`, name: `Filler ${guest}` },
        });
        expect(booked.status).toBe(201);
      }
    }
    await app.reload();
    await openSchedules(app);
    const phone = freshPhone();
    const dialog = await enrolNewClient(app, 'Late Comer', phone, ['Friday 16:00']);
    await expect(dialog.getByRole('list', { name: 'Appointments this will make' })).toContainText('Full');
    await dialog.getByRole('button', { name: 'Enrol' }).click();
    await expect(dialog.getByRole('alert')).toContainText('series is full');
    await expect(dialog.getByRole('group', { name: 'Series' })).toContainText('series is full');
    await expect(dialog.getByLabel('Client name')).toHaveValue('Late Comer');
    await expect(dialog.getByRole('checkbox', { name: /^Friday 16:00/ })).toBeChecked();
  });

  test('a series removed at another desk meanwhile is refused at the series, and the form stays', async ({
    app,
  }) => {
    const dialog = await enrolNewClient(app, 'Stale Choice', freshPhone(), ['Friday 16:00']);
    const events = (await http.get('/activity/101/search?count=300')).body.data as WireActivity[];
    const friday = events.find(
      (e) => DateTime.fromSQL(e.date).weekday === 5 && e.date.slice(11, 16) === '16:00',
    );
    const schedule = (await http.get(`/company/101/schedules/search/activity/${friday?.id}?include[]=days`))
      .body.data as { days: Array<{ id: number; day_of_week: string }> };
    const fridaySeries = schedule.days.find((day) => day.day_of_week === 'fri');
    expect((await http.delete(`/company/101/schedules/days/${fridaySeries?.id}`)).status).toBe(204);

    await dialog.getByRole('button', { name: 'Enrol' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Not saved');
    await expect(dialog.getByRole('group', { name: 'Series' })).toContainText(
      'Every id must be a day of this schedule',
    );
    await expect(dialog.getByLabel('Client name')).toHaveValue('Stale Choice');
    await expect(dialog.getByRole('checkbox', { name: /^Friday 16:00/ })).toBeChecked();
  });

  test('a lost answer while enrolling never enrols the client twice', async ({ app, emulator }) => {
    const phone = freshPhone();
    const dialog = await enrolNewClient(app, 'Flaky Enrol', phone, ['Tuesday 16:00']);
    await expect(
      dialog.getByRole('list', { name: 'Appointments this will make' }).getByRole('listitem').first(),
    ).toBeVisible();
    await emulator.faults.set({ dropRate: 1 });
    await dialog.getByRole('button', { name: 'Enrol' }).click();
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('Not saved', { timeout: 30_000 });
    await emulator.faults.set({ dropRate: 0 });
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(app.getByRole('dialog', { name: 'Saved in Altegio' })).toBeVisible();
    const clientId = await clientIdByPhone(http, phone);
    const schedule = (await http.get('/activity/101/search?count=300')).body.data as WireActivity[];
    const anyNail = schedule.find(
      (e) => DateTime.fromSQL(e.date).weekday === 2 && e.date.slice(11, 16) === '16:00',
    );
    const found = await http.get(`/company/101/schedules/search/activity/${anyNail?.id}`);
    const enrolments = (await http.get(`/company/101/schedules/${found.body.data.id}/client_schedules`)).body
      .data as Array<{ client_id: number }>;
    expect(enrolments.filter((e) => e.client_id === clientId)).toHaveLength(1);
    const records = await futureGroupRecords(http, clientId);
    expect(new Set(records.map((r) => r.activity_id)).size).toBe(records.length);
  });
});

const BEFORE_SPRING_FORWARD = new Date('2027-03-02T15:00:00Z');

test.describe('across the New York DST change', () => {
  test.use({ now: BEFORE_SPRING_FORWARD });

  test('an enrolment keeps the local time of every class before and after the change', async ({
    app,
    emulator,
  }) => {
    const http = await altegioHttp(emulator);
    await openDemo(app);
    await openSchedules(app);
    const phone = freshPhone();
    const dialog = await enrolNewClient(app, 'Daylight Saver', phone, ['Tuesday 16:00', 'Friday 16:00']);
    const preview = dialog.getByRole('list', { name: 'Appointments this will make' });
    await expect(preview).toContainText('Tue 16 Mar 2027, 16:00–18:00');
    await expect(preview).toContainText('Fri 12 Mar 2027, 16:00–18:00');
    await dialog.getByRole('button', { name: 'Enrol' }).click();
    await expect(app.getByRole('dialog', { name: 'Saved in Altegio' }).getByRole('status')).toContainText(
      'exactly as previewed',
    );
    const records = await futureGroupRecords(http, await clientIdByPhone(http, phone), BEFORE_SPRING_FORWARD);
    expect(records.every((r) => r.time === '16:00')).toBe(true);
    expect(new Set(records.map((r) => r.offset))).toEqual(new Set(['-05:00', '-04:00']));
    expect(DateTime.fromISO(records[0]?.datetime ?? '').setZone(SALON_ZONE).year).toBe(2027);
  });
});
