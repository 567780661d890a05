import type { Page } from '@playwright/test';
import { altegioHttp } from '../support/altegioHttp';
import { expect, openDemo, secondDesk, test } from './fixtures';
import { bookAtSalon, card, EMMA, goToDate, QUIET_DAY } from './support/salon';

const SALON = 101;

async function openEdit(page: Page, id: number) {
  // After a save the details drawer stays open on the appointment.
  if (!(await page.getByRole('button', { name: 'Edit' }).isVisible())) await card(page, id).click();
  await page.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit appointment' });
  await expect(dialog.getByLabel('Comment')).toBeVisible();
  return dialog;
}

interface WireRecord {
  staff_id: number;
  datetime: string;
  seance_length: number;
  client: { id: number; name: string; phone: string };
  services: Array<{ id: number; first_cost: number; discount: number; cost: number }>;
}

/** The record as another program (Altegio's web app) writes it back: comment and visit status set. */
const wireBody = (record: WireRecord, attendance: number) => ({
  staff_id: record.staff_id,
  datetime: record.datetime,
  seance_length: record.seance_length,
  client: { id: record.client.id, name: record.client.name, phone: record.client.phone },
  services: record.services.map(({ id, first_cost, discount, cost }) => ({ id, first_cost, discount, cost })),
  comment: 'Prefers the window seat',
  attendance,
  save_if_busy: true,
});

test('two desks edit one appointment: the stale save warns about the newer change, even one made in the same second', async ({
  app,
  main,
  emulator,
  browser,
  now,
}) => {
  test.setTimeout(150_000);
  const http = await altegioHttp(emulator);
  const record = async () => (await http.get(`/record/${SALON}/${booked.id}`)).body.data;
  const booked = await bookAtSalon(http, {
    teamMemberId: EMMA,
    date: QUIET_DAY,
    time: '10:00',
    client: 'Ada Two',
  });
  await openDemo(app);
  await goToDate(app, QUIET_DAY);
  const other = await secondDesk(browser, main, now);
  await openDemo(other.page);
  await goToDate(other.page, QUIET_DAY);

  // Both desks open the appointment; the other desk saves first.
  const mine = await openEdit(app, booked.id);
  const theirs = await openEdit(other.page, booked.id);
  await theirs.getByLabel('Comment').fill('Allergic to latex');
  await theirs.getByRole('button', { name: 'Save changes' }).click();
  await expect(theirs).toBeHidden();
  expect((await record()).comment).toBe('Allergic to latex');
  await other.close();

  // This desk's save is stale: it is told what changed, keeps what it typed, and Altegio keeps theirs.
  await mine.getByLabel('Comment').fill('Running ten minutes late');
  await mine.getByRole('button', { name: 'Save changes' }).click();
  await expect(mine.getByText(/Someone else changed this appointment’s comment at \d\d:\d\d/)).toBeVisible();
  await expect(mine.getByLabel('Comment')).toHaveValue('Running ten minutes late');
  expect((await record()).comment).toBe('Allergic to latex');
  await mine.getByRole('button', { name: 'Overwrite' }).click();
  await expect(mine).toBeHidden();
  expect((await record()).comment).toBe('Running ten minutes late');

  // Same second: this desk's live update reads a change, and another lands in that very second (tried
  // again on the next poll when the two straddle a second). Later polls then wait, so the desk keeps the
  // version it read.
  let settled = false;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  emulator.beforeRequest(async ({ method, path, query }) => {
    const poll = method === 'GET' && path === `/api/v1/records/${SALON}` && query.includes('changed_after');
    if (!poll) return;
    if (settled) return held;
    const first = await http.put(`/record/${SALON}/${booked.id}`, wireBody(await record(), 0));
    // A new request, so served after this poll is answered: a few milliseconds later.
    setImmediate(() => {
      void http.put(`/record/${SALON}/${booked.id}`, wireBody(first.body.data, 1)).then((second) => {
        settled = second.body.data.last_change_date === first.body.data.last_change_date;
      });
    });
  });
  try {
    await expect.poll(() => settled, { timeout: 60_000 }).toBe(true);
    expect(await record()).toMatchObject({ comment: 'Prefers the window seat', attendance: 1 });

    const again = await openEdit(app, booked.id);
    await expect(again.getByLabel('Comment')).toHaveValue('Prefers the window seat');
    await again.getByLabel('Comment').fill('Window seat, and a glass of water');
    await again.getByRole('button', { name: 'Save changes' }).click();
    await expect(again.getByText(/Someone else changed this appointment’s status at/)).toBeVisible();
    expect(await record()).toMatchObject({ comment: 'Prefers the window seat', attendance: 1 });

    // Overwrite, and the web app writes again right after this desk's PUT: the desk is told, with Show.
    let put = false;
    emulator.beforeRequest(async ({ method, path }) => {
      if (path !== `/api/v1/record/${SALON}/${booked.id}`) return;
      if (method === 'PUT' && !put) put = true;
      else if (method === 'GET' && put) {
        put = false;
        await http.put(`/record/${SALON}/${booked.id}`, wireBody(await record(), 2));
      }
    });
    await again.getByRole('button', { name: 'Overwrite' }).click();
    await expect(again).toBeHidden();
    // The open details drawer is modal, so the snackbar beside it is hidden from the accessibility tree.
    const notice = app.locator('.MuiSnackbar-root');
    await expect(notice).toContainText(
      'Saved, but another desk changed this appointment’s status and comment at the same moment',
    );
    await notice.locator('button', { hasText: 'Show' }).click();
    await expect(app.getByRole('button', { name: 'Edit' })).toBeVisible();
    await expect(app.getByText('Prefers the window seat').first()).toBeVisible();
    expect(await record()).toMatchObject({ comment: 'Prefers the window seat', attendance: 2 });
  } finally {
    release();
    emulator.beforeRequest(null);
  }
});

test('a cancel that races another desk’s edit names that edit, and Undo books the appointment as they left it', async ({
  app,
  emulator,
}) => {
  const http = await altegioHttp(emulator);
  const booked = await bookAtSalon(http, {
    teamMemberId: EMMA,
    date: QUIET_DAY,
    time: '12:00',
    client: 'Cy Race',
  });
  const path = `/record/${SALON}/${booked.id}`;
  const dayWithCancelled = async () =>
    (
      await http.get(
        `/records/${SALON}?start_date=${QUIET_DAY}&end_date=${QUIET_DAY}&with_deleted=1&count=200`,
      )
    ).body.data as Array<{ id: number; deleted: boolean; comment: string; client: { name: string } }>;
  await openDemo(app);
  await goToDate(app, QUIET_DAY);
  await card(app, booked.id).click();
  await app.getByRole('button', { name: 'Cancel appointment' }).click();
  const confirm = app.getByRole('dialog', { name: 'Cancel this appointment?' });

  // The web app saves a comment after this desk's check and before its DELETE.
  let raced = false;
  emulator.beforeRequest(async ({ method, path: at }) => {
    if (raced || method !== 'DELETE' || at !== `/api/v1${path}`) return;
    raced = true;
    await http.put(path, wireBody((await http.get(path)).body.data, 0));
  });
  try {
    await confirm.getByRole('button', { name: 'Cancel appointment' }).click();
    await expect(confirm).toBeHidden();
    const notice = app.locator('.MuiSnackbar-root');
    await expect(notice).toContainText(
      'but another desk changed its comment at the same moment: Altegio has their version of that.',
    );
    expect(raced).toBe(true);
    expect((await dayWithCancelled()).find((r) => r.id === booked.id)).toMatchObject({
      deleted: true,
      comment: 'Prefers the window seat',
    });

    await notice.locator('button', { hasText: 'Undo' }).click();
    await expect(app.getByText('Appointment restored')).toBeVisible();
    const restored = (await dayWithCancelled()).filter((r) => !r.deleted);
    expect(restored).toMatchObject([{ comment: 'Prefers the window seat', client: { name: 'Cy Race' } }]);
  } finally {
    emulator.beforeRequest(null);
  }
});
