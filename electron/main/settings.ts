import { z } from 'zod';
import {
  defaultPreferences,
  type PreferenceKey,
  Preferences,
  type PreferencesPatch,
} from '../../shared/domain/preferences';
import { readInboxState, type BookingInboxState } from './bookingInboxState';
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
  /** Stored preferences that could not be read (a hand edit, an older version) and were reset. */
  resetPreferences(): PreferenceKey[];
  updatePreferences(patch: PreferencesPatch): Preferences;
  getWindowState(): WindowState;
  setWindowState(state: WindowState): void;
  /** This desk's online-booking inbox at a location; null before its first look (or if unreadable). */
  getBookingInbox(locationId: number): BookingInboxState | null;
  setBookingInbox(locationId: number, state: BookingInboxState): void;
}

/**
 * Typed settings over a key-value store. Whatever is on disk is read leniently: a value that no longer
 * fits the schema (an older version, a hand edit) falls back to its default instead of breaking start-up,
 * the repaired whole is written back, and the keys that were reset are kept for the app to say so.
 */
export function createSettings(store: KeyValueStore): Settings {
  const inboxEntries = (): Record<string, unknown> => {
    const raw = store.get('bookingInbox');
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  };
  // A file that could not be read at all cost every preference.
  const reset = new Set<PreferenceKey>(
    store.unreadableAtStart ? (Object.keys(Preferences.shape) as PreferenceKey[]) : [],
  );
  // Key by key, so one stale value costs only itself.
  const readPreferences = (): Preferences => {
    const raw = store.get('preferences');
    const unreadable = raw !== undefined && (typeof raw !== 'object' || raw === null || Array.isArray(raw));
    const stored = unreadable || raw === undefined ? {} : (raw as Record<string, unknown>);
    const out: Record<string, unknown> = {};
    let repaired = false;
    for (const [key, schema] of Object.entries(Preferences.shape)) {
      const name = key as PreferenceKey;
      const parsed = schema.safeParse(stored[key]);
      if (parsed.success) {
        out[key] = parsed.data;
        continue;
      }
      out[key] = structuredClone(defaultPreferences[name]);
      if (unreadable || stored[key] !== undefined) {
        reset.add(name);
        repaired = true;
      }
    }
    if (repaired) store.set('preferences', out);
    return out as Preferences;
  };
  readPreferences();
  return {
    getPreferences: readPreferences,
    resetPreferences: () => {
      readPreferences();
      return [...reset];
    },
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
    getBookingInbox: (locationId) => readInboxState(inboxEntries()[String(locationId)]),
    setBookingInbox(locationId, state) {
      // Unreadable entries of other locations are dropped here rather than kept forever.
      const entries: Record<string, BookingInboxState> = {};
      for (const [key, raw] of Object.entries(inboxEntries())) {
        const entry = readInboxState(raw);
        if (entry && /^[1-9]\d*$/.test(key)) entries[key] = entry;
      }
      const checked = readInboxState(state);
      if (!checked) throw new Error('An inbox state that cannot be read back');
      entries[String(locationId)] = checked;
      store.set('bookingInbox', entries);
    },
  };
}
