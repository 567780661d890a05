import type { Handlers } from '../ipc/invoker';
import type { EventBus } from '../ipc/events';
import type { Settings } from '../settings';
import { createAppHandlers, type AppInfoSource } from './app';
import { createSettingsHandlers } from './settings';

export interface HandlerDeps {
  appInfo: AppInfoSource;
  settings: Settings;
  events: EventBus;
}

/** Every channel's handler, built from plain dependencies so tests and the app wire them the same way. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...createAppHandlers(deps.appInfo),
    ...createSettingsHandlers(deps.settings, deps.events),
  };
}
