import { createHandlers } from './handlers';
import { createEventBus, type EventSink } from './ipc/events';
import { createInvoker, type Invoke } from './ipc/invoker';
import type { Logger } from './log';
import { isTrustedSender } from './security';
import { createSettings, type Settings } from './settings';
import type { KeyValueStore } from './store';
import type { AppInfoSource } from './handlers/app';

export interface MainCoreOptions {
  store: KeyValueStore;
  appInfo: AppInfoSource;
  trustedOrigins: readonly string[];
  logger: Logger;
  eventSink: EventSink;
}

export interface MainCore {
  invoke: Invoke;
  settings: Settings;
}

/**
 * Everything main does, minus Electron itself: the desktop app and the end-to-end bridge both build
 * exactly this and only differ in where requests come from and where events go.
 */
export function createMainCore(options: MainCoreOptions): MainCore {
  const settings = createSettings(options.store);
  const events = createEventBus(options.eventSink, options.logger);
  const handlers = createHandlers({ appInfo: options.appInfo, settings, events });
  const invoke = createInvoker({
    handlers,
    logger: options.logger,
    isTrustedSender: (url) => isTrustedSender(url, options.trustedOrigins),
  });
  return { invoke, settings };
}
