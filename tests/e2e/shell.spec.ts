import { APP_VERSION, expect, openDemo, saveScreen, test } from './fixtures';

test('shows the app frame with its sections and the version read through the bridge', async ({ app }) => {
  await openDemo(app);
  const nav = app.getByRole('navigation', { name: 'Sections' });
  for (const label of ['Appointment log', 'Recurring schedules', 'Comments', 'Settings']) {
    await expect(nav.getByText(label)).toBeVisible();
  }
  await expect(app.getByTestId('app-version')).toHaveText(
    new RegExp(`^Frontdesk ${APP_VERSION.replace(/\./g, '\\.')} · `),
  );
  await saveScreen(app, 'app-frame');
});

test('changes a setting through the UI and reads it back from main', async ({ app, main }) => {
  await openDemo(app);
  await app.getByRole('navigation', { name: 'Sections' }).getByText('Settings').click();
  const dark = app.getByRole('radio', { name: 'Dark' });
  await dark.click();
  await expect(dark).toBeChecked();
  await expect(app.locator('html')).toHaveAttribute('data-theme-mode', 'dark');
  // The screen changes at once (optimistically); main stores it when the request lands.
  await expect.poll(() => main.store.dump()['preferences']).toMatchObject({ theme: 'dark' });
  const readBack = await app.evaluate(() => window.frontdesk.invoke('preferences.get'));
  expect(readBack).toMatchObject({ ok: true, data: { theme: 'dark', navigationOpen: true } });
  await saveScreen(app, 'settings-dark');

  await app.reload();
  await expect(app.locator('html')).toHaveAttribute('data-theme-mode', 'dark');
  await expect(app.getByRole('button', { name: /Dark theme; switch theme/ })).toBeVisible();
});

test('refuses an unknown channel and an invalid payload with coded errors', async ({ app }) => {
  const unknown = await app.evaluate(() =>
    (window.frontdesk.invoke as (channel: string, input?: unknown) => Promise<unknown>)('vault.dump'),
  );
  expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });

  const invalid = await app.evaluate(() =>
    (window.frontdesk.invoke as (channel: string, input?: unknown) => Promise<unknown>)('preferences.set', {
      theme: 'neon',
    }),
  );
  expect(invalid).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', detail: { fields: { theme: expect.any(String) } } },
  });

  const oversized = await app.evaluate(() =>
    (window.frontdesk.invoke as (channel: string, input?: unknown) => Promise<unknown>)('preferences.set', {
      theme: 'dark',
      filler: 'x'.repeat(2 * 1024 * 1024),
    }),
  );
  expect(oversized).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', params: { reason: 'tooLarge' } },
  });

  const stillLight = await app.evaluate(() => window.frontdesk.invoke('preferences.get'));
  expect(stillLight).toMatchObject({ ok: true, data: { theme: 'system' } });
});

test('refuses requests from a page that is not the app', async ({ app }) => {
  // Even if the window were led to another page, that page's requests are refused by main.
  await app.route('https://evil.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><p>elsewhere</p>' }),
  );
  await app.goto('https://evil.example/page.html');
  const result = await app.evaluate(() => window.frontdesk.invoke('preferences.get'));
  expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});
