import { Preferences, PreferencesPatch, PreferencesReset } from '../domain/preferences';
import { NoInput, type Slice } from './common';

export const preferencesContract = {
  'preferences.get': { input: NoInput, output: Preferences },
  'preferences.set': { input: PreferencesPatch, output: Preferences },
  /** Which stored preferences were unreadable at start-up and reset to their defaults. */
  'preferences.resetAtStart': { input: NoInput, output: PreferencesReset },
} as const satisfies Slice;

export const preferencesEvents = {
  'preferences.changed': Preferences,
};
