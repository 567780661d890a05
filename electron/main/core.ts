import { resolveLanguage } from '../../shared/domain/language';
import type { AltegioClientOptions } from './altegio/client';
import type { ClipboardPort } from './clipboard';
import type { FilesPort } from './files';
import { createHandlers } from './handlers';
import type { AppInfoSource } from './handlers/app';
import { createEventBus, type EventSink } from './ipc/events';
import { createInvoker, type Invoke } from './ipc/invoker';
import type { Logger, SecretRegistry } from './log';
import { isTrustedSender } from './security';
import { createSession, type DemoBackend, type Session } from './session';
import { createOfflineDays } from './offlineDays';
import { createSettings, type Settings } from './settings';
import type { KeyValueStore } from './store';
import { createVault, type SecretBox } from './vault';

export interface MainCoreOptions {
  store: KeyValueStore;
  appInfo: AppInfoSource;
  trustedOrigins: readonly string[];
  logger: Logger;
  secrets: SecretRegistry;
  eventSink: EventSink;
  secretBox: SecretBox;
  startDemo: () => Promise<DemoBackend>;
  files: FilesPort;
  clipboard: ClipboardPort;
  /** Shared limiter, timeouts and the like for every Altegio client. */
  clientOptions?: Partial<AltegioClientOptions>;
  /**
   * The system's languages, most preferred first (Electron's app locale, as the renderer's
   * navigator.languages has it), for a language preference of 'system'. Asked at each request, so a change in the system applies too.
   */
  systemLanguages: () => readonly string[];
  /** Main's clock (epoch ms); tests pin it with the emulator's and the browser's. */
  now?: () => number;
}

export interface MainCore {
  invoke: Invoke;
  settings: Settings;
  session: Session;
}

/**
 * Everything main does, minus Electron itself: the desktop app and the end-to-end bridge both build
 * exactly this and only differ in where requests come from and where events go.
 */
export function createMainCore(options: MainCoreOptions): MainCore {
  const settings = createSettings(options.store);
  const events = createEventBus(options.eventSink, options.logger);
  // Read at every request: a changed preference applies to the next one, without a new session.
  const language = () => resolveLanguage(settings.getPreferences().language, options.systemLanguages());
  const now = options.now ?? Date.now;
  const session: Session = createSession({
    vault: createVault(options.store, options.secretBox),
    store: options.store,
    secrets: options.secrets,
    events,
    logger: options.logger,
    startDemo: options.startDemo,
    clientOptions: { ...options.clientOptions, language },
    onEnd: () => offlineDays.wipe(),
  });
  const offlineDays = createOfflineDays(
    options.store,
    options.secretBox,
    now,
    (locationId) =>
      session.state().locations.find((location) => location.id === locationId)?.timezone ?? null,
  );
  const handlers = createHandlers({
    appInfo: options.appInfo,
    settings,
    events,
    session,
    logger: options.logger,
    files: options.files,
    clipboard: options.clipboard,
    offlineDays,
    now,
  });
  const invoke = createInvoker({
    handlers,
    logger: options.logger,
    isTrustedSender: (url) => isTrustedSender(url, options.trustedOrigins),
  });
  return { invoke, settings, session };
}
