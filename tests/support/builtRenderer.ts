// The built renderer in Chromium as the app's window has it: its files served with the production CSP,
// and window.frontdesk reaching main's core. The e2e fixtures and the benchmarks open it this way.
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { contentSecurityPolicy } from '../../electron/main/csp';
import { createRendererResponder } from '../../electron/main/rendererProtocol';
import { APP_HOST } from '../../electron/main/security';

/** The host matches the app:// one, so the app's own file resolver serves it. */
export const RENDERER_ORIGIN = `https://${APP_HOST}`;

/** Serves the built files under `root` (out/renderer, or a benchmark page) at RENDERER_ORIGIN. */
export async function serveBuiltRenderer(page: Page, root: string): Promise<void> {
  const respond = createRendererResponder(resolve(root), contentSecurityPolicy({ development: false }));
  await page.route(`${RENDERER_ORIGIN}/**`, async (route) => {
    const response = await respond(new Request(route.request().url()));
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
}

/** Main's side of the bridge: a call the page made, with the URL of the frame that made it. */
export type BridgeHandler = (channel: unknown, input: unknown, senderUrl: string) => Promise<unknown>;

// The preload's two-method surface over the exposed binding, run in the page before any of its scripts.
// A string: under tsx (the benchmarks) a function would carry __name helpers that do not exist in the page.
const installBridge = `(() => {
  const listeners = new Map();
  const invoke = window.__frontdeskInvoke;
  Object.defineProperty(window, '__frontdeskDispatch', {
    value: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload)),
  });
  Object.defineProperty(window, 'frontdesk', {
    value: Object.freeze({
      invoke: (channel, input) => invoke(channel, input),
      on: (event, listener) => {
        const set = listeners.get(event) ?? new Set();
        set.add(listener);
        listeners.set(event, set);
        return () => void set.delete(listener);
      },
    }),
  });
})()`;

/** Installs window.frontdesk in every document the page loads, its calls answered by `handle`. */
export async function connectBridge(page: Page, handle: BridgeHandler): Promise<void> {
  await page.exposeBinding('__frontdeskInvoke', (source, channel: unknown, input: unknown) =>
    handle(channel, input, source.frame.url()),
  );
  await page.addInitScript({ content: installBridge });
}

/** Pushes a main event to the page's listeners, as main's webContents.send would. */
export function dispatchToPage(page: Page, event: string, payload: unknown): void {
  page
    .evaluate(
      ([name, data]) =>
        (
          globalThis as unknown as { __frontdeskDispatch: (e: string, p: unknown) => void }
        ).__frontdeskDispatch(name, data),
      [event, payload] as const,
    )
    .catch(() => {});
}
