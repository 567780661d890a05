import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { startEmulator, type RunningEmulator } from '../../electron/emulator';
import { userTokenFor } from '../../electron/emulator/seed/index';
import { expect, RENDERER_ORIGIN, test, type MainSide } from './fixtures';

const LOGIN = 'desk@markers.example';
const partnerToken = `partner-token-${randomUUID()}`;
const password = `password-${randomUUID()}`;
const changedPassword = `changed-password-${randomUUID()}`;
const markers = {
  partnerToken,
  password,
  changedPassword,
  userToken: userTokenFor(partnerToken, LOGIN, password),
  changedUserToken: userTokenFor(partnerToken, LOGIN, changedPassword),
};

interface Violation {
  directive: string;
  blocked: string;
}

// Runs before the page's first script: every CSP violation of the document, from its first byte.
function recordCspViolations() {
  const seen: Array<{ directive: string; blocked: string }> = [];
  Object.defineProperty(window, '__cspViolations', { value: seen });
  document.addEventListener('securitypolicyviolation', (event) =>
    seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI }),
  );
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);

/** Every place a secret could show up on either side of the bridge, apart from the sign-in requests. */
async function expectNoMarkers(page: Page, main: MainSide, when: string) {
  const places = {
    dom: await page.content(),
    inputs: JSON.stringify(
      await page
        .locator('input, textarea')
        .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value)),
    ),
    answers: JSON.stringify(main.traffic.map(({ channel, result }) => ({ channel, result }))),
    requests: JSON.stringify(main.traffic.filter(({ channel }) => channel !== 'session.signIn')),
    pushes: JSON.stringify(main.pushed),
    logs: main.logs.join('\n'),
    store: JSON.stringify(main.store.dump()),
  };
  for (const [place, text] of Object.entries(places))
    for (const [name, value] of Object.entries(markers))
      expect(text.includes(value), `${name} in ${place} ${when}`).toBe(false);
}

async function connect(page: Page, scope: ReturnType<Page['getByRole']>, url: string, secret: string) {
  const form = scope.getByRole('form', { name: 'Connect to Altegio' });
  await form.getByLabel('Connect to').click();
  await page.getByRole('option', { name: /Another server/ }).click();
  await form.getByLabel('Server address').fill(url);
  await form.getByLabel('Partner token').fill(partnerToken);
  await form.getByLabel('Login (e-mail or phone)').fill(LOGIN);
  await form.getByLabel('Password', { exact: true }).fill(secret);
  await form.getByRole('button', { name: 'Connect' }).click();
}

let altegio: RunningEmulator;

test.afterEach(async () => {
  await altegio?.close();
});

test('the page runs under a strict CSP with no violation, reaches no network and never holds a secret', async ({
  page,
  main,
  now,
}) => {
  const startAltegio = (port: number, secret: string) =>
    startEmulator({
      port,
      now,
      partnerToken,
      users: [{ login: LOGIN, password: secret, name: 'Marker Desk', locationIds: [101] }],
    });
  altegio = await startAltegio(0, password);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(recordCspViolations);

  const response = await page.goto(`${RENDERER_ORIGIN}/index.html`);
  const csp = (await response?.headerValue('content-security-policy')) ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("connect-src 'none'");

  // From the first byte through sign-in to the painted calendar: not one violation.
  await connect(page, page.getByRole('main'), altegio.url, password);
  await expect(page.getByTestId('calendar')).toBeVisible();
  await expect
    .poll(() =>
      main.traffic.some(
        ({ channel, result }) => channel === 'appointments.list' && (result as { ok: boolean }).ok,
      ),
    )
    .toBe(true);
  expect(await violations(page)).toEqual([]);
  await expectNoMarkers(page, main, 'after sign-in');

  // The page itself can reach nothing: fetch, XHR, WebSocket, EventSource and an image all fail.
  const reached: string[] = [];
  altegio.beforeRequest(({ path }) => void reached.push(path));
  const target = new URL(altegio.url).origin;
  const outcomes = await page.evaluate(async (origin) => {
    const settle = (start: (done: (outcome: string) => void) => void) =>
      new Promise<string>((done) => {
        try {
          start(done);
        } catch (error) {
          done(`threw ${(error as Error).name}`);
        }
      });
    return {
      fetch: await fetch(`${origin}/api/v1/probe-fetch`).then(
        () => 'loaded',
        () => 'failed',
      ),
      xhr: await settle((done) => {
        const request = new XMLHttpRequest();
        request.onload = () => done('loaded');
        request.onerror = () => done('failed');
        request.open('GET', `${origin}/api/v1/probe-xhr`);
        request.send();
      }),
      webSocket: await settle((done) => {
        const socket = new WebSocket(`${origin.replace('http', 'ws')}/api/v1/probe-socket`);
        socket.onopen = () => done('loaded');
        socket.onerror = () => done('failed');
      }),
      eventSource: await settle((done) => {
        const source = new EventSource(`${origin}/api/v1/probe-events`);
        source.onopen = () => done('loaded');
        source.onerror = () => {
          source.close();
          done('failed');
        };
      }),
      image: await settle((done) => {
        const image = new Image();
        image.onload = () => done('loaded');
        image.onerror = () => done('failed');
        image.src = `${origin}/api/v1/probe-image.png`;
      }),
    };
  }, target);
  for (const [probe, outcome] of Object.entries(outcomes)) expect(outcome, probe).not.toBe('loaded');
  await expect
    .poll(async () => new Set((await violations(page)).map(({ directive }) => directive)))
    .toEqual(new Set(['connect-src', 'img-src']));
  expect(reached.filter((path) => path.includes('probe'))).toEqual([]);

  // Altegio stops accepting the token (the password changed there): the next live refresh (brought on by
  // moving the page's clock) asks the desk to sign in again.
  const port = Number(new URL(altegio.url).port);
  await altegio.close();
  altegio = await startAltegio(port, changedPassword);
  await page.clock.fastForward(30_000);
  const dialog = page.getByRole('dialog', { name: 'Sign in again' });
  await expect(dialog).toBeVisible();
  await expectNoMarkers(page, main, 'after the 401');

  await connect(page, dialog, altegio.url, changedPassword);
  await expect(dialog).toBeHidden();
  await page.getByTestId('current-location').click();
  await page.getByRole('menuitem', { name: /Sign out/ }).click();
  await expect(page.getByRole('button', { name: 'Open the demo location' })).toBeVisible();
  await expectNoMarkers(page, main, 'after sign-out');
  expect(main.logs.length).toBeGreaterThan(0);
  expect(pageErrors).toEqual([]);
});
