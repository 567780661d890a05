export { AppearanceSettings } from './AppearanceSettings';
export { DeskSettings } from './DeskSettings';
export { atLocation, hourTime, slotDuration } from './model';
export { PreferencesResetNotice } from './PreferencesResetNotice';
export { preferencesKeys, usePreferences } from './usePreferences';
