// Cold start: from the document's first byte to the demo calendar's cards on screen, for the built
// renderer and for bare FullCalendar painting the same day through the same bridge; and what the
// renderer weighs, all of it and what its first paint loads.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { RENDERER_ORIGIN } from '../support/builtRenderer';
import { bytesOf, type DemoDesk } from './appSide';

const APP_ROOT = 'out/renderer';
const BARE_ROOT = 'out/bench-bare';
const CARDS = '.fc-timegrid-event:not(.fc-event-mirror)';

const cardCount = (page: Page) => page.locator(CARDS).count();

/** Loads the page in a fresh context; resolves when `cards` cards are in the DOM and painted. */
async function start(desk: DemoDesk, browser: Browser, root: string, cards: number | null) {
  const { context, page } = await desk.open(browser, root);
  try {
    await page.goto(`${RENDERER_ORIGIN}/index.html`);
    if (cards === null) {
      // The yardstick's first run: how many cards the day has once everything has settled.
      await page.locator(CARDS).first().waitFor();
      let settled = -1;
      for (let count = await cardCount(page); count !== settled; count = await cardCount(page)) {
        settled = count;
        await page.waitForTimeout(1500);
      }
      return { ms: 0, bytes: 0, cards: settled };
    }
    // A function, not a string: the page's CSP forbids eval. Checked on every frame.
    await page.waitForFunction(
      ({ selector, expected }) => {
        const scope = globalThis as unknown as {
          document: { querySelectorAll: (selector: string) => { length: number } };
          performance: { now: () => number };
          painted?: number;
        };
        if (scope.document.querySelectorAll(selector).length < expected) return false;
        scope.painted ??= scope.performance.now();
        return true;
      },
      { selector: CARDS, expected: cards },
      { polling: 'raf', timeout: 60_000 },
    );
    // What was fetched before the cards were there, and the time from the document's first byte.
    const { ms, urls } = (await page.evaluate(`new Promise((done) => requestAnimationFrame(() => {
      const [navigation] = performance.getEntriesByType('navigation');
      const loaded = performance.getEntriesByType('resource').filter((entry) => entry.startTime < window.painted);
      done({ ms: window.painted - navigation.responseStart, urls: [location.href, ...loaded.map((entry) => entry.name)] });
    }))`)) as { ms: number; urls: string[] };
    return { ms, bytes: bytesOf(root, urls), cards };
  } finally {
    await context.close();
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every file of the built renderer: what the app ships for its window. */
export function rendererBundleBytes(): number {
  return filesUnder(resolve(APP_ROOT)).reduce((sum, file) => sum + statSync(file).size, 0);
}

/** What the calendar's first paint may load (issue 15): 1 MB, counted as 1,000,000 bytes. */
export const FIRST_PAINT_BUDGET_BYTES = 1_000_000;

/** Prints the renderer's weight and what its first paint loaded; over the budget, the bench fails. */
export function checkFirstPaintBudget(bundleBytes: number, firstPaintBytes: number): void {
  const kB = (bytes: number) => `${Math.round(bytes / 1024)} kB (${bytes.toLocaleString('en')} bytes)`;
  console.log(
    `Renderer: ${kB(bundleBytes)} in all, ${kB(firstPaintBytes)} loaded before the calendar's first paint (budget ${FIRST_PAINT_BUDGET_BYTES.toLocaleString('en')} bytes).`,
  );
  if (firstPaintBytes > FIRST_PAINT_BUDGET_BYTES) {
    console.error(
      `Over budget: the calendar's first paint loads ${firstPaintBytes - FIRST_PAINT_BUDGET_BYTES} bytes too many.`,
    );
    process.exitCode = 1;
  }
}

export async function coldStarts(desk: DemoDesk, browser: Browser, runs: number) {
  const appCards = (await start(desk, browser, APP_ROOT, null)).cards;
  const bareCards = (await start(desk, browser, BARE_ROOT, null)).cards;
  const app: number[] = [];
  const bare: number[] = [];
  let firstPaintBytes = 0;
  for (let run = 0; run < runs; run++) {
    const sides = [
      async () => {
        const result = await start(desk, browser, APP_ROOT, appCards);
        app.push(result.ms);
        firstPaintBytes = Math.max(firstPaintBytes, result.bytes);
      },
      async () => void bare.push((await start(desk, browser, BARE_ROOT, bareCards)).ms),
    ];
    if (run % 2) sides.reverse();
    for (const side of sides) {
      await new Promise((done) => setTimeout(done, 1100)); // each starts on a clear rate-limit window
      await side();
    }
  }
  return { app, bare, firstPaintBytes, appCards, bareCards };
}
