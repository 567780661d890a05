import Store from 'electron-store';
import type { KeyValueStore } from './store';

type Options = { cwd?: string; name?: string };

function open(options: Options, clearInvalidConfig: boolean) {
  return new Store<Record<string, unknown>>({
    name: options.name ?? 'frontdesk',
    cwd: options.cwd,
    clearInvalidConfig,
  });
}

/**
 * electron-store behind the KeyValueStore interface; the only module that imports it. A file that is not
 * JSON any more (a crash mid-write, a hand edit) is started afresh, and the store says so, so that the
 * app can tell the user instead of silently forgetting their choices.
 */
export function createElectronStore(options: Options = {}): KeyValueStore & { path: string } {
  let store: Store<Record<string, unknown>>;
  let unreadableAtStart = false;
  try {
    store = open(options, false);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    store = open(options, true);
    unreadableAtStart = true;
  }
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
    delete: (key) => store.delete(key),
    unreadableAtStart,
    path: store.path,
  };
}
