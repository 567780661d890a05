import { Preferences, PreferencesPatch } from '../domain/preferences';
import { NoInput, type Slice } from './common';

export const preferencesContract = {
  'preferences.get': { input: NoInput, output: Preferences },
  'preferences.set': { input: PreferencesPatch, output: Preferences },
} as const satisfies Slice;

export const preferencesEvents = {
  'preferences.changed': Preferences,
};
