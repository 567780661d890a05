import type { FrontdeskBridge } from '../../shared/contract';

declare global {
  interface Window {
    frontdesk: FrontdeskBridge;
  }
}

/** The preload's bridge; its absence means the page was opened outside Frontdesk. */
export function getBridge(): FrontdeskBridge {
  const bridge = window.frontdesk;
  if (!bridge) throw new Error('Frontdesk bridge is missing: this page must be opened by the Frontdesk app.');
  return bridge;
}
