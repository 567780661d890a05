import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { Info } from 'luxon';
import { expect, RENDERER_ORIGIN, saveScreen, test } from './fixtures';
import { altegioHttp } from '../support/altegioHttp';
import { addDays, calendarLoaded, SALON_TODAY } from './support/salon';

/**
 * The walk in Spanish: every screen, with the stored preference `language: 'es'`, must show no English
 * text the code defines (renderer/src/i18n/en.json). Buttons and fields are found by their English or
 * their Spanish name (whichever the catalogue has), so the walk goes on wherever a screen is not
 * translated yet, and lists all it found at the end.
 */

type Json = string | { [key: string]: Json };
type Catalogue = Record<string, Record<string, Json>>;

const I18N_DIR = resolve('renderer/src/i18n');
const english = JSON.parse(readFileSync(resolve(I18N_DIR, 'en.json'), 'utf8')) as Catalogue;
const spanish: Catalogue = Object.assign(
  {},
  ...readdirSync(resolve(I18N_DIR, 'es'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(resolve(I18N_DIR, 'es', file), 'utf8')) as Catalogue),
);

/** Texts that are the same in both languages whatever the catalogue says. */
const SAME_IN_SPANISH = new Set(['Altegio', 'Frontdesk', 'YCLIENTS', 'Total', 'Email']);
const letters = (text: string) => (text.match(/\p{L}/gu) ?? []).length;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every English text of the catalogue (or its literal fragments around {placeholders}) worth looking for. */
function englishFragments(): Array<{ id: string; text: string; pattern: RegExp }> {
  const found = new Map<string, { id: string; text: string; pattern: RegExp }>();
  const visit = (id: string, value: Json, translated: Json | undefined) => {
    if (typeof value !== 'string') {
      for (const [key, inner] of Object.entries(value))
        visit(`${id}.${key}`, inner, typeof translated === 'object' ? translated[key] : undefined);
      return;
    }
    if (value === translated) return;
    for (const piece of value.split(/\{\w+\}/)) {
      const text = piece.trim();
      if (letters(text) < 4 || SAME_IN_SPANISH.has(text) || found.has(text)) continue;
      found.set(text, {
        id,
        text,
        pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}(?![\\p{L}\\p{N}])`, 'u'),
      });
    }
  };
  for (const [component, messages] of Object.entries(english))
    for (const [key, value] of Object.entries(messages))
      visit(`${component}.${key}`, value, spanish[component]?.[key]);
  return [...found.values()];
}

/** Every Spanish text of the catalogue: a word that is also Spanish ("series") is not English on screen. */
const SPANISH_TEXT = (() => {
  const out: string[] = [];
  const visit = (value: Json) =>
    typeof value === 'string' ? out.push(value) : Object.values(value).forEach(visit);
  Object.values(spanish).forEach(visit);
  return out.join('\n');
})();

const FRAGMENTS = englishFragments().filter((fragment) => !fragment.pattern.test(SPANISH_TEXT));

/** The Spanish texts of every catalogue entry whose English is `text`. */
function spanishOf(text: string): string[] {
  const out: string[] = [];
  for (const [component, messages] of Object.entries(english))
    for (const [key, value] of Object.entries(messages))
      if (value === text && typeof spanish[component]?.[key] === 'string')
        out.push(spanish[component][key] as string);
  return out;
}

/** A name as the screen may give it: in English while its screen is not translated, else in Spanish. */
function say(text: string, exact = true): RegExp {
  const names = [text, ...spanishOf(text)].map(escape).join('|');
  return new RegExp(exact ? `^(?:${names})$` : `(?:${names})`);
}

/** Everything a user sees or hears on the page now: its text, labels, titles, placeholders, a11y tree. */
async function shownText(page: Page): Promise<string> {
  const collected = await page.evaluate(() => {
    const visible = (element: Element) =>
      !(element instanceof HTMLElement) || element.checkVisibility({ checkVisibilityCSS: true });
    const attributes: string[] = [];
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!visible(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) attributes.push(value);
      }
    }
    // Names, titles and comments from Altegio are not the app's words (they are in English in the demo).
    const fromAltegio = [...document.body.querySelectorAll('bdi')].map(
      (element) => element.textContent ?? '',
    );
    return { text: document.body.innerText, attributes, fromAltegio, lang: document.documentElement.lang };
  });
  const tree = await page
    .locator('body')
    .ariaSnapshot()
    .catch(() => '');
  // The snapshot's lines are `- role "name"` or `- role: text`: only the names and texts are the app's.
  const named = tree
    .split('\n')
    .flatMap((line) =>
      [...line.matchAll(/"((?:[^"\\]|\\.)*)"|: (.+)$/g)].map((match) => match[1] ?? match[2] ?? ''),
    );
  let text = [collected.text, ...collected.attributes, ...named].join('\n');
  for (const value of collected.fromAltegio.filter((value) => value.trim()))
    text = text.split(value).join(' ⁂ ');
  if (altegioPattern) text = text.replace(altegioPattern, ' ⁂ ');
  return text.replace(/\u2068[^\u2069]*\u2069/g, ' ⁂ ');
}

/**
 * The demo salon's own texts (names, services, comments: English in the demo), longest first, taken out
 * of what the page shows before looking for the app's English.
 */
let altegioPattern: RegExp | null = null;

async function readAltegioTexts(http: Awaited<ReturnType<typeof altegioHttp>>): Promise<void> {
  const range = `start_date=${addDays(SALON_TODAY, -14)}&end_date=${addDays(SALON_TODAY, 14)}`;
  const paths = [
    '/company/101',
    '/company/101/services',
    '/staff/101',
    `/records/101?${range}&count=1000`,
    `/comments/101?start_date=${addDays(SALON_TODAY, -365)}&end_date=${SALON_TODAY}&count=1000`,
    `/activity/101/search?from=${addDays(SALON_TODAY, -14)}&till=${addDays(SALON_TODAY, 60)}&count=300`,
    '/labels/101/1',
    '/labels/101/2',
    '/custom_fields/record/101',
    '/custom_fields/client/101',
  ];
  const texts = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string' && letters(value) >= 4) texts.add(value.trim());
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const path of paths) collect((await http.get(path).catch(() => ({ body: null }))).body);
  const longestFirst = [...texts].sort((a, b) => b.length - a.length).map(escape);
  altegioPattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${longestFirst.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** The English texts of the catalogue on the page now, each with the line it shows in. */
async function englishOn(page: Page): Promise<Array<{ text: string; id: string; line: string }>> {
  const shown = await shownText(page);
  const lines = shown.split('\n');
  return FRAGMENTS.filter((fragment) => fragment.pattern.test(shown)).map((fragment) => {
    const line = lines.find((candidate) => fragment.pattern.test(candidate))?.trim() ?? '';
    return { text: fragment.text, id: fragment.id, line: line.length > 90 ? `${line.slice(0, 87)}…` : line };
  });
}

test.use({ viewport: { width: 1400, height: 900 } });

test('every screen speaks Spanish when the desk’s language is Spanish', async ({ page, main }) => {
  // About 30 s on a quiet machine.
  test.setTimeout(150_000);
  main.store.set('preferences', { language: 'es' });
  await readAltegioTexts(await altegioHttp(await main.demoEmulator()));
  // Each English text once, with where it showed.
  const found = new Map<string, { id: string; line: string; stops: string[] }>();
  const problems: string[] = [];
  const stop = async (name: string) => {
    // Lazily loaded parts come with their texts: wait for the page to settle before reading it.
    await page.waitForTimeout(150);
    for (const { text, id, line } of await englishOn(page)) {
      const known = found.get(text);
      if (known) known.stops.push(name);
      else found.set(text, { id, line, stops: [name] });
    }
  };
  const closeDialog = async () => {
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  };
  const nav = page.locator('nav .MuiListItemButton-root');
  const section = async (index: number) => {
    await nav.nth(index).click();
    await expect(nav.nth(index)).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 15_000 });
  };

  await page.goto(`${RENDERER_ORIGIN}/index.html`);
  await expect(page.getByRole('main')).toBeVisible();

  // Sign-in.
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await stop('sign-in');
  await page.getByRole('button', { name: say('Open the demo location') }).click();
  await expect(page.locator('nav')).toBeVisible();

  // The calendar: day, the weeks, the list.
  await expect(page.getByTestId('calendar')).toBeVisible();
  await calendarLoaded(page);
  // The load may not have begun when the bar is first looked for: the day's cards show once it is over.
  await expect(page.locator('.fc-event').first()).toBeVisible();
  await calendarLoaded(page);
  await saveScreen(page, 'calendar-es');
  await stop('calendar, day');
  const months = Info.months('long', { locale: 'es' });
  const weekdays = Info.weekdays('long', { locale: 'es' });
  const title = (await page.getByTestId('calendar-title').innerText()).toLowerCase();
  if (![...months, ...weekdays].some((name) => title.includes(name)))
    problems.push(`the calendar's title is not in Spanish: "${title}"`);
  for (const view of ['memberWeek', 'teamWeek', 'list']) {
    await page.locator(`button[value="${view}"]`).click();
    await calendarLoaded(page);
    await stop(`calendar, ${view}`);
  }
  const short = Info.weekdays('short', { locale: 'es' }).map((day) => day.replace('.', ''));
  await page.locator('button[value="teamWeek"]').click();
  const header = (await page.locator('.fc-col-header').first().innerText()).toLowerCase();
  if (!short.some((day) => header.includes(day)))
    problems.push(`the week's header dates are not in Spanish: "${header.replace(/\s+/g, ' ')}"`);
  await page.locator('button[value="day"]').click();
  await calendarLoaded(page);

  // The appointment drawer, its money, the client card.
  const event = page.locator('.fc-event:has([data-appointment-id])').first();
  await event.click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toBeVisible();
  await expect(drawer).toHaveCSS('transform', 'none');
  await stop('appointment drawer');
  const drawerText = await drawer.innerText();
  if (
    /[$€£]\s?\d/.test(drawerText) ||
    /\d\.\d{2}(?!\d)/.test(drawerText) ||
    !/\d(?:,\d{2})?\s?(?:US\$|[$€£₸]|[A-Z]{3})/.test(drawerText)
  )
    problems.push(
      `money in the drawer is not written as in Spanish: ${(drawerText.match(/\S*\d[\d.,]*\S*/g) ?? []).join(' ')}`,
    );
  const clientCard = drawer.getByRole('button', { name: say('Client card') });
  if (await clientCard.count()) {
    await clientCard.click();
    await expect(page.locator('[role="dialog"][aria-labelledby="client-card-title"]')).toBeVisible();
    await stop('client card');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(1);
  } else problems.push('no client card button in the drawer');
  const rebook = drawer.getByRole('button', { name: say('Rebook…') });
  if (await rebook.count()) {
    await rebook.click();
    await expect(page.locator('[role="dialog"][aria-labelledby="rebook-title"]')).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 15_000 });
    await stop('rebook');
  }
  await closeDialog();

  // The main dialogs: new appointment (N), walk-in (I), team member out and running late (desk tools).
  await page.locator('.fc').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('n');
  await expect(page.getByRole('dialog')).toBeVisible();
  await saveScreen(page, 'appointment-dialog-es');
  await stop('new appointment');
  await closeDialog();
  await page.keyboard.press('i');
  await expect(page.getByRole('dialog')).toBeVisible();
  await stop('walk-in');
  await closeDialog();
  for (const tool of ['Team member out…', 'Running late…']) {
    await page.getByRole('button', { name: say('Desk tools') }).click();
    await page.getByRole('menuitem', { name: say(tool, false) }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await stop(tool.replace('…', '').toLowerCase());
    await closeDialog();
  }

  // The command palette, with a phrase it cannot read.
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.type('ir al 31 de febrero');
  await stop('command palette');
  await closeDialog();

  // Every other section, every Settings tab.
  await section(1);
  await expect(page.locator('.fc')).toHaveCount(2);
  await stop('all locations');
  await section(2);
  await stop('recurring schedules');
  const enrol = page.getByRole('button', { name: say('Enrol a client') }).first();
  await enrol.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await stop('enrol a client');
  await closeDialog();
  for (const index of [3, 4, 5]) {
    await section(index);
    await stop(`section ${index + 1}, ${await nav.nth(index).textContent()}`);
  }
  await section(6);
  const tabs = page.locator('[id^="settings-tab-"]');
  const count = await tabs.count();
  for (let index = 0; index < count; index += 1) {
    await tabs.nth(index).click();
    await expect(tabs.nth(index)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 15_000 });
    await stop(`settings, ${await tabs.nth(index).textContent()}`);
  }

  const report = [...found].map(
    ([text, { id, line, stops }]) => `- "${text}" (${id}) in "${line}", at: ${stops.join('; ')}`,
  );
  const summary = [...problems.map((problem) => `- ${problem}`), ...report].join('\n');
  expect(found.size + problems.length, `English on the screens in Spanish:\n${summary}\n`).toBe(0);
});
