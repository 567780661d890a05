import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { RunningEmulator } from '../../electron/emulator';
import { altegioHttp } from '../support/altegioHttp';
import { expect, openDemo, test } from './fixtures';
import { openCalendar, openSettings } from './support/settings';
import {
  bookAtSalon,
  calendarLoaded,
  card,
  EMMA,
  formatDay,
  freshPhone,
  goToDate,
  LIAM,
  QUIET_DAY,
  salonTime,
} from './support/salon';

test.use({ viewport: { width: 1400, height: 1000 } });

/** What shows a dialog settled: something in it that must be visible, or a wait of its own. */
type Ready = (dialog: Locator) => Locator | Promise<void>;

/** What the axe-core scans found: every moderate, serious or critical violation, and where the minor ones are. */
class Scans {
  readonly blocking: string[] = [];
  readonly minor = new Map<string, Set<string>>();

  /** Scans the page, or only the open dialogs (the page behind them is scanned on its own). */
  async scan(page: Page, screen: string, only?: 'dialogs'): Promise<void> {
    // A colour caught half-way through a transition (a button going from disabled to enabled as a preview
    // loads) is no colour anyone reads: scan once the page's transitions are over (spinners go on).
    await page.waitForFunction(() =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    );
    const builder = new AxeBuilder({ page });
    if (only) builder.include('[role="dialog"]');
    const { violations } = await builder.analyze();
    for (const violation of violations) {
      const where = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
      if (violation.impact === 'minor') {
        const seen = this.minor.get(violation.id) ?? new Set<string>();
        for (const target of where) seen.add(`${screen}: ${target}`);
        this.minor.set(violation.id, seen);
      } else {
        this.blocking.push(`${screen}: ${violation.id} (${violation.impact}) at ${where.join(' | ')}`);
      }
    }
  }

  /**
   * Opens a dialog (clicking `open`, or running it), waits until `ready` in the dialog is visible (or its
   * own wait passes), scans the open dialogs and closes the dialog with Escape.
   */
  async dialog(
    page: Page,
    screen: string,
    { open, dialog, ready }: { open: Locator | (() => Promise<void>); dialog: Locator; ready: Ready },
  ): Promise<void> {
    await (typeof open === 'function' ? open() : open.click());
    const settled = ready(dialog);
    await ('click' in settled ? expect(settled).toBeVisible() : settled);
    await this.scan(page, screen, 'dialogs');
    await dismiss(page, dialog);
  }

  /** Prints the minor findings and fails on any other. */
  verdict(): void {
    const minor = [...this.minor].map(([rule, where]) => `${rule} at ${[...where].join(' | ')}`).join('; ');
    console.log(`axe-core, minor findings: ${minor || 'none'}`);
    expect(this.blocking).toEqual([]);
  }
}

/** Closes the dialog on top with Escape, as a keyboard user would. */
async function dismiss(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

/** Opens a Desk tools entry from the toolbar's menu. */
async function deskTool(page: Page, entry: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Desk tools' }).click();
  await page.getByRole('menuitem', { name: entry }).click();
}

/** A visit of two appointments on the quiet day: the drawer then offers the visit, its move and the client. */
async function bookVisit(emulator: RunningEmulator) {
  const http = await altegioHttp(emulator);
  const client = { name: 'Ava Access', phone: freshPhone() };
  // A no-show: the muted card's colours are scanned too.
  const first = await bookAtSalon(http, {
    teamMemberId: EMMA,
    date: QUIET_DAY,
    time: '10:00',
    minutes: 30,
    client: client.name,
    extra: { client, attendance: -1 },
  });
  await bookAtSalon(http, {
    teamMemberId: LIAM,
    date: QUIET_DAY,
    time: '11:00',
    client: client.name,
    extra: { client },
  });
  return { client, first };
}

test('axe-core finds no violation above minor on the calendar, its drawers and its dialogs', async ({
  app,
  emulator,
}) => {
  test.setTimeout(150_000);
  const { client, first } = await bookVisit(emulator);
  const scans = new Scans();
  await openDemo(app);
  await expect(app.getByTestId('calendar')).toBeVisible();
  await goToDate(app, QUIET_DAY);
  await scans.scan(app, 'calendar, day');
  for (const view of ['Week (one)', 'Week (all)', 'List'] as const) {
    await app.getByRole('button', { name: view, exact: true }).click();
    await calendarLoaded(app);
    await expect(card(app, first.id)).toBeVisible();
    await scans.scan(app, `calendar, ${view}`);
  }
  await app.getByRole('button', { name: 'Day', exact: true }).click();
  await calendarLoaded(app);

  await card(app, first.id).click();
  const drawer = app.getByRole('dialog', { name: 'Appointment details' });
  await expect(drawer.getByRole('heading', { name: client.name })).toBeVisible();
  await scans.scan(app, 'appointment details', 'dialogs');
  await scans.dialog(app, 'move the whole visit', {
    open: drawer.getByRole('button', { name: 'Move the whole visit' }),
    dialog: app.getByRole('dialog', { name: `Move the whole visit of ${client.name}` }),
    ready: (move) => expect(move.getByTestId('visit-move-row')).toHaveCount(2),
  });
  await scans.dialog(app, 'visit', {
    open: drawer.getByRole('button', { name: 'Open visit' }),
    dialog: app.getByRole('dialog', { name: /^Visit #/ }),
    ready: (visit) => visit.getByRole('table', { name: 'Appointments of the visit' }),
  });
  await scans.dialog(app, 'client card', {
    open: drawer.getByRole('button', { name: 'Client card' }),
    dialog: app.locator('[role="dialog"][aria-labelledby="client-card-title"]'),
    ready: (clientCard) => clientCard.getByRole('table', { name: 'Client details' }),
  });
  await scans.dialog(app, 'edit appointment', {
    open: drawer.getByRole('button', { name: 'Edit' }),
    dialog: app.getByRole('dialog', { name: 'Edit appointment' }),
    ready: (edit) => edit.getByRole('button', { name: 'Save changes' }),
  });
  await dismiss(app, drawer);

  await scans.dialog(app, 'new appointment', {
    open: app.getByRole('button', { name: 'New appointment' }),
    dialog: app.getByRole('dialog', { name: 'New appointment' }),
    ready: (booking) => booking.getByRole('button', { name: 'Book' }),
  });
  await scans.dialog(app, 'walk-in', {
    open: app.getByRole('button', { name: 'Walk-in' }),
    dialog: app.getByRole('dialog', { name: 'Walk-in: who can take them now?' }),
    ready: (walkIn) => walkIn.getByRole('combobox', { name: 'Services' }),
  });
  await scans.dialog(app, 'running late', {
    open: () => deskTool(app, /Running late/),
    dialog: app.getByRole('dialog', { name: `Running late, ${formatDay(QUIET_DAY, 'cccc d LLLL')}` }),
    ready: (late) => late.getByRole('combobox', { name: 'Team member' }),
  });
  await scans.dialog(app, 'team member out', {
    open: () => deskTool(app, /Team member out/),
    dialog: app.getByRole('dialog', { name: 'Team member out' }),
    ready: async (out) => {
      await out.getByRole('combobox', { name: 'Team member' }).selectOption({ label: 'Emma Johnson' });
      await expect(out.getByTestId(`staff-out-row-${first.id}`)).toBeVisible();
    },
  });
  await scans.dialog(app, 'working hours', {
    open: app.getByRole('button', { name: 'Working hours of Emma Johnson' }),
    dialog: app.getByRole('dialog', { name: /^Working hours of Emma Johnson/ }),
    ready: (hours) => expect(hours.getByRole('textbox', { name: 'Hours 1 start' })).toHaveValue('09:00'),
  });
  await scans.dialog(app, 'online bookings', {
    open: app.getByRole('button', { name: /^Online bookings/ }),
    dialog: app.getByRole('dialog', { name: 'Online bookings' }),
    ready: (inbox) => inbox.getByRole('button', { name: 'Close online bookings' }),
  });
  await scans.dialog(app, 'about', {
    open: app.getByRole('button', { name: 'About Frontdesk' }),
    dialog: app.getByRole('dialog', { name: 'About Frontdesk' }),
    ready: (about) => about.getByTestId('about-version'),
  });
  await scans.dialog(app, 'keyboard shortcuts', {
    open: app.getByRole('button', { name: 'Keyboard shortcuts' }),
    dialog: app.getByRole('dialog', { name: 'Keyboard shortcuts' }),
    ready: (sheet) => sheet.getByRole('region', { name: 'Appointment log, outside a text field' }),
  });

  scans.verdict();
});

test('axe-core finds no violation above minor on sign-in, every section, and in the dark theme', async ({
  app,
  emulator,
}) => {
  test.setTimeout(150_000);
  const { client, first } = await bookVisit(emulator);
  const scans = new Scans();
  await scans.scan(app, 'sign-in');
  await openDemo(app);
  await expect(app.getByTestId('calendar')).toBeVisible();
  const sections = app.getByRole('navigation', { name: 'Sections' });
  for (const [section, ready] of [
    [
      'All locations',
      (page: Page) =>
        page.getByRole('region', { name: 'Frontdesk Demo Studio: the day' }).locator('.fc-event').first(),
    ],
    ['Recurring schedules', (page: Page) => page.locator('section[data-schedule-id]').first()],
    ['Online booking', (page: Page) => page.getByRole('list', { name: 'Services' })],
    ['Comments', (page: Page) => page.getByRole('button', { name: 'Leave a review' })],
    ['Frontdesk bookings', (page: Page) => page.getByRole('main')],
  ] as const) {
    await sections.getByText(section, { exact: true }).click();
    await expect(app.getByRole('banner')).toContainText(section);
    await expect(ready(app)).toBeVisible();
    await expect(app.getByRole('progressbar')).toHaveCount(0);
    await scans.scan(app, section);
  }
  for (const tab of ['This desk', 'Custom fields', 'Labels', 'Technical breaks']) {
    await openSettings(app, tab);
    await expect(app.getByRole('tabpanel', { name: tab, exact: true })).toBeVisible();
    await expect(app.getByRole('progressbar')).toHaveCount(0);
    await scans.scan(app, `Settings, ${tab}`);
  }

  // The dark theme ("follows the system" by default): our own colours again, on the calendar and a card.
  await app.emulateMedia({ colorScheme: 'dark' });
  await openCalendar(app);
  await goToDate(app, QUIET_DAY);
  await expect(card(app, first.id)).toBeVisible();
  await scans.scan(app, 'calendar, day, dark');
  await scans.dialog(app, 'appointment details, dark', {
    open: card(app, first.id),
    dialog: app.getByRole('dialog', { name: 'Appointment details' }),
    ready: (drawer) => drawer.getByRole('heading', { name: client.name }),
  });
  await openSettings(app, 'Labels');
  await expect(app.getByRole('progressbar')).toHaveCount(0);
  await scans.scan(app, 'Settings, Labels, dark');

  scans.verdict();
});

/** Presses `key` (Tab, or an arrow in a roving group) until `target` or something inside it has the focus. */
async function tabTo(page: Page, target: Locator, limit = 150, key = 'Tab'): Promise<void> {
  // Resolved once (and again if React replaced it): a role query over the whole calendar on every press
  // would take most of the test.
  let element = await target.elementHandle();
  for (let presses = 0; presses < limit; presses += 1) {
    const state = await element?.evaluate((el) =>
      !el.isConnected ? 'gone' : el.contains(document.activeElement) ? 'focused' : 'not yet',
    );
    if (state === 'focused') return;
    if (state === 'gone') element = await target.elementHandle();
    else await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

test('a booking from start to finish with the keyboard alone', async ({ app, emulator }) => {
  test.setTimeout(150_000);
  const http = await altegioHttp(emulator);
  const phone = freshPhone();
  const keys = app.keyboard;

  await tabTo(app, app.getByRole('button', { name: 'Open the demo location' }));
  await keys.press('Enter');
  await expect(app.getByTestId('calendar')).toBeVisible();
  await calendarLoaded(app);
  // To the quiet day through the toolbar's date field.
  await tabTo(app, app.getByRole('group', { name: 'Go to date' }));
  await keys.press('Control+a');
  const [year, month, day] = QUIET_DAY.split('-');
  await keys.type(`${month}${day}${year}`);
  await keys.press('Enter');
  await expect(app.getByTestId('calendar-title')).toContainText(formatDay(QUIET_DAY, 'MMMM d, yyyy'));
  await calendarLoaded(app);

  // N opens the booking dialog once focus is out of the text field (one step back, on the Next button).
  await tabTo(app, app.getByRole('button', { name: 'Next' }), 5, 'Shift+Tab');
  await keys.press('n');
  const dialog = app.getByRole('dialog', { name: 'New appointment' });
  await expect(dialog.getByRole('button', { name: 'Book' })).toBeVisible();
  await tabTo(app, dialog.getByRole('button', { name: 'New client' }));
  await keys.press('Enter');
  await tabTo(app, dialog.getByLabel('Client name'));
  await keys.type('Kira Keys');
  await tabTo(app, dialog.getByLabel('Phone'));
  await keys.type(phone);
  await tabTo(app, dialog.getByRole('combobox', { name: 'Add a service' }));
  await keys.type("Women's haircut");
  await expect(app.getByRole('option', { name: /^Women's haircut/ })).toBeVisible();
  await keys.press('ArrowDown');
  await keys.press('Enter');
  await expect(dialog.getByRole('table', { name: 'Services' })).toContainText("Women's haircut");
  await tabTo(app, dialog.getByRole('combobox', { name: 'Team member' }));
  await keys.press('ArrowDown');
  const emma = app.getByRole('option', { name: 'Emma Johnson', exact: true });
  await expect(emma).toBeVisible();
  await tabTo(app, emma, 20, 'ArrowDown');
  await keys.press('Enter');
  await expect(dialog.getByRole('combobox', { name: 'Team member' })).toHaveText('Emma Johnson');
  await tabTo(app, dialog.getByRole('group', { name: 'Date and time' }));
  await keys.press('Control+a');
  for (const key of `${QUIET_DAY.replaceAll('-', '')}1000`) await keys.press(key);
  // Ctrl+Enter books from any field (the Book button is a Tab further on).
  await keys.press('Control+Enter');
  await expect(dialog).toBeHidden();

  // Altegio has it: Emma, 10:00 on the quiet day, the new client and the service.
  const records = (await http.get(`/records/101?start_date=${QUIET_DAY}&end_date=${QUIET_DAY}&count=200`))
    .body.data as Array<{
    id: number;
    staff_id: number;
    datetime: string;
    attendance: number;
    client: { name: string; phone: string } | null;
    services: Array<{ title: string }>;
  }>;
  const booked = records.filter((record) => record.client?.name === 'Kira Keys');
  expect(booked).toHaveLength(1);
  const [record] = booked;
  expect(record?.staff_id).toBe(EMMA);
  expect(Date.parse(record?.datetime ?? '')).toBe(Date.parse(salonTime(QUIET_DAY, '10:00')));
  expect(record?.services.map((service) => service.title)).toEqual(["Women's haircut"]);

  // The card is a named tab stop; Enter opens its details, where the client is marked arrived.
  const kira = app.getByRole('button', { name: /^10:00.*Kira Keys, Women's haircut, Emma Johnson/ });
  await tabTo(app, kira, 300);
  await keys.press('Enter');
  const drawer = app.getByRole('dialog', { name: 'Appointment details' });
  await expect(drawer.getByRole('heading', { name: 'Kira Keys' })).toBeVisible();
  // The status buttons are one tab stop; the arrows move between them.
  await tabTo(app, drawer.getByRole('group', { name: 'Status' }));
  await tabTo(app, drawer.getByRole('button', { name: 'Arrived' }), 4, 'ArrowRight');
  await keys.press('Space');
  await expect(drawer.getByRole('button', { name: 'Arrived' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await http.get(`/record/101/${record?.id}`)).body.data.attendance).toBe(1);
  await keys.press('Escape');
  await expect(drawer).toBeHidden();
});
