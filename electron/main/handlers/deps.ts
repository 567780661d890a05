import type { ClipboardPort } from '../clipboard';
import type { FilesPort } from '../files';
import type { EventBus } from '../ipc/events';
import type { Logger } from '../log';
import type { OfflineDays } from '../offlineDays';
import type { Session } from '../session';
import type { Settings } from '../settings';
import type { AppInfoSource } from './app';

/** What handlers are built from: plain dependencies, so tests and the app wire them the same way. */
export interface HandlerDeps {
  appInfo: AppInfoSource;
  settings: Settings;
  events: EventBus;
  session: Session;
  logger: Logger;
  /** The save dialog, the file system and the system viewer (Electron's in the app). */
  files: FilesPort;
  /** The system clipboard (Electron's in the app). */
  clipboard: ClipboardPort;
  /** The recent days kept for the calendar while Altegio cannot be reached. */
  offlineDays: OfflineDays;
  /** Epoch ms: "now" for cursors and "today". Tests pin it with the emulator's and the browser's. */
  now: () => number;
}
