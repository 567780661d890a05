import type { Locator } from '@playwright/test';
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
    client: `Eve ${RLO}cod.exe`,
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
});
