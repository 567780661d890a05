// Makes sure the end-to-end suite has a browser: never skips it silently.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const found = await findChromium();
if (found) {
  console.log(`Chromium for end-to-end tests: ${found}`);
  process.exit(0);
}

console.log('No Chromium found; trying to download Playwright’s own (needs the internet)…');
const install = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'], {
  stdio: 'inherit',
  timeout: 5 * 60_000,
});
if (install.status === 0 && (await findChromium())) process.exit(0);

console.error(`
The end-to-end tests need Chromium and none could be found or downloaded.
Get one of these, then run the tests again:
  - Debian/Ubuntu:   sudo apt-get install chromium
  - any system with internet access:   npx playwright install chromium
  - or point FRONTDESK_CHROMIUM at a Chromium or Chrome executable.
`);
process.exit(1);
