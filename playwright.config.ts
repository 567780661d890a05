import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

const executablePath = await findChromium();

// `faultDay` is the option tests/e2e/fault-day.spec.ts declares.
export default defineConfig<{ faultDay: 'short' | 'full' }>({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  // Three on a 2-core machine: a test spends part of its time waiting on Altegio's 5 requests a second and
  // the emulator's latency, which a third worker fills (the suite: 12.1 min here, 13.9 with two).
  workers: 3,
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    launchOptions: { executablePath, args: chromiumArgs },
    // On CI a trace would not outlive the run, and recording one for every test costs the whole suite time.
    trace: process.env['CI'] ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    // Every spec; the day under faults as its short day.
    { name: 'app' },
    // The whole day under faults the issue describes, 3–4 minutes on its own: `npm run test:faults`.
    { name: 'fault-day', testMatch: 'fault-day.spec.ts', use: { faultDay: 'full' } },
  ],
});
