import Store from 'electron-store';
import type { KeyValueStore } from './store';

/** electron-store behind the KeyValueStore interface; the only module that imports it. */
export function createElectronStore(
  options: { cwd?: string; name?: string } = {},
): KeyValueStore & { path: string } {
  const store = new Store<Record<string, unknown>>({
    name: options.name ?? 'frontdesk',
    cwd: options.cwd,
    clearInvalidConfig: true,
  });
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
    delete: (key) => store.delete(key),
    path: store.path,
  };
}
