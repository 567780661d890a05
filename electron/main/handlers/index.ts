import type { Handlers } from '../ipc/invoker';
import type { EventBus } from '../ipc/events';
import type { Session } from '../session';
import type { Settings } from '../settings';
import { createAppHandlers, type AppInfoSource } from './app';
import { createAppointmentHandlers } from './appointments';
import { createAvailabilityHandlers } from './availability';
import { createCalendarHandlers } from './calendar';
import { createCatalogHandlers } from './catalog';
import { createClientHandlers } from './clients';
import { createSessionHandlers } from './session';
import { createSettingsHandlers } from './settings';

export interface HandlerDeps {
  appInfo: AppInfoSource;
  settings: Settings;
  events: EventBus;
  session: Session;
  /** Epoch ms: "now" for cursors and "today". */
  now: () => number;
}

/** Every channel's handler, built from plain dependencies so tests and the app wire them the same way. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...createAppHandlers(deps.appInfo),
    ...createSettingsHandlers(deps.settings, deps.events),
    ...createSessionHandlers(deps.session),
    ...createCalendarHandlers(deps.session, deps.now),
    ...createAppointmentHandlers(deps.session),
    ...createClientHandlers(deps.session, deps.now),
    ...createCatalogHandlers(deps.session),
    ...createAvailabilityHandlers(deps.session),
  };
}
