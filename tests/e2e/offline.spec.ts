import { expect, openDemo, test } from './fixtures';
import { altegioHttp } from '../support/altegioHttp';
import { choose, newClient, setStart } from './support/appointmentDialog';
import { bookAtSalon, calendarLoaded, card, goToDate, LIAM, QUIET_DAY } from './support/salon';

test.use({ viewport: { width: 1400, height: 1300 } });

const WRITES = /^appointments\.(create|update|move|setStatus|cancel)$|\.(apply|set|create|update|delete)$/;

test('Altegio stopped: the kept days show read-only after a reload, nothing is sent, and it recovers by itself', async ({
  app,
  emulator,
  main,
}) => {
  const http = await altegioHttp(emulator);
  // A day with room around the card, so a click lands on it; not today, so it can only come from the store.
  const day = QUIET_DAY;
  const kept = await bookAtSalon(http, {
    teamMemberId: LIAM,
    date: day,
    time: '10:00',
    client: 'Kept Offline',
  });
  await openDemo(app);
  await calendarLoaded(app);
  const cards = app.locator('.fc-event:has([data-appointment-id])');
  const todayCount = await cards.count();
  await goToDate(app, day);
  await expect(card(app, kept.id)).toBeVisible();

  // Sealed before it is written: the raw store never holds a client's name.
  await expect.poll(() => main.store.get('offlineDays'), { timeout: 10_000 }).toBeTruthy();
  await expect
    .poll(() => JSON.stringify(main.store.get('offlineDays')), { timeout: 10_000 })
    .toMatch(/^"sealed:/);
  expect(JSON.stringify(main.store.dump())).not.toContain('Kept Offline');

  const requests: string[] = [];
  emulator.beforeRequest(({ method, path }) => void requests.push(`${method} ${path}`));
  const trafficBefore = main.traffic.length;
  await emulator.stop();
  // A fresh page: what shows cannot be the renderer's memory, only what main kept.
  await app.reload();
  const banner = app.getByTestId('offline-banner');
  await expect(banner).toContainText(/as of \d\d:\d\d \(last sync\)/, { timeout: 30_000 });
  await expect(banner).toContainText('kept encrypted on this computer');
  await calendarLoaded(app);
  await expect(cards).toHaveCount(todayCount);
  await goToDate(app, day);
  await expect(card(app, kept.id)).toBeVisible();

  await expect(app.getByRole('button', { name: 'New appointment' })).toBeDisabled();
  await expect(app.getByRole('button', { name: 'Walk-in' })).toBeDisabled();
  await expect(app.getByRole('button', { name: 'Desk tools' })).toBeDisabled();
  await expect(app.locator('[data-testid="calendar"] .fc-event-draggable')).toHaveCount(0);
  await card(app, kept.id).click();
  const drawer = app.getByRole('dialog', { name: 'Appointment details' });
  await expect(drawer.getByTestId('drawer-read-only')).toContainText('nothing is kept to send later');
  await expect(drawer.getByRole('button', { name: 'Edit' })).toBeDisabled();
  await expect(drawer.getByRole('button', { name: 'Cancel appointment' })).toBeDisabled();
  await expect(drawer.getByRole('button', { name: 'Arrived' })).toBeDisabled();
  await app.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  // The keyboard's way to book says why instead of opening a form that cannot be sent.
  await app.locator('body').press('n');
  await expect(app.getByText(/cannot be reached, so nothing can be changed now/)).toBeVisible();
  await expect(app.getByRole('dialog', { name: 'New appointment' })).toHaveCount(0);

  await emulator.restart();
  await expect(banner).toBeHidden({ timeout: 30_000 });
  const writesSent = requests.filter((request) => !request.startsWith('GET '));
  expect(writesSent, 'nothing was queued while Altegio was away').toEqual([]);
  const writesAsked = main.traffic.slice(trafficBefore).filter(({ channel }) => WRITES.test(String(channel)));
  expect(writesAsked).toEqual([]);

  // Writes are back: book on the kept day, and Altegio has it.
  await app.getByRole('button', { name: 'New appointment' }).click();
  const dialog = app.getByRole('dialog', { name: 'New appointment' });
  await newClient(dialog, 'Back Online', '+12025550177');
  await choose(app, dialog, 'Team member', 'Liam Carter');
  await dialog.getByRole('combobox', { name: 'Add a service' }).fill("Men's haircut");
  await app.getByRole('option', { name: /^Men's haircut/ }).click();
  await setStart(app, dialog, '13:00', day);
  await dialog.getByRole('button', { name: 'Book' }).click();
  await expect(dialog).toBeHidden();
  const records = await http.get(`/records/101?start_date=${day}&end_date=${day}&count=200`);
  const booked = (
    records.body.data as Array<{ staff_id: number; date: string; client: { name: string } | null }>
  )
    .filter((record) => record.client?.name === 'Back Online')
    .map((record) => [record.staff_id, record.date]);
  expect(booked).toEqual([[LIAM, `${day} 13:00:00`]]);
});
