import { z } from 'zod';
import { defaultPreferences, Preferences, type PreferencesPatch } from '../../shared/domain/preferences';
import type { KeyValueStore } from './store';

export const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

export const defaultWindowState: WindowState = { width: 1280, height: 820, maximized: false };

export interface Settings {
  getPreferences(): Preferences;
  updatePreferences(patch: PreferencesPatch): Preferences;
  getWindowState(): WindowState;
  setWindowState(state: WindowState): void;
}

/**
 * Typed settings over a key-value store. Whatever is on disk is read leniently: a value that no longer
 * fits the schema (an older version, a hand edit) falls back to the default instead of breaking start-up.
 */
export function createSettings(store: KeyValueStore): Settings {
  // Key by key, so one stale value costs only itself.
  const readPreferences = (): Preferences => {
    const raw = store.get('preferences');
    const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const out: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(Preferences.shape)) {
      const parsed = schema.safeParse(stored[key]);
      out[key] = parsed.success ? parsed.data : defaultPreferences[key as keyof Preferences];
    }
    return out as Preferences;
  };
  return {
    getPreferences: readPreferences,
    updatePreferences(patch) {
      const next = Preferences.parse({ ...readPreferences(), ...patch });
      store.set('preferences', next);
      return next;
    },
    getWindowState() {
      const parsed = WindowState.safeParse(store.get('windowState'));
      return parsed.success ? parsed.data : { ...defaultWindowState };
    },
    setWindowState(state) {
      store.set('windowState', WindowState.parse(state));
    },
  };
}
