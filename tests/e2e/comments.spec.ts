import type { Locator, Page } from '@playwright/test';
import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import { addDays, EMMA, SALON_ID, SALON_TODAY } from '../support/demoSalon';
import { expect, openDemo, saveScreen, test } from './fixtures';
import { choose } from './support/appointmentDialog';

test.use({ viewport: { width: 1400, height: 1100 } });

/** The Comments section shows the last 90 days up to the salon's today. */
const FROM = addDays(SALON_TODAY, -89);
const PAGE_SIZE = 20;

interface WireComment {
  id: number;
  type: number;
  master_id: number;
  rating: number;
  text: string;
  user_name: string;
}

async function storedComments(http: AltegioHttp, query = ''): Promise<WireComment[]> {
  const reply = await http.get(
    `/comments/${SALON_ID}?start_date=${FROM}&end_date=${SALON_TODAY}&count=1000${query}`,
  );
  expect(reply.status).toBe(200);
  return reply.body.data as WireComment[];
}

async function openComments(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByText('Comments').click();
  await expect(page.getByTestId('section-title')).toContainText('Comments');
}

function reviewList(page: Page): Locator {
  return page.getByRole('region', { name: 'Review list' });
}

/** The ids of the reviews on screen, once the list has settled. */
async function shownIds(page: Page): Promise<number[]> {
  await expect(page.getByRole('progressbar', { name: 'Loading reviews' })).toHaveCount(0);
  return reviewList(page)
    .locator('[data-comment-id]')
    .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-comment-id'))));
}

function pagerText(page: Page): Locator {
  return reviewList(page).getByTestId('pager-text');
}

/** Clicks the star as a person does: its label (the input itself is visually hidden). */
async function giveStars(dialog: Locator, stars: number) {
  const input = dialog.getByRole('radio', { name: `${stars} stars` });
  await dialog.locator(`label[for="${await input.getAttribute('id')}"]`).click();
  await expect(input).toBeChecked();
}

test.describe('comments', () => {
  let http: AltegioHttp;

  test.beforeEach(async ({ app, emulator }) => {
    http = await altegioHttp(emulator);
    await openDemo(app);
  });

  test('pages through every review and filters by team member and rating, with Altegio’s counts', async ({
    app,
  }) => {
    const all = await storedComments(http);
    expect(all.length).toBeGreaterThan(2 * PAGE_SIZE);
    await openComments(app);
    const total = all.length;
    await expect(pagerText(app)).toHaveText(`1–${PAGE_SIZE} of ${total}`);
    await expect.poll(() => shownIds(app)).toEqual(all.slice(0, PAGE_SIZE).map((c) => c.id));
    await saveScreen(app, 'comments');

    const next = reviewList(app).getByRole('button', { name: 'Next' });
    const pages = Math.ceil(total / PAGE_SIZE);
    for (let page = 2; page <= pages; page++) {
      await next.click();
      const last = Math.min(page * PAGE_SIZE, total);
      await expect(pagerText(app)).toHaveText(`${(page - 1) * PAGE_SIZE + 1}–${last} of ${total}`);
      await expect
        .poll(() => shownIds(app))
        .toEqual(all.slice((page - 1) * PAGE_SIZE, last).map((c) => c.id));
    }
    await expect(next).toBeDisabled();

    // The member with the most reviews, and the rating they were given most often.
    const counts = new Map<number, number>();
    for (const c of all) if (c.type === 1) counts.set(c.master_id, (counts.get(c.master_id) ?? 0) + 1);
    const [member] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [EMMA];
    const theirs = await storedComments(http, `&staff_id=${member}`);
    const ratings = new Map<number, number>();
    for (const c of theirs) ratings.set(c.rating, (ratings.get(c.rating) ?? 0) + 1);
    const [rating] = [...ratings.entries()].sort((a, b) => b[1] - a[1])[0] ?? [5];
    const staff = (await http.get(`/staff/${SALON_ID}`)).body.data as Array<{ id: number; name: string }>;
    const name = staff.find((s) => s.id === member)?.name ?? '';

    await choose(app, app.getByRole('main'), 'Team member', name);
    await expect(pagerText(app)).toHaveText(`1–${theirs.length} of ${theirs.length}`);
    await expect.poll(() => shownIds(app)).toEqual(theirs.map((c) => c.id));
    const summaryRow = app
      .getByRole('table', { name: 'Average rating per team member' })
      .locator(`[data-subject="${member}"]`);
    const mean = theirs.reduce((sum, c) => sum + c.rating, 0) / theirs.length;
    await expect(summaryRow).toContainText(String(theirs.length));
    await expect(summaryRow).toContainText(mean.toFixed(2));

    const matching = await storedComments(http, `&staff_id=${member}&rating=${rating}`);
    await choose(app, app.getByRole('main'), 'Rating', `${rating} star${rating === 1 ? '' : 's'}`);
    await expect(pagerText(app)).toHaveText(`1–${matching.length} of ${matching.length}`);
    await expect.poll(() => shownIds(app)).toEqual(matching.map((c) => c.id));
    await expect(reviewList(app).getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  test('leaves a review: checked in the form, kept through a failed save, and stored once in Altegio', async ({
    app,
    emulator,
  }) => {
    await openComments(app);
    await app.getByRole('button', { name: 'Leave a review' }).click();
    const dialog = app.getByRole('dialog');
    await expect(dialog.getByRole('form', { name: 'Leave a review' })).toBeVisible();

    await dialog.getByRole('button', { name: 'Leave review' }).click();
    await expect(dialog.getByText('Choose a rating from 1 to 5 stars.')).toBeVisible();
    await expect(dialog.getByText('Write what the client said.')).toBeVisible();
    await expect(dialog.getByText('Enter the name of the reviewer.')).toBeVisible();

    await choose(app, dialog, 'About', 'Emma Johnson');
    await giveStars(dialog, 4);
    await dialog.getByRole('textbox', { name: 'Review', exact: true }).fill('Calm, careful and on time.');
    await dialog.getByRole('textbox', { name: 'Name of the reviewer' }).fill('Rita M.');
    await saveScreen(app, 'leave-comment-dialog');

    // Altegio fails: the dialog stays with what was typed, and says the review may have been saved.
    await emulator.faults.set({ errorRate: 1 });
    await dialog.getByRole('button', { name: 'Leave review' }).click();
    await expect(dialog.getByRole('alert')).toContainText('may have been saved');
    await expect(dialog.getByRole('textbox', { name: 'Review', exact: true })).toHaveValue(
      'Calm, careful and on time.',
    );
    await expect(dialog.getByRole('textbox', { name: 'Name of the reviewer' })).toHaveValue('Rita M.');
    await expect(dialog.getByRole('radio', { name: '4 stars' })).toBeChecked();
    await emulator.faults.set({ errorRate: 0 });
    // Nothing was stored (the failure came before Altegio did anything), so the desk saves it again.
    expect((await storedComments(http)).some((c) => c.text === 'Calm, careful and on time.')).toBe(false);
    await dialog.getByRole('button', { name: 'Leave review' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.getByText('Review left about Emma Johnson.')).toBeVisible();

    const stored = (await storedComments(http)).filter((c) => c.text === 'Calm, careful and on time.');
    expect(stored).toEqual([
      expect.objectContaining({ type: 1, master_id: EMMA, rating: 4, user_name: 'Rita M.' }),
    ]);
    // Newest first: it leads the list.
    await expect.poll(async () => (await shownIds(app))[0]).toBe(stored[0]?.id);
    await expect(reviewList(app).locator(`[data-comment-id="${stored[0]?.id}"]`)).toContainText('Rita M.');
  });

  test('a calendar column header opens that team member’s reviews', async ({ app }) => {
    const emmas = await storedComments(http, `&staff_id=${EMMA}`);
    await app.getByRole('button', { name: 'Reviews of Emma Johnson' }).first().click();
    await expect(app.getByTestId('section-title')).toContainText('Comments');
    await expect(app.getByRole('combobox', { name: 'Team member' })).toHaveText('Emma Johnson');
    await expect(pagerText(app)).toHaveText(
      emmas.length ? `1–${Math.min(emmas.length, PAGE_SIZE)} of ${emmas.length}` : 'None',
    );
    await expect.poll(() => shownIds(app)).toEqual(emmas.slice(0, PAGE_SIZE).map((c) => c.id));
  });
});
