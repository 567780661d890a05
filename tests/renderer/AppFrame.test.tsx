import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS, startEmulator, type RunningEmulator } from '../../electron/emulator';
import { App } from '../../renderer/src/app/App';
import { installBridge, renderWithQuery } from './bridge';
import { TEST_NOW } from '../support/testClock';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false, now: TEST_NOW });
});
afterAll(async () => {
  await emulator.close();
});

function demoOn(baseUrl: string) {
  return async () => ({
    baseUrl,
    partnerToken: DEMO_CREDENTIALS.partnerToken,
    login: DEMO_CREDENTIALS.login,
    password: DEMO_CREDENTIALS.password,
  });
}

/** The real core behind window.frontdesk, already in the demo location. */
async function signedInBridge() {
  const core = installBridge({ startDemo: demoOn(emulator.url) });
  await core.session.openDemo();
  return core;
}

const own = { senderUrl: 'app://frontdesk/index.html' };

describe('the app frame', () => {
  it('shows the sections, the version from app.info and switches section', async () => {
    await signedInBridge();
    renderWithQuery(<App />);
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    for (const label of ['Appointment log', 'Recurring schedules', 'Comments', 'Settings']) {
      expect(within(nav).getByText(label)).toBeTruthy();
    }
    expect(await screen.findByText('Frontdesk 1.2.3 · Linux')).toBeTruthy();
    await userEvent.click(within(nav).getByText('Settings'));
    expect(screen.getByTestId('section-title').textContent).toContain('Settings');
    // Settings loads its own chunk when first opened.
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeTruthy();
    expect(screen.getByTestId('current-location').textContent).toBe('Frontdesk Demo Salon');
    expect(screen.getByTestId('connection').textContent).toContain('Demo location');
  });

  it('starts on the sign-in screen when nobody is signed in', async () => {
    installBridge();
    renderWithQuery(<App />);
    expect(await screen.findByRole('button', { name: 'Open the demo location' })).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Connect to Altegio' })).toBeTruthy();
  });

  it('cycles the theme from the app bar and stores the choice in main', async () => {
    const core = await signedInBridge();
    renderWithQuery(<App />);
    await userEvent.click(await screen.findByRole('button', { name: /switch theme/ }));
    await waitFor(async () =>
      expect(await core.invoke('preferences.get', undefined, own)).toMatchObject({
        data: { theme: 'light' },
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: /switch theme/ }));
    await waitFor(() => expect(document.documentElement.dataset['themeMode']).toBe('dark'));
    expect(await core.invoke('preferences.get', undefined, own)).toMatchObject({ data: { theme: 'dark' } });
  });

  it('follows a change pushed from main', async () => {
    const core = await signedInBridge();
    renderWithQuery(<App />);
    await screen.findByText('Frontdesk 1.2.3 · Linux');
    await core.invoke('preferences.set', { theme: 'dark' }, own);
    await waitFor(() => expect(document.documentElement.dataset['themeMode']).toBe('dark'));
  });

  it('collapses the navigation and remembers it', async () => {
    const core = await signedInBridge();
    renderWithQuery(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Collapse navigation' }));
    expect(await screen.findByRole('button', { name: 'Expand navigation' })).toBeTruthy();
    expect(await core.invoke('preferences.get', undefined, own)).toMatchObject({
      data: { navigationOpen: false },
    });
  });

  it('offers to try again when a saved session cannot be reopened, and reopens it', async () => {
    const { createMemoryStore } = await import('../../electron/main/store');
    const store = createMemoryStore();
    const first = installBridge({ store, startDemo: demoOn(emulator.url) });
    await first.session.openDemo();
    // Next start: the demo server is not answering yet.
    let reachable = false;
    const core = installBridge({
      store,
      startDemo: async () => ({
        ...(await demoOn(reachable ? emulator.url : 'http://127.0.0.1:9/api/v1')()),
      }),
    });
    await core.session.restore();
    renderWithQuery(<App />);
    expect(await screen.findByText(/could not reach 127\.0\.0\.1:9 to reopen your session/)).toBeTruthy();
    reachable = true;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('navigation', { name: 'Sections' })).toBeTruthy();
  });
});
