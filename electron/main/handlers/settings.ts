import type { PreferencesPatch } from '../../../shared/preferences';
import type { EventBus } from '../ipc/events';
import type { Settings } from '../settings';

export function createSettingsHandlers(settings: Settings, events: EventBus) {
  return {
    'settings.get': () => settings.getPreferences(),
    'settings.set': (patch: PreferencesPatch) => {
      const next = settings.updatePreferences(patch);
      events.emit('settings.changed', next);
      return next;
    },
  };
}
