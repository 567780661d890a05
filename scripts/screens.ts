/**
 * `npm run screens`: the README's pictures. Runs the end-to-end tests that save the main screens
 * (tests/e2e/fixtures.ts `saveScreen`, each the top 1400×900 of the window here) on the pinned test clock,
 * then copies them to docs/screens/. The built app must be current (the npm script builds it first).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** Each picture: the test that saves it (spec and title), by the name it is saved under. */
const SCREENS: Record<string, { spec: string; test: string }> = {
  'sign-in': { spec: 'session.spec.ts', test: 'opens the demo location and reaches the app frame' },
  'calendar-day': { spec: 'calendar.spec.ts', test: 'shows a column per team member' },
  'calendar-week': { spec: 'calendar.spec.ts', test: 'shows a column per team member' },
  'settings-desk': { spec: 'preferences.spec.ts', test: 'the desk’s calendar preferences apply at once' },
  'appointment-drawer': { spec: 'calendar.spec.ts', test: 'changes the status from the details drawer' },
  'appointment-dialog': { spec: 'appointment.spec.ts', test: 'books with every field' },
  'schedules-section': { spec: 'schedules.spec.ts', test: 'enrols a new client in two series as previewed' },
  comments: { spec: 'comments.spec.ts', test: 'pages through every review' },
  'calendar-es': { spec: 'i18n.spec.ts', test: 'every screen speaks Spanish' },
};

const saved = resolve('test-results/screens');
const target = resolve('docs/screens');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

rmSync(saved, { recursive: true, force: true });
const specs = [...new Set(Object.values(SCREENS).map((screen) => `tests/e2e/${screen.spec}`))];
const titles = [...new Set(Object.values(SCREENS).map((screen) => escape(screen.test)))];
// The clock every test sees is pinned (tests/support/testClock.ts): never the day this runs on.
const env: NodeJS.ProcessEnv = { ...process.env, FRONTDESK_SCREENS: '1' };
delete env['FRONTDESK_TEST_NOW'];
const run = spawnSync(
  'npx',
  ['playwright', 'test', ...specs, '--project=app', '--workers=1', '--grep', titles.join('|')],
  { stdio: 'inherit', env },
);

mkdirSync(target, { recursive: true });
const missing: string[] = [];
let bytes = 0;
for (const name of Object.keys(SCREENS)) {
  const from = resolve(saved, `${name}.png`);
  if (!existsSync(from)) {
    missing.push(name);
    continue;
  }
  copyFileSync(from, resolve(target, `${name}.png`));
  bytes += statSync(from).size;
}
console.log(
  `docs/screens: ${Object.keys(SCREENS).length - missing.length} pictures, ${Math.round(bytes / 1024)} KB`,
);
// A test may fail after its picture is saved (the walk in Spanish lists screens not translated yet).
if (run.status !== 0) console.warn('Some of the tests failed; the pictures they saved before are copied.');
if (missing.length) {
  console.error(`Not saved: ${missing.join(', ')}`);
  process.exit(1);
}
