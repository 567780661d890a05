import type { Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { altegioHttp } from '../support/altegioHttp';
import { expect, openDemo, saveScreen, test } from './fixtures';
import { choose, newAppointment, newClient, setStart } from './support/appointmentDialog';
import { calendarLoaded, card, EMMA, freshPhone, goToDate, QUIET_DAY } from './support/salon';
import { openCalendar, openSettings } from './support/settings';

test.use({ viewport: { width: 1400, height: 1000 } });

/** After a reload main still holds the session; the sign-in screen shows only if it does not. */
async function backInApp(page: Page): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const demo = page.getByRole('button', { name: 'Open the demo location' });
  await expect(nav.or(demo)).toBeVisible();
  if (await demo.isVisible()) await openDemo(page);
}

test('the desk’s calendar preferences apply at once and are there after a restart', async ({ app, main }) => {
  await openDemo(app);
  await openSettings(app, 'This desk');
  const settings = app.getByRole('tabpanel');
  await choose(app, settings, 'First day of the week', 'Sunday');
  await settings.getByRole('button', { name: '30 min' }).click();
  await choose(app, settings, 'Day starts at', '08:00');
  await choose(app, settings, 'Day ends at', '20:00');
  await choose(app, settings, 'The calendar opens in', 'Week, all team members');
  await choose(app, settings, 'Look for changes made elsewhere', 'Every 30 seconds');
  await saveScreen(app, 'settings-desk');
  await expect
    .poll(() => main.store.dump()['preferences'])
    .toMatchObject({
      weekStart: 0,
      slotMinutes: 30,
      dayHours: { from: 8, to: 20 },
      defaultView: 'teamWeek',
      refreshSeconds: 30,
    });

  const checkCalendar = async () => {
    await expect(app.getByTestId('calendar')).toBeVisible();
    const days = app.locator('.fc-col-header-cell.fc-day[data-date]');
    await expect(days).toHaveCount(7);
    const first = DateTime.fromISO((await days.first().getAttribute('data-date')) ?? '');
    expect(first.weekday, 'the week starts on Sunday').toBe(7);
    const slots = app.locator('.fc-timegrid-slot-label[data-time]');
    await expect(slots.first()).toHaveAttribute('data-time', '08:00:00');
    // 08:00 to 20:00 in half hours.
    await expect(app.locator('.fc-timegrid-slot-lane')).toHaveCount(24);
  };
  await openCalendar(app);
  await checkCalendar();

  // Polls follow the chosen interval: in a minute, two (every ten seconds would be six). The clock moves
  // ten seconds at a time, each poll landing before the next step (a poll still running skips a tick).
  // Polls start once the shown days are loaded (that load sets where they continue from); traffic lists a
  // call when its answer is back, so the last one may still be landing when the minute is over.
  await calendarLoaded(app);
  const polls = () => main.traffic.filter((call) => call.channel === 'appointments.changes').length;
  const before = polls();
  for (let step = 0; step < 6; step++) {
    await app.clock.runFor(10_000);
    await app.waitForTimeout(200);
  }
  await expect.poll(() => polls() - before).toBeGreaterThanOrEqual(1);
  expect(polls() - before).toBeLessThanOrEqual(3);

  await app.reload();
  await backInApp(app);
  await checkCalendar();
});

test('a default break for the location fills new appointments, and Altegio stores it', async ({
  app,
  emulator,
  main,
}) => {
  const http = await altegioHttp(emulator);
  await openDemo(app);
  await openSettings(app, 'Technical breaks');
  const panel = app.getByRole('tabpanel');
  await expect(panel.getByRole('table', { name: 'Breaks of the services' })).toBeVisible();
  await expect(panel.getByRole('row', { name: /Women's haircut/ })).toContainText(/min/);
  await expect(panel).toContainText('Settings → Appointment Calendar → Technical breaks');
  await choose(app, panel, 'Break for new appointments at Frontdesk Demo Salon', '15 min');
  await saveScreen(app, 'settings-breaks');
  await expect.poll(() => main.store.dump()['preferences']).toMatchObject({ breakDefaults: { '101': 900 } });

  await openCalendar(app);
  await goToDate(app, QUIET_DAY);
  const dialog = await newAppointment(app);
  await expect(dialog.getByRole('combobox', { name: 'Technical break' })).toHaveText('15 min');
  await newClient(dialog, 'Break Default', freshPhone());
  await choose(app, dialog, 'Team member', 'Emma Johnson');
  await setStart(app, dialog, '14:00');
  await dialog.getByRole('button', { name: 'Book' }).click();
  await expect(dialog).toBeHidden();

  const day = await http.get(`/records/101?start_date=${QUIET_DAY}&end_date=${QUIET_DAY}&count=200`);
  const booked = (
    day.body.data as Array<{
      id: number;
      staff_id: number;
      technical_break_duration: number;
      client: { name: string } | null;
    }>
  ).find((record) => record.client?.name === 'Break Default');
  expect(booked).toMatchObject({ staff_id: EMMA, technical_break_duration: 900 });
  await expect(card(app, booked!.id).locator('.fd-break')).toBeVisible();
});

test('preferences that cannot be read are reset to defaults, with a notice', async ({ app, main }) => {
  await openDemo(app);
  main.store.set('preferences', { theme: 'neon', slotMinutes: 7, dayHours: 'all day', navigationOpen: true });
  await app.reload();
  await backInApp(app);
  await expect(app.getByRole('alert')).toContainText(
    'Some saved preferences could not be read and are back to their defaults: theme, slot length, and day hours.',
  );
  await saveScreen(app, 'preferences-reset-notice');
  expect(main.store.dump()['preferences']).toMatchObject({
    theme: 'system',
    slotMinutes: 15,
    dayHours: { from: 0, to: 24 },
  });
  await expect(app.getByTestId('calendar')).toBeVisible();
});
