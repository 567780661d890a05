import type { Locator, Page } from '@playwright/test';
import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import { expect, openDemo, test as base } from './fixtures';
import { choose, newAppointment, newClient, setStart } from './support/appointmentDialog';
import { addDays, card, EMMA, freshPhone, goToDate, LIAM, QUIET_DAY, SALON_TODAY } from './support/salon';
import {
  clientIdByPhone,
  futureGroupRecords,
  NAIL_ART,
  openSchedules,
  scheduleCard,
} from './support/schedules';
import { openCalendar } from './support/settings';

/**
 * The day the issue asks for is `full`: book 20, move 10, cancel 5, enrol 2, edit 3 (`npm run test:faults`,
 * 3–4 min alone, far longer beside the rest of the suite). `npm test` runs the same script as a `short`
 * day under the same faults, so every kind of step is proven on each run within CI's time.
 */
interface FaultDayOptions {
  faultDay: 'short' | 'full';
}

const DAYS = {
  full: { perMember: 10, movesPerMember: 5, cancels: [5, 6, 15, 16, 17], series: 2, visits: 3 },
  short: { perMember: 3, movesPerMember: 1, cancels: [1, 4], series: 1, visits: 1 },
} as const;

const test = base.extend<FaultDayOptions>({ faultDay: ['short', { option: true }] });

test.use({ timezoneId: 'Asia/Tokyo', viewport: { width: 1400, height: 1300 } });

/** The bad day: 20% 5xx, 5% dropped connections, 2% truncated bodies, 300 ms latency, the real rate limit. */
const BAD_DAY = {
  errorRate: 0.2,
  dropRate: 0.05,
  malformedRate: 0.02,
  latencyMs: 300,
  rateLimit: true,
  seed: 15,
};

interface WireRecord {
  id: number;
  staff_id: number;
  date: string;
  attendance: number;
  visit_id: number;
  activity_id: number;
  seance_length: number;
  client: { name: string; phone: string } | null;
  services: Array<{ id: number }>;
}

interface Booking {
  client: string;
  phone: string;
  member: { id: number; name: string };
  time: string;
  /** What the script does to it later. */
  movedTo?: string;
  cancelled?: boolean;
}

const emma = { id: EMMA, name: 'Emma Johnson' };
const liam = { id: LIAM, name: 'Liam Carter' };
// Emma works 09–13 and 14–18 on Tuesdays, Liam 10–19: ten half-hour haircuts each, all in working hours.
const EMMA_TIMES = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '12:00', '12:30', '14:00', '14:30'];
const LIAM_TIMES = ['10:00', '10:30', '11:00', '11:30', '12:00', '12:30', '13:00', '13:30', '14:00', '14:30'];
const LATER = ['15:00', '15:30', '16:00', '16:30', '17:00'];

/** The buttons that take a failure further, as SaveProblemAlert and the dialogs offer them. */
const WAY_ON = /^(Retry|Try again|Save anyway|Overwrite|Cancel it anyway)$/;

/** The failures shown in `scope` (a saved visit's "Saved in Altegio." is an alert too, but no failure). */
const failuresIn = (scope: Locator) =>
  scope
    .getByRole('alert')
    .filter({ hasText: /\S/ })
    .filter({ hasNotText: /^Saved in Altegio/ });

/** What the receptionist met: every failure shown, in words. */
const met: string[] = [];

/**
 * Reads a failure shown in `scope` as a receptionist would: it must say what went wrong in words, and
 * offer a way on — a Retry / Save anyway / Overwrite button, or else the dialog kept open with `again`.
 */
async function takeTheWayOn(scope: Locator, done: () => Promise<boolean>, again?: Locator) {
  const alert = failuresIn(scope).last();
  const text = (await alert.innerText()).trim();
  met.push(text);
  expect(text.length, `a failure with words: "${text}"`).toBeGreaterThan(20);
  expect(text).not.toMatch(/undefined|null|\[object|NaN/);
  const button = scope.getByRole('button', { name: WAY_ON });
  // The save may land while the failure is read (the dialog then closes): that is the way on taken.
  const click = (target: Locator) =>
    target.click({ timeout: 15_000 }).catch(async (error: unknown) => {
      if (!(await done())) throw error;
    });
  if ((await button.count()) > 0) await click(button.last());
  else if (again) await click(again);
  else throw new Error(`a failure with no way on: "${text}"`);
}

/**
 * Waits until `done` holds; whenever a failure shows in `scope` first, takes its way on and waits again.
 * Waiting is on state, never on a fixed time.
 */
async function persist(scope: Locator, done: () => Promise<boolean>, again?: Locator) {
  for (let tries = 0; tries < 10; tries++) {
    let state = 'waiting';
    await expect
      .poll(
        async () => {
          if (await done()) return (state = 'done');
          const failed = (await failuresIn(scope).count()) > 0 && !(await done());
          return (state = failed ? 'failed' : 'waiting');
        },
        { timeout: 90_000, intervals: [100, 250, 500] },
      )
      .not.toBe('waiting');
    if (state === 'done') return;
    await takeTheWayOn(scope, done, again);
  }
  throw new Error('still failing after ten tries');
}

/** The calendar card of a client's appointment (the script gives every booking its own client name). */
const cardOf = (page: Page, client: string) => page.locator('.fc-event', { hasText: client });

/** Until the card shows: a calendar that could not load says so with Retry, and Retry is pressed. */
async function seeCard(page: Page, target: Locator) {
  await persist(page.getByRole('main'), () => target.isVisible());
}

async function book(page: Page, booking: Booking) {
  const dialog = await newAppointment(page);
  await newClient(dialog, booking.client, booking.phone);
  await choose(page, dialog, 'Team member', booking.member.name);
  await dialog.getByRole('combobox', { name: 'Add a service' }).fill("Men's haircut");
  await page.getByRole('option', { name: /^Men's haircut/ }).click();
  await setStart(page, dialog, booking.time);
  const save = dialog.getByRole('button', { name: 'Book' });
  await save.click();
  await persist(dialog, async () => !(await dialog.isVisible()), save);
}

async function openAppointment(page: Page, target: Locator) {
  await seeCard(page, target);
  await target.click();
  const drawer = page.getByRole('dialog', { name: 'Appointment details' });
  await expect(drawer).toBeVisible();
  return drawer;
}

async function move(page: Page, booking: Booking, to: string) {
  const drawer = await openAppointment(page, cardOf(page, booking.client));
  await drawer.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit appointment' });
  await expect(edit.getByRole('button', { name: 'Save changes' })).toBeVisible();
  await setStart(page, edit, to);
  const save = edit.getByRole('button', { name: 'Save changes' });
  await save.click();
  await persist(edit, async () => !(await edit.isVisible()), save);
  await closeDrawer(page);
}

async function cancel(page: Page, booking: Booking) {
  await openAppointment(page, cardOf(page, booking.client));
  await page.getByRole('button', { name: 'Cancel appointment' }).click();
  const confirm = page.getByRole('dialog', { name: 'Cancel this appointment?' });
  const again = confirm.getByRole('button', { name: /^Cancel (appointment|it anyway)$/ });
  await again.click();
  await persist(confirm, async () => !(await confirm.isVisible()), again);
  await expect(cardOf(page, booking.client)).toHaveCount(0);
  await closeDrawer(page);
}

/** Closes the details drawer, which may also be closing by itself (after a cancel) while it is seen. */
async function closeDrawer(page: Page) {
  const drawer = page.getByRole('dialog', { name: 'Appointment details' });
  await expect(async () => {
    if (await drawer.isVisible()) {
      await drawer.getByRole('button', { name: 'Close details' }).click({ timeout: 2_000 });
    }
    await expect(drawer).toHaveCount(0, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

async function enrol(page: Page, name: string, phone: string) {
  const card = scheduleCard(page, NAIL_ART);
  const enrolButton = card.getByRole('button', { name: 'Enrol a client' });
  // The list of schedules may fail to load: it says so with Retry.
  await persist(page.getByRole('main'), () => enrolButton.isVisible());
  await enrolButton.click();
  const dialog = page.getByRole('dialog', { name: `Enrol a client in ${NAIL_ART}` });
  await dialog.getByRole('button', { name: 'New client' }).click();
  await dialog.getByLabel('Client name').fill(name);
  await dialog.getByLabel('Phone').fill(phone);
  await dialog.getByRole('checkbox', { name: /^Tuesday 16:00/ }).check();
  const preview = dialog.getByRole('list', { name: 'Appointments this will make' });
  await persist(dialog, () => preview.getByRole('listitem').first().isVisible());
  const save = dialog.getByRole('button', { name: 'Enrol' });
  await save.click();
  const result = page.getByRole('dialog', { name: 'Saved in Altegio' });
  await persist(dialog, () => result.isVisible(), save);
  await result.getByRole('button', { name: 'Done' }).click();
  await expect(card.getByRole('table', { name: `Clients enrolled in ${NAIL_ART}` })).toContainText(name);
}

async function editVisit(page: Page, record: WireRecord, comment: string) {
  const drawer = await openAppointment(page, card(page, record.id));
  await persist(drawer, () => drawer.getByRole('button', { name: 'Open visit' }).isVisible());
  await drawer.getByRole('button', { name: 'Open visit' }).click();
  const dialog = page.getByRole('dialog', { name: `Visit #${record.visit_id}` });
  const attendance = dialog.getByRole('group', { name: 'Attendance' });
  await persist(dialog, () => attendance.isVisible());
  await attendance.getByRole('button', { name: 'No-show' }).click();
  await dialog.getByRole('textbox', { name: 'Visit comment' }).fill(comment);
  const save = dialog.getByRole('button', { name: 'Save visit' });
  await save.click();
  await persist(dialog, () => dialog.getByText('Saved in Altegio.').isVisible(), save);
  await dialog.getByRole('button', { name: 'Close visit' }).click();
  await closeDrawer(page);
}

/** Three attended appointments of one day last week, each alone at its time (so its card can be clicked). */
async function visitsToEdit(http: AltegioHttp): Promise<WireRecord[]> {
  const from = addDays(SALON_TODAY, -7);
  const records = (
    await http.get(`/records/101?start_date=${from}&end_date=${addDays(SALON_TODAY, -1)}&count=1000`)
  ).body.data as WireRecord[];
  const startMs = (r: WireRecord) => Date.parse(r.date.replace(' ', 'T') + 'Z');
  const alone = (r: WireRecord) =>
    !records.some(
      (o) =>
        o.id !== r.id &&
        o.staff_id === r.staff_id &&
        startMs(o) < startMs(r) + r.seance_length * 1000 &&
        startMs(r) < startMs(o) + o.seance_length * 1000,
    );
  const usable = records.filter((r) => r.attendance === 1 && !r.activity_id && r.client && alone(r));
  const byDay = new Map<string, WireRecord[]>();
  for (const r of usable) byDay.set(r.date.slice(0, 10), [...(byDay.get(r.date.slice(0, 10)) ?? []), r]);
  const [, list = []] = [...byDay.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  expect(list.length, 'the seed has three attended visits on one day last week').toBeGreaterThanOrEqual(3);
  return list.slice(0, 3);
}

test('a front-desk day under faults leaves Altegio exactly as the desk intended', async ({
  app,
  emulator,
  faultDay,
}) => {
  const plan = DAYS[faultDay];
  test.setTimeout(faultDay === 'full' ? 600_000 : 300_000);
  const http = await altegioHttp(emulator);
  const haircut = (
    (await http.get('/company/101/services/')).body.data as Array<{ id: number; title: string }>
  ).find((s) => s.title === "Men's haircut")?.id;
  const visits = (await visitsToEdit(http)).slice(0, plan.visits);
  const schedule = (await http.get(`/company/101/schedules/search/activity/${await nailArtEventId(http)}`))
    .body.data as { id: number };

  const bookings: Booking[] = [
    ...EMMA_TIMES.slice(0, plan.perMember).map((time, i) => ({
      member: emma,
      time,
      client: `Fault Day E${String(i + 1).padStart(2, '0')}`,
    })),
    ...LIAM_TIMES.slice(0, plan.perMember).map((time, i) => ({
      member: liam,
      time,
      client: `Fault Day L${String(i + 1).padStart(2, '0')}`,
    })),
  ].map((b) => ({ ...b, phone: freshPhone() }));
  // Moves: the first of each member's bookings to the afternoon. Cancels: some of the others.
  const liamsFirst = plan.perMember;
  bookings.slice(0, plan.movesPerMember).forEach((b, i) => (b.movedTo = LATER[i]));
  bookings.slice(liamsFirst, liamsFirst + plan.movesPerMember).forEach((b, i) => (b.movedTo = LATER[i]));
  for (const index of plan.cancels) bookings[index]!.cancelled = true;
  const enrolled = ['A', 'B']
    .slice(0, plan.series)
    .map((mark) => ({ name: `Fault Day Series ${mark}`, phone: freshPhone() }));

  await app.evaluate(() => {
    const longest: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = longest;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => longest.push(e.duration))).observe({
      type: 'longtask',
    });
  });
  const started = Date.now();
  await emulator.faults.set(BAD_DAY);

  // Open the log.
  await openDemo(app);
  await persist(app.getByRole('main'), () => app.getByTestId('calendar').isVisible());
  await goToDate(app, QUIET_DAY);
  for (const booking of bookings) await book(app, booking);
  for (const booking of bookings) if (booking.movedTo) await move(app, booking, booking.movedTo);
  for (const booking of bookings) if (booking.cancelled) await cancel(app, booking);

  await openSchedules(app);
  for (const client of enrolled) await enrol(app, client.name, client.phone);

  await openCalendar(app);
  await goToDate(app, visits[0]!.date.slice(0, 10));
  for (const [i, record] of visits.entries()) await editVisit(app, record, `Fault day visit ${i + 1}`);

  const runMs = Date.now() - started;
  const longTasks = await app.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  emulator.faults.clear();

  // Altegio now holds exactly what the desk intended: nothing lost, nothing twice, nothing wrong.
  const day = (await http.get(`/records/101?start_date=${QUIET_DAY}&end_date=${QUIET_DAY}&count=200`)).body
    .data as WireRecord[];
  const wanted = bookings.filter((b) => !b.cancelled);
  const live = (b: Booking) => day.filter((r) => r.client?.name === b.client);
  expect(day).toHaveLength(wanted.length);
  for (const b of bookings) {
    const found = live(b);
    expect(found, `${b.client}: ${b.cancelled ? 'cancelled' : 'booked once'}`).toHaveLength(
      b.cancelled ? 0 : 1,
    );
    if (b.cancelled) continue;
    const [record] = found;
    expect(record).toMatchObject({
      staff_id: b.member.id,
      date: `${QUIET_DAY} ${b.movedTo ?? b.time}:00`,
      attendance: 0,
      client: { name: b.client, phone: b.phone },
    });
    expect(record!.services.map((s) => s.id)).toEqual([haircut]);
  }
  const enrolments = (await http.get(`/company/101/schedules/${schedule.id}/client_schedules`)).body
    .data as Array<{
    client: { id: number };
  }>;
  for (const client of enrolled) {
    const id = await clientIdByPhone(http, client.phone);
    expect(
      enrolments.filter((e) => e.client.id === id),
      `${client.name} enrolled once`,
    ).toHaveLength(1);
    const classes = await futureGroupRecords(http, id);
    expect(classes.length).toBeGreaterThan(0);
    expect(classes.every((r) => r.weekday === 2 && r.time === '16:00')).toBe(true);
    expect(new Set(classes.map((r) => r.activity_id)).size).toBe(classes.length);
  }
  for (const [i, record] of visits.entries()) {
    const visit = await http.get(`/visits/${record.visit_id}`);
    expect(visit.body.data).toMatchObject({ attendance: -1, comment: `Fault day visit ${i + 1}` });
  }

  // The UI never froze; every failure met had words and a way on (checked as it was met). A freeze, not a
  // speed goal: a task that takes about half a second alone takes three times that beside two other
  // workers on CI's 2 cores, so the line is drawn where the desk would be stuck, and the longest is reported.
  const longest = Math.max(0, ...longTasks);
  expect(longest).toBeLessThan(3000);
  test.info().annotations.push({
    type: 'fault day',
    description: `${faultDay} day, ${Math.round(runMs / 1000)} s under faults; ${met.length} failures met by the user; longest task ${Math.round(longest)} ms`,
  });
  console.log(
    `fault day (${faultDay}): ${Math.round(runMs / 1000)} s, ${met.length} failures met, longest task ${Math.round(longest)} ms`,
    met,
  );
});

/** The group event the Nail art schedule repeats (its schedule is found by it). */
async function nailArtEventId(http: AltegioHttp): Promise<number> {
  const services = (await http.get('/company/101/services/')).body.data as Array<{
    id: number;
    title: string;
  }>;
  const service = services.find((s) => s.title === NAIL_ART);
  const events = (
    await http.get(
      `/activity/101/search?from=${SALON_TODAY}&till=${addDays(SALON_TODAY, 14)}&service_ids[]=${service?.id}`,
    )
  ).body.data as Array<{ id: number }>;
  for (const event of events) {
    const found = await http.get(`/company/101/schedules/search/activity/${event.id}`);
    if (found.status === 200) return event.id;
  }
  throw new Error('no Nail art schedule');
}
