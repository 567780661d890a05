import { z } from 'zod';

export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

/** What the user chooses in the app; the renderer may read and change all of it. */
export const Preferences = z.object({
  theme: ThemePreference,
  navigationOpen: z.boolean(),
  /** Team members hidden from the calendar, per location id. */
  hiddenTeamMembers: z.record(z.string().regex(/^\d{1,12}$/), z.array(z.number().int()).max(1000)),
});
export type Preferences = z.infer<typeof Preferences>;

export const defaultPreferences: Preferences = {
  theme: 'system',
  navigationOpen: true,
  hiddenTeamMembers: {},
};

/**
 * A change to some preferences. Unknown keys are refused rather than ignored, and so is a key that is
 * present but undefined (it would otherwise pass here and break the stored whole).
 */
export const PreferencesPatch = z
  .object({
    theme: Preferences.shape.theme.exactOptional(),
    navigationOpen: Preferences.shape.navigationOpen.exactOptional(),
    hiddenTeamMembers: Preferences.shape.hiddenTeamMembers.exactOptional(),
  })
  .strict();
export type PreferencesPatch = z.infer<typeof PreferencesPatch>;
