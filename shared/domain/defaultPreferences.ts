// Apart from the schemas in preferences.ts: the renderer's first paint needs the defaults, not zod.
import type { Preferences } from './preferences';
import { REBOOK_WEEKS } from './rebook';

export const defaultPreferences: Preferences = {
  theme: 'system',
  language: 'system',
  navigationOpen: true,
  hiddenTeamMembers: {},
  labelFilter: {},
  weekStart: 1,
  slotMinutes: 15,
  dayHours: { from: 0, to: 24 },
  defaultView: 'day',
  refreshSeconds: 10,
  breakDefaults: {},
  rebookWeeks: REBOOK_WEEKS.default,
  chainLocations: [],
};
