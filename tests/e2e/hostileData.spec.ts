import type { Locator, Page } from '@playwright/test';
import { expect, openDemo, saveScreen, test } from './fixtures';
import { altegioHttp } from '../support/altegioHttp';
import { SALON_ID } from '../support/demoSalon';
import { bookAtSalon, card, EMMA, goToDate, LIAM, QUIET_DAY } from './support/salon';

test.use({ timezoneId: 'Asia/Tokyo', viewport: { width: 1400, height: 1000 } });

type Flagged = Window & { hostileRan?: boolean };

const RLO = '\u202E';
const SCRIPT_NAME = '<img src=x onerror="window.hostileRan=true"><script>window.hostileRan=true</script>';
const LONG_NAME = 'W'.repeat(5000);
const LONG_MEMBER = `Maximiliana-${'Q'.repeat(120)}`;
const SPOOF_MEMBER = `Liam ${RLO}nosirraH`;
const SPOOF_CLIENT = `Eve ${RLO}cod.exe`;

/** Whether the text after the name (`element`'s last text) reads left to right: its first letter left of its fourth. */
function readsLeftToRight(element: Locator): Promise<boolean> {
  return element.evaluate((node) => {
    const text = [...node.childNodes].reverse().find((child) => child.nodeType === Node.TEXT_NODE);
    if (!text?.textContent || text.textContent.trim().length < 3) throw new Error('no text after the name');
    const at = (index: number) => {
      const range = document.createRange();
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      return range.getBoundingClientRect().left;
    };
    // The first letters of one word: on one line whatever the dialog's width.
    const first = text.textContent.search(/\S/);
    return at(first) < at(first + 3);
  });
}

/**
 * Whether the text that follows `name` in `element` reads left to right where it is laid out: the first
 * visible character after the name left of the third one after it. Fails if the name is not there.
 */
function readsLeftToRightAfter(element: Locator, name: string): Promise<boolean> {
  return element.evaluate((root, name) => {
    const texts: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    const whole = texts.map((text) => text.data).join('');
    const end = whole.indexOf(name) + name.length;
    if (end < name.length) throw new Error(`no ${name} in ${whole}`);
    // Where each character of the whole text is drawn (isolate controls and spaces skipped).
    const visible: number[] = [];
    for (let index = end; index < whole.length && visible.length < 4; index += 1) {
      if (/[^\s\u2066-\u2069]/.test(whole[index] ?? '')) visible.push(index);
    }
    const left = (index: number) => {
      let offset = index;
      let text = texts[0]!;
      for (text of texts) {
        if (offset < text.data.length) break;
        offset -= text.data.length;
      }
      const range = document.createRange();
      range.setStart(text, offset);
      range.setEnd(text, offset + 1);
      return range.getBoundingClientRect().left;
    };
    if (visible.length < 4) throw new Error(`too little text after ${name} in ${whole}`);
    return left(visible[0]!) < left(visible[2]!);
  }, name);
}

/** The same for a plain string (a `title` tooltip): laid out by the page as the browser lays out its tooltip. */
async function stringReadsLeftToRightAfter(page: Page, text: string, name: string): Promise<boolean> {
  await page.evaluate((text) => {
    const element = document.createElement('div');
    element.id = 'tooltip-probe';
    element.style.cssText = 'position: fixed; top: 0; left: 0; white-space: pre; font: 14px sans-serif';
    element.textContent = text;
    document.body.append(element);
  }, text);
  const probe = page.locator('#tooltip-probe');
  try {
    return await readsLeftToRightAfter(probe, name);
  } finally {
    await probe.evaluate((element) => element.remove());
  }
}

/** Cancels an appointment from its card, as the desk does; the notice then names it. */
async function cancelFromCard(page: Page, id: number): Promise<Locator> {
  await card(page, id).click();
  await page.getByRole('button', { name: 'Cancel appointment' }).click();
  const confirm = page.getByRole('dialog', { name: 'Cancel this appointment?' });
  await confirm.getByRole('button', { name: 'Cancel appointment' }).click();
  await expect(confirm).toBeHidden();
  return page.locator('.MuiSnackbar-root .MuiAlert-message');
}

test('hostile data from Altegio renders as text and breaks no layout; a malformed record is reported', async ({
  app,
  emulator,
}) => {
  const http = await altegioHttp(emulator);
  const scripted = await bookAtSalon(http, {
    teamMemberId: LIAM,
    date: QUIET_DAY,
    time: '10:00',
    client: SCRIPT_NAME,
    extra: { comment: '<script>window.hostileRan=true</script> مرحبا 👩‍🎤' },
  });
  const long = await bookAtSalon(http, {
    teamMemberId: EMMA,
    date: QUIET_DAY,
    time: '11:00',
    client: LONG_NAME,
  });
  const spoof = await bookAtSalon(http, {
    teamMemberId: LIAM,
    date: QUIET_DAY,
    time: '12:00',
    client: SPOOF_CLIENT,
  });
  const broken = await bookAtSalon(http, {
    teamMemberId: LIAM,
    date: QUIET_DAY,
    time: '14:00',
    client: 'Broken',
  });
  let odd = { id: 0, name: '' };
  emulator.editStore((store) => {
    // A wrong type in a team member's field: that member cannot be read, the others must still show.
    const member = [...store.staff.values()].find(
      (each) =>
        each.locationId === SALON_ID && ![EMMA, LIAM].includes(each.id) && !each.fired && !each.hidden,
    )!;
    odd = { id: member.id, name: member.name };
    member.specialization = { not: 'text' } as unknown as string;
    store.staff.get(EMMA)!.name = LONG_MEMBER;
    store.staff.get(LIAM)!.name = SPOOF_MEMBER;
    // A wrong type where an id belongs: the record cannot be placed in any column.
    (store.records.get(broken.id) as unknown as { staffId: unknown }).staffId = 'Liam Carter';
  });

  await openDemo(app);
  await goToDate(app, QUIET_DAY);
  await expect(card(app, scripted.id)).toContainText(SCRIPT_NAME);
  await expect(card(app, long.id)).toBeVisible();
  await expect(card(app, spoof.id)).toBeVisible();
  // The malformed record is counted, and the others of its day are still shown.
  await expect(app.getByRole('status', { name: 'Appointment log status' })).toContainText(
    '1 appointment could not be shown',
  );
  await expect(card(app, broken.id)).toHaveCount(0);
  // So is the unreadable team member, in the status bar; the other members' columns still show.
  await expect(app.getByRole('status', { name: 'Status bar' })).toContainText(
    '1 team member from Altegio could not be shown',
  );
  await expect(app.getByRole('button', { name: `Working hours of ${LONG_MEMBER}` })).toBeVisible();
  await expect(app.getByRole('button', { name: `Working hours of ${odd.name}` })).toHaveCount(0);
  expect((await http.get(`/staff/${SALON_ID}/${odd.id}`)).status).toBe(200);

  // Column headers keep each member's name inside its own cell.
  const overflowing = await app.locator('.fc-col-header-cell.fc-resource').evaluateAll((cells) =>
    cells
      .filter((cell) => {
        const box = cell.getBoundingClientRect();
        return [...cell.querySelectorAll('*')].some(
          (inner) => inner.getBoundingClientRect().right > box.right + 1,
        );
      })
      .map((cell) => cell.textContent),
  );
  expect(overflowing).toEqual([]);

  // A name is isolated from the text around it: the right-to-left override in the team member's name
  // does not turn the date after it around in the dialog's title.
  await app.getByRole('button', { name: `Working hours of ${SPOOF_MEMBER}` }).click();
  const hoursTitle = app.locator('#team-hours-title');
  await expect(hoursTitle).toContainText('Working hours of');
  expect(await readsLeftToRight(hoursTitle)).toBe(true);
  await app.getByRole('button', { name: 'Cancel' }).click();
  await expect(hoursTitle).toBeHidden();

  // The drawer wraps a 5,000-character name instead of scrolling sideways.
  await card(app, long.id).click();
  const drawer = app.getByRole('dialog', { name: 'Appointment details' });
  await expect(drawer).toBeVisible();
  const paper = drawer.locator('xpath=..');
  const widths = await paper.evaluate((node) => ({ scroll: node.scrollWidth, client: node.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  await saveScreen(app, 'hostile-data');
  await app.getByRole('button', { name: 'Close details' }).click();

  await card(app, scripted.id).click();
  await expect(drawer).toContainText('مرحبا 👩‍🎤');
  expect(await app.evaluate(() => (window as Flagged).hostileRan)).toBeUndefined();
  await app.getByRole('button', { name: 'Close details' }).click();
  await expect(drawer).toBeHidden();

  // Tooltips are isolated too: on the card's, the phone after the spoofing name reads as it should.
  await card(app, spoof.id).hover();
  const spoofCard = app.locator(`[data-appointment-id="${spoof.id}"]`);
  await expect(spoofCard).toHaveAttribute('title', /cod\.exe/);
  const tooltip = (await spoofCard.getAttribute('title')) ?? '';
  expect(tooltip).toContain(spoof.client!.phone);
  expect(await stringReadsLeftToRightAfter(app, tooltip, SPOOF_CLIENT)).toBe(true);

  // So are notices: after a spoofing name the date and team member read left to right, and a 5,000-letter
  // name takes one line of the snackbar.
  const notice = await cancelFromCard(app, spoof.id);
  await expect(notice).toContainText(`Cancelled ${SPOOF_CLIENT}`);
  expect(await readsLeftToRightAfter(notice, SPOOF_CLIENT)).toBe(true);
  await saveScreen(app, 'hostile-notice');
  await cancelFromCard(app, long.id);
  await expect(notice).toContainText(`Cancelled ${LONG_NAME}`);
  const snackbar = await notice.evaluate((node) =>
    node.closest('.MuiSnackbar-root')!.getBoundingClientRect(),
  );
  expect(snackbar.right).toBeLessThanOrEqual(1400);
  expect(snackbar.height).toBeLessThan(120);
  const left = (
    await http.get(`/records/${SALON_ID}?start_date=${QUIET_DAY}&end_date=${QUIET_DAY}&count=200`)
  ).body.data as Array<{ id: number }>;
  expect(left.map((record) => record.id)).not.toContain(spoof.id);
  expect(left.map((record) => record.id)).not.toContain(long.id);
});
