import type { preferencesContract } from '../../../shared/contract/preferences';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

export function createPreferencesHandlers({
  settings,
  events,
}: HandlerDeps): SliceHandlers<typeof preferencesContract> {
  return {
    'preferences.get': () => settings.getPreferences(),
    'preferences.resetAtStart': () => settings.resetPreferences(),
    'preferences.set': (patch) => {
      const next = settings.updatePreferences(patch);
      events.emit('preferences.changed', next);
      return next;
    },
  };
}
