// The built renderer in Chromium with the real main core behind window.frontdesk and the demo location
// open, as the e2e fixtures have it: what the cold start, idle and heap benchmarks drive.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { DEMO_CREDENTIALS, startEmulator, type RunningEmulator } from '../../electron/emulator';
import { createLimiter, type Limiter } from '../../electron/main/altegio/limiter';
import { connectBridge, dispatchToPage, RENDERER_ORIGIN, serveBuiltRenderer } from '../support/builtRenderer';
import { createTestCore, type TestCore } from '../support/mainCore';
import { runningClockFrom } from '../support/testClock';

export interface DemoDesk {
  core: TestCore;
  emulator: RunningEmulator;
  /** Bridge calls the pages have made, and how many are still unanswered. */
  calls: { made: number; pending: number };
  /** A new context whose pages are served `root` (out/renderer or a yardstick) and reach the core. */
  open(browser: Browser, root: string): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/**
 * One emulator and one main core on the real clock, with the demo location opened once. `limiter` is
 * Altegio's rate limit by default; the simulated-clock benchmarks lift it, as main's real-time waits
 * would only stretch the bench (the requests made are the same).
 */
export async function startDemoDesk(limiter: Limiter = createLimiter()): Promise<DemoDesk> {
  const now = new Date();
  const emulator = await startEmulator({ port: 0, now });
  let pages: Page[] = [];
  const calls = { made: 0, pending: 0 };
  const core = createTestCore({
    now: runningClockFrom(now),
    trustedOrigins: [RENDERER_ORIGIN],
    limiter,
    startDemo: async () => ({
      baseUrl: emulator.url,
      partnerToken: DEMO_CREDENTIALS.partnerToken,
      login: DEMO_CREDENTIALS.login,
      password: DEMO_CREDENTIALS.password,
    }),
    eventSink: (event, payload) => {
      for (const page of pages) dispatchToPage(page, event, payload);
    },
  });
  const opened = (await core.invoke('session.openDemo', undefined, {
    senderUrl: `${RENDERER_ORIGIN}/index.html`,
  })) as {
    ok: boolean;
  };
  if (!opened.ok) throw new Error('The demo location did not open.');
  return {
    core,
    emulator,
    calls,
    async open(browser, root) {
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      const page = await context.newPage();
      await serveBuiltRenderer(page, root);
      await connectBridge(page, async (channel, input, senderUrl) => {
        calls.made++;
        calls.pending++;
        try {
          return await core.invoke(channel, input, { senderUrl });
        } finally {
          calls.pending--;
        }
      });
      pages.push(page);
      page.on('close', () => (pages = pages.filter((item) => item !== page)));
      return { context, page };
    },
    async close() {
      core.session.signOut();
      await emulator.close();
    },
  };
}

/** Bytes of the files under `root` that the page loaded (the document and what it fetched). */
export function bytesOf(root: string, urls: string[]): number {
  return urls
    .filter((url) => url.startsWith(`${RENDERER_ORIGIN}/`))
    .reduce((sum, url) => sum + statSync(resolve(root, '.' + new URL(url).pathname)).size, 0);
}
