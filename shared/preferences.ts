import { z } from 'zod';

export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

/** What the user chooses in the app; the renderer may read and change all of it. */
export const Preferences = z.object({
  theme: ThemePreference,
  navigationOpen: z.boolean(),
  /** Team members hidden from the calendar, per location id. */
  hiddenTeamMembers: z.record(z.string(), z.array(z.number().int())),
});
export type Preferences = z.infer<typeof Preferences>;

export const defaultPreferences: Preferences = {
  theme: 'system',
  navigationOpen: true,
  hiddenTeamMembers: {},
};

/** A change to some preferences; unknown keys are refused rather than ignored. */
export const PreferencesPatch = Preferences.partial().strict();
export type PreferencesPatch = z.infer<typeof PreferencesPatch>;
