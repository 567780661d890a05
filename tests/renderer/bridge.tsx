import type { ReactNode } from 'react';
import { afterAll, beforeAll } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { AdapterLuxon } from '@mui/x-date-pickers/AdapterLuxon';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { DEMO_CREDENTIALS, startEmulator, type RunningEmulator } from '../../electron/emulator';
import { APP_ORIGIN } from '../../electron/main/security';
import { createTestCore, type TestCore, type TestCoreOptions } from '../support/mainCore';
import type { FrontdeskBridge } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { TEST_NOW } from '../support/testClock';
import { Settings } from 'luxon';

// The real main core runs in this page's process, and main sets Luxon's throwOnInvalid; the renderer
// never runs with it (MUI's pickers build invalid dates while a user types), so components are tested
// as they run in the app. Main's own code reads dates through guards that work either way.
Settings.throwOnInvalid = false;

type Listener = (payload: unknown) => void;

/**
 * Installs window.frontdesk backed by the real main-side core (contract, validation, handlers) with an
 * in-memory store, as the preload would in the app.
 */
export function installBridge(options: Partial<TestCoreOptions> = {}): TestCore {
  const listeners = new Map<string, Set<Listener>>();
  const core = createTestCore({
    ...options,
    trustedOrigins: [APP_ORIGIN],
    eventSink: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload)),
  });
  const bridge = {
    invoke: (channel: string, input?: unknown) =>
      core.invoke(channel, input, { senderUrl: `${APP_ORIGIN}/index.html` }),
    on: (event: string, listener: Listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => void set.delete(listener);
    },
  };
  window.frontdesk = bridge as unknown as FrontdeskBridge;
  return core;
}

export function renderWithQuery(ui: ReactNode) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  // As App provides it to every screen.
  return render(
    <QueryClientProvider client={client}>
      <LocalizationProvider dateAdapter={AdapterLuxon}>{ui}</LocalizationProvider>
    </QueryClientProvider>,
  );
}

type Invoke = (channel: string, input?: unknown) => Promise<Result<unknown>>;

/** A fresh emulator for one test file, at the pinned clock; the getter is valid inside the tests. */
export function emulatorForThisFile(): () => RunningEmulator {
  let emulator: RunningEmulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, rateLimit: false, now: TEST_NOW });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  return () => {
    if (!emulator) throw new Error('The emulator starts before the tests');
    return emulator;
  };
}

/**
 * The demo location opened behind the real core, with every request passing `intercept` first: it may
 * answer itself (return a Result) or let the request through (return undefined). `pass` goes straight
 * to the core, and `channels` lists what the screen asked, in order.
 */
export async function openDemoBridge(
  emulator: RunningEmulator,
  intercept?: (channel: string, input: unknown, pass: Invoke) => unknown,
) {
  const core = installBridge({ startDemo: async () => ({ baseUrl: emulator.url, ...DEMO_CREDENTIALS }) });
  await core.session.openDemo();
  const channels: string[] = [];
  const pass = window.frontdesk.invoke.bind(window.frontdesk) as Invoke;
  window.frontdesk = {
    ...window.frontdesk,
    invoke: async (channel: string, input?: unknown) => {
      channels.push(channel);
      const answer = await intercept?.(channel, input, pass);
      return answer ?? pass(channel, input);
    },
  } as unknown as FrontdeskBridge;
  return { core, pass, channels };
}
