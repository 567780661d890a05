import { startEmulator, type RunningEmulator } from '../../electron/emulator';
import { createAltegioClient } from '../../electron/main/altegio/client';
import { expect, openDemo, saveScreen, test } from './fixtures';
import type { Page } from '@playwright/test';
import { TEST_NOW } from '../support/testClock';

const secret = {
  partnerToken: 'pt-7f3c9e21b8d44a0f',
  login: 'reception@lumen-salon.example',
  password: 'Lumen!Desk-2026',
  name: 'Lumen Reception',
};

let realAltegio: RunningEmulator;

test.beforeAll(async () => {
  realAltegio = await startEmulator({
    port: 0,
    now: TEST_NOW,
    partnerToken: secret.partnerToken,
    users: [{ login: secret.login, password: secret.password, name: secret.name }],
  });
});

test.afterAll(async () => {
  await realAltegio.close();
});

async function fillConnectForm(
  page: Page,
  values: { partnerToken: string; login: string; password: string },
  serverUrl = realAltegio.url,
) {
  const form = page.getByRole('form', { name: 'Connect to Altegio' });
  await form.getByLabel('Connect to').click();
  await page.getByRole('option', { name: /Another server/ }).click();
  await form.getByLabel('Server address').fill(serverUrl);
  await form.getByLabel('Partner token').fill(values.partnerToken);
  await form.getByLabel('Login (e-mail or phone)').fill(values.login);
  await form.getByLabel('Password', { exact: true }).fill(values.password);
  return form;
}

test('opens the demo location and reaches the app frame showing the location name', async ({ app }) => {
  await expect(app.getByRole('button', { name: 'Open the demo location' })).toBeVisible();
  await saveScreen(app, 'sign-in');
  await openDemo(app);
  await expect(app.getByTestId('current-location')).toHaveText('Frontdesk Demo Salon');
  await saveScreen(app, 'demo-location');
});

test('connects with real credentials, chooses a location and switches to the other one', async ({
  app,
  main,
}) => {
  const form = await fillConnectForm(app, secret);
  await form.getByRole('button', { name: 'Connect' }).click();

  const locations = app.getByRole('list', { name: 'Locations' });
  await expect(locations.getByText('Frontdesk Demo Salon')).toBeVisible();
  await expect(locations.getByText('Asia/Almaty')).toBeVisible();
  await saveScreen(app, 'location-picker');
  await locations.getByText('Frontdesk Demo Studio').click();
  await expect(app.getByTestId('current-location')).toHaveText('Frontdesk Demo Studio');

  await app.getByTestId('current-location').click();
  await app.getByRole('menuitem', { name: /Frontdesk Demo Salon/ }).click();
  await expect(app.getByTestId('current-location')).toHaveText('Frontdesk Demo Salon');
  await expect.poll(() => main.store.dump()['lastLocationId']).toBe(101);
});

test('a wrong password says so under the password and keeps what was typed', async ({ app }) => {
  const form = await fillConnectForm(app, { ...secret, password: 'not-the-password' });
  await form.getByRole('button', { name: 'Connect' }).click();
  await expect(form.getByText('Wrong login or password.').first()).toBeVisible();
  await expect(form.getByLabel('Password', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Partner token')).toHaveValue(secret.partnerToken);
  await expect(form.getByLabel('Login (e-mail or phone)')).toHaveValue(secret.login);
  await expect(form.getByLabel('Password', { exact: true })).toHaveValue('not-the-password');
  await expect(form.getByLabel('Server address')).toHaveValue(realAltegio.url);
});

test('a wrong partner token says so under the token and keeps what was typed', async ({ app }) => {
  const form = await fillConnectForm(app, { ...secret, partnerToken: 'pt-wrong-token' });
  await form.getByRole('button', { name: 'Connect' }).click();
  await expect(form.getByText('Altegio did not accept this partner token.').first()).toBeVisible();
  await expect(form.getByLabel('Partner token')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Partner token')).toHaveValue('pt-wrong-token');
  await expect(form.getByLabel('Password', { exact: true })).toHaveValue(secret.password);
});

test('an unreachable server is explained, and the form is checked before sending', async ({ app }) => {
  const form = app.getByRole('form', { name: 'Connect to Altegio' });
  await form.getByRole('button', { name: 'Connect' }).click();
  await expect(form.getByText('Enter the partner token.')).toBeVisible();
  await expect(form.getByText('Enter the password.')).toBeVisible();

  await fillConnectForm(app, secret);
  await form.getByLabel('Server address').fill('http://127.0.0.1:9/api/v1');
  await form.getByRole('button', { name: 'Connect' }).click();
  await expect(form.getByRole('alert')).toContainText('Could not reach 127.0.0.1:9');
  await expect(form.getByLabel('Partner token')).toHaveValue(secret.partnerToken);

  await form.getByLabel('Server address').fill('http://altegio.example.com/api/v1');
  await form.getByLabel('Partner token').click();
  await expect(form.getByText(/Use an https:\/\/ address/)).toBeVisible();
});

test('signs out and back in, landing on the remembered location', async ({ app }) => {
  const form = await fillConnectForm(app, secret);
  await form.getByRole('button', { name: 'Connect' }).click();
  await app.getByRole('list', { name: 'Locations' }).getByText('Frontdesk Demo Studio').click();
  await expect(app.getByTestId('current-location')).toHaveText('Frontdesk Demo Studio');

  await app.getByTestId('current-location').click();
  await app.getByRole('menuitem', { name: /Sign out/ }).click();
  await expect(app.getByRole('button', { name: 'Open the demo location' })).toBeVisible();

  const again = await fillConnectForm(app, secret);
  await again.getByRole('button', { name: 'Connect' }).click();
  await expect(app.getByTestId('current-location')).toHaveText('Frontdesk Demo Studio');
});

test('no token and no password appear in the IPC traffic, the DOM, the logs or the stored settings', async ({
  app,
  main,
}) => {
  const userToken = (
    await createAltegioClient({ baseUrl: realAltegio.url, partnerToken: secret.partnerToken }).auth.signIn(
      secret.login,
      secret.password,
    )
  ).userToken;

  // A failed attempt first, so errors are in the logs too.
  const form = await fillConnectForm(app, { ...secret, password: 'Wrong-' + secret.password });
  await form.getByRole('button', { name: 'Connect' }).click();
  await expect(form.getByText('Wrong login or password.').first()).toBeVisible();
  await form.getByLabel('Password', { exact: true }).fill(secret.password);
  await form.getByRole('button', { name: 'Connect' }).click();
  await app.getByRole('list', { name: 'Locations' }).getByText('Frontdesk Demo Salon').click();
  await app.getByTestId('current-location').click();
  await app.getByRole('menuitem', { name: /Frontdesk Demo Studio/ }).click();
  await expect(app.getByTestId('current-location')).toHaveText('Frontdesk Demo Studio');

  const stored = main.store.dump();
  expect(stored['vault'], 'the session is saved, sealed').toBeTruthy();
  const places = {
    traffic: JSON.stringify(main.traffic.map(({ channel, result }) => ({ channel, result }))),
    pushed: JSON.stringify(main.pushed),
    dom: await app.content(),
    logs: main.logs.join('\n'),
    settings: JSON.stringify(stored),
  };
  expect(main.logs.length).toBeGreaterThan(0);
  for (const [place, text] of Object.entries(places)) {
    for (const [name, value] of Object.entries({
      userToken,
      partnerToken: secret.partnerToken,
      password: secret.password,
    })) {
      expect(text.includes(value), `${name} found in ${place}`).toBe(false);
    }
  }
  // The password typed into the form crossed the bridge once per attempt, in the sign-in request only.
  const carriers = main.traffic.filter(({ input }) =>
    JSON.stringify(input ?? null).includes(secret.password),
  );
  expect(carriers.every(({ channel }) => channel === 'session.signIn')).toBe(true);
});

test('when Altegio ends the session, a sign-in dialog opens over the app and the app underneath stays', async ({
  app,
}) => {
  // An Altegio of this test's own, since its password is about to change.
  let altegio = await startEmulator({
    port: 0,
    partnerToken: secret.partnerToken,
    users: [secret],
    now: TEST_NOW,
  });
  const port = Number(new URL(altegio.url).port);
  const form = await fillConnectForm(app, secret, altegio.url);
  await form.getByRole('button', { name: 'Connect' }).click();
  await app.getByRole('list', { name: 'Locations' }).getByText('Frontdesk Demo Salon').click();
  await expect(app.getByTestId('calendar')).toBeVisible();
  await app.getByRole('button', { name: 'Next' }).click();
  const title = await app.getByTestId('calendar-title').textContent();

  // The password changes at Altegio: the user token this desk holds stops working.
  await altegio.close();
  altegio = await startEmulator({
    port,
    now: TEST_NOW,
    partnerToken: secret.partnerToken,
    users: [{ login: secret.login, password: 'Changed-' + secret.password, name: secret.name }],
  });

  const dialog = app.getByRole('dialog', { name: 'Sign in again' });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog).toContainText('Altegio ended the session');
  await saveScreen(app, 'session-expired');
  const again = dialog.getByRole('form', { name: 'Connect to Altegio' });
  await again.getByLabel('Connect to').click();
  await app.getByRole('option', { name: /Another server/ }).click();
  await again.getByLabel('Server address').fill(altegio.url);
  await again.getByLabel('Partner token').fill(secret.partnerToken);
  await again.getByLabel('Login (e-mail or phone)').fill(secret.login);
  await again.getByLabel('Password', { exact: true }).fill('Changed-' + secret.password);
  await again.getByRole('button', { name: 'Connect' }).click();

  await expect(dialog).toBeHidden();
  await expect(app.getByTestId('calendar-title')).toHaveText(title ?? '');
  await expect(app.getByTestId('current-location')).toHaveText('Frontdesk Demo Salon');
  await altegio.close();
});
