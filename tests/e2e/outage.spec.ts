import { expect, openDemo, saveScreen, test } from './fixtures';
import { altegioHttp } from '../support/altegioHttp';
import { choose, newAppointment, newClient, setStart } from './support/appointmentDialog';
import { bookAtSalon, card, goToDate, LIAM, QUIET_DAY } from './support/salon';

test.use({ timezoneId: 'Asia/Tokyo', viewport: { width: 1400, height: 1300 } });

type Marked = Window & { outageMarker?: string };

test('Altegio gone for a while: the desk is told, keeps what is open, cannot send it, and recovers without a reload', async ({
  app,
  emulator,
  main,
}) => {
  const http = await altegioHttp(emulator);
  const before = await bookAtSalon(http, {
    teamMemberId: LIAM,
    date: QUIET_DAY,
    time: '10:00',
    client: 'Booked Before',
  });
  await openDemo(app);
  await goToDate(app, QUIET_DAY);
  await expect(card(app, before.id)).toBeVisible();
  await app.evaluate(() => void ((window as Marked).outageMarker = 'the same page'));

  const dialog = await newAppointment(app);
  await newClient(dialog, 'Out Of Reach', '+12025550166');
  await choose(app, dialog, 'Team member', 'Liam Carter');
  await dialog.getByRole('combobox', { name: 'Add a service' }).fill("Men's haircut");
  await app.getByRole('option', { name: /^Men's haircut/ }).click();
  await setStart(app, dialog, '12:00');

  await emulator.stop();
  // The live refresh finds out first: one calm line in the status bar (above the dialog), no error pile.
  const notice = app.getByTestId('altegio-out-of-reach');
  await expect(notice).toContainText(/cannot be reached since \d\d:\d\d/, { timeout: 30_000 });
  await expect(app.locator('[aria-label="Appointment log status"]')).toContainText('Up to date as of');
  await expect(dialog.getByLabel('Client name')).toHaveValue('Out Of Reach');
  await expect(card(app, before.id)).toBeVisible();
  await saveScreen(app, 'altegio-out-of-reach');

  // Nothing can be sent, so Book waits (nothing is queued) and says why; what was typed stays.
  const book = dialog.getByRole('button', { name: 'Book' });
  await expect(book).toBeDisabled();
  await expect(book).toHaveAccessibleDescription(/nothing can be changed now: nothing is kept to send later/);
  await expect(app.getByTestId('offline-banner')).toContainText('Offline: showing the appointment log as of');
  await dialog.getByLabel('Client name').press('Control+Enter');
  await expect(app.getByRole('alert')).toHaveCount(0);
  await expect(dialog.getByLabel('Client name')).toHaveValue('Out Of Reach');
  await expect(dialog.getByRole('combobox', { name: 'Team member' })).toHaveText('Liam Carter');

  expect(main.traffic.filter(({ channel }) => channel === 'appointments.create')).toEqual([]);
  await emulator.restart();
  const during = await bookAtSalon(http, {
    teamMemberId: LIAM,
    date: QUIET_DAY,
    time: '15:00',
    client: 'Booked Meanwhile',
  });
  await expect(notice).toBeHidden({ timeout: 20_000 });
  await expect(card(app, during.id)).toBeAttached({ timeout: 20_000 });
  await expect(app.locator('[aria-label="Appointment log status"]')).toBeHidden();
  expect(await app.evaluate(() => (window as Marked).outageMarker)).toBe('the same page');

  await expect(app.getByTestId('offline-banner')).toBeHidden();
  await book.click();
  await expect(dialog).toBeHidden();
  const day = await http.get(`/records/101?start_date=${QUIET_DAY}&end_date=${QUIET_DAY}&count=200`);
  const booked = (day.body.data as Array<{ staff_id: number; date: string; client: { name: string } | null }>)
    .filter((record) => record.client?.name === 'Out Of Reach')
    .map((record) => [record.staff_id, record.date]);
  expect(booked).toEqual([[LIAM, `${QUIET_DAY} 12:00:00`]]);
});
