import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { DEMO_CREDENTIALS, startEmulator, type RunningEmulator } from '../../electron/emulator';
import { createLimiter } from '../../electron/main/altegio/limiter';
import { connectBridge, dispatchToPage, RENDERER_ORIGIN, serveBuiltRenderer } from '../support/builtRenderer';
import { createTestCore, type TestCore } from '../support/mainCore';
import { runningClockFrom, TEST_NOW } from '../support/testClock';

export { RENDERER_ORIGIN };
export const APP_VERSION: string = JSON.parse(readFileSync('package.json', 'utf8')).version;

export interface MainSide {
  core: TestCore;
  store: TestCore['store'];
  /** Every line main logged during the test (already redacted, as in the app's log file). */
  logs: string[];
  /** Every request the page made across the bridge, with its result. */
  traffic: Array<{ channel: unknown; input: unknown; result: unknown }>;
  /** Every push main sent to the page. */
  pushed: Array<{ event: string; payload: unknown }>;
  /** The emulator behind this test's demo location, started on first use. */
  demoEmulator(): Promise<RunningEmulator>;
  stopDemo(): Promise<void>;
}

async function startMainSide(
  page: Page,
  clockStart: Date,
  sharedEmulator?: () => Promise<RunningEmulator>,
): Promise<MainSide> {
  const traffic: MainSide['traffic'] = [];
  const pushed: MainSide['pushed'] = [];
  let emulator: Promise<RunningEmulator> | null = null;
  const demoEmulator = sharedEmulator ?? (() => (emulator ??= startEmulator({ port: 0, now: clockStart })));
  const core = createTestCore({
    now: runningClockFrom(clockStart),
    trustedOrigins: [RENDERER_ORIGIN],
    limiter: createLimiter(),
    version: APP_VERSION,
    startDemo: async () => ({
      baseUrl: (await demoEmulator()).url,
      partnerToken: DEMO_CREDENTIALS.partnerToken,
      login: DEMO_CREDENTIALS.login,
      password: DEMO_CREDENTIALS.password,
    }),
    eventSink: (event, payload) => {
      pushed.push({ event, payload });
      dispatchToPage(page, event, payload);
    },
  });
  await serveBuiltRenderer(page, 'out/renderer');
  await connectBridge(page, async (channel, input, senderUrl) => {
    const result = await core.invoke(channel, input, { senderUrl });
    traffic.push({ channel, input, result });
    return result;
  });
  const stopDemo = async () => {
    if (emulator) await (await emulator).close();
  };
  return { core, store: core.store, logs: core.logs, traffic, pushed, demoEmulator, stopDemo };
}

/**
 * Saves a screenshot of a main screen under test-results/screens/, for anyone to look at the UI. For the
 * README's pictures (`npm run screens`, FRONTDESK_SCREENS set) each is the top 1400×900 of the window.
 */
export async function saveScreen(page: Page, name: string): Promise<void> {
  const dir = resolve('test-results/screens');
  mkdirSync(dir, { recursive: true });
  const clip = process.env['FRONTDESK_SCREENS'] ? { x: 0, y: 0, width: 1400, height: 900 } : undefined;
  await page.screenshot({ path: resolve(dir, `${name}.png`), clip });
}

interface Fixtures {
  /**
   * The instant every clock of the test starts at: the browser's, main's and the emulator's. TEST_NOW by
   * default (FRONTDESK_TEST_NOW); a test may override it with `test.use({ now })`.
   */
  now: Date;
  /** Main's side of the bridge for this test: the real core behind window.frontdesk. */
  main: MainSide;
  /** A fresh emulator for this test; the app's demo location uses it. */
  emulator: RunningEmulator;
  /** The built renderer in Chromium, window.frontdesk installed and the app frame ready. */
  app: Page;
}

export const test = base.extend<Fixtures>({
  now: [TEST_NOW, { option: true }],
  main: async ({ page, now }, use) => {
    // The page's clock starts at the pinned instant and runs from there, as main's and the emulator's do.
    await page.clock.install({ time: now });
    await page.clock.resume();
    const main = await startMainSide(page, now);
    await use(main);
    main.core.session.signOut();
    await main.stopDemo();
  },
  emulator: async ({ main }, use) => {
    await use(await main.demoEmulator());
  },
  app: async ({ page, main }, use, testInfo) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    void main;
    await page.goto(`${RENDERER_ORIGIN}/index.html`);
    // Ready: either the sign-in screen or (with a restored session) the app frame is showing.
    await expect(page.getByRole('main')).toBeVisible();
    await use(page);
    // Playwright's own failure screenshot comes after `main` has signed out: keep the screen as it failed.
    if (testInfo.status !== testInfo.expectedStatus) {
      const screen = await page.screenshot().catch(() => null);
      if (screen) await testInfo.attach('screen when it failed', { body: screen, contentType: 'image/png' });
    }
    expect(problems, 'the page logged errors (CSP violations show up here too)').toEqual([]);
  },
});

/**
 * A second front desk: its own browser context and main core, against the same emulator as `first`,
 * on the sign-in screen. Close it at the end of the test.
 */
export async function secondDesk(browser: Browser, first: MainSide, now: Date) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.clock.install({ time: now });
  await page.clock.resume();
  const main = await startMainSide(page, now, first.demoEmulator);
  await page.goto(`${RENDERER_ORIGIN}/index.html`);
  await expect(page.getByRole('main')).toBeVisible();
  const close = async () => {
    main.core.session.signOut();
    await context.close();
  };
  return { page, main, close };
}

/** From the sign-in screen to the app frame of the demo location, as a user would. */
export async function openDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the demo location' }).click();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
}

export { expect };
