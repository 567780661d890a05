import { performance } from 'node:perf_hooks';

/**
 * The one setting that pins every clock a test sees: the browser's (Playwright's page.clock), the
 * emulator's (startEmulator({ now })) and main's. Tests never read the real "today".
 *
 * FRONTDESK_TEST_NOW overrides the default with an ISO instant (`2027-03-14T07:30:00Z`,
 * `2027-02-28T23:30:00-05:00`), or `now` for the real clock at the start of the run.
 */
export const DEFAULT_TEST_NOW = '2027-01-12T15:00:00Z';

export function parseTestNow(raw: string | undefined): Date {
  const text = raw?.trim() || DEFAULT_TEST_NOW;
  if (text === 'now') return new Date();
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(text);
  const ms = Date.parse(text);
  if (!hasZone || !Number.isFinite(ms)) {
    throw new Error(
      `FRONTDESK_TEST_NOW must be an ISO instant with a zone (e.g. 2027-01-31T15:00:00Z) or "now"; got "${text}".`,
    );
  }
  return new Date(ms);
}

/** The instant this test run is pinned to; read once so every part of one process agrees. */
export const TEST_NOW: Date = parseTestNow(process.env['FRONTDESK_TEST_NOW']);

/** A clock that starts at `start` and runs at real speed from there, like the emulator's. */
export function runningClockFrom(start: Date): () => number {
  const startedAt = performance.now();
  return () => start.getTime() + Math.floor(performance.now() - startedAt);
}
