export { AppearanceSettings } from './AppearanceSettings';
export { preferencesKeys, usePreferences } from './usePreferences';
