import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { APP_ORIGIN } from '../../electron/main/security';
import { createTestCore, type TestCore, type TestCoreOptions } from '../support/mainCore';
import type { FrontdeskBridge } from '../../shared/contract';
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
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}
