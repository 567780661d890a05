// Finds a Chromium for Playwright: an explicit path, then the system's, then Playwright's own download.
import { existsSync } from 'node:fs';

const systemCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** @returns {Promise<string | undefined>} */
export async function findChromium() {
  const explicit = process.env.FRONTDESK_CHROMIUM;
  if (explicit) {
    if (!existsSync(explicit))
      throw new Error(`FRONTDESK_CHROMIUM points to ${explicit}, which does not exist.`);
    return explicit;
  }
  const system = systemCandidates.find((path) => existsSync(path));
  if (system) return system;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    return own && existsSync(own) ? own : undefined;
  } catch {
    return undefined;
  }
}

/** Flags that keep a headless Chromium quiet on machines without a network or a GPU. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
