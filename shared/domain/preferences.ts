import { z } from 'zod';
import { TechnicalBreakSeconds } from './appointment';
import { LANGUAGES } from './language';
import { REBOOK_WEEKS } from './rebook';

export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

/** The language the screens speak: one Frontdesk has, or the system's (English if it has not that one). */
export const LanguagePreference = z.enum(['system', ...LANGUAGES]);
export type LanguagePreference = z.infer<typeof LanguagePreference>;

/** The calendar's views, as the toolbar names them. */
export const CalendarViewKind = z.enum(['day', 'memberWeek', 'teamWeek', 'list']);
export type CalendarViewKind = z.infer<typeof CalendarViewKind>;

/** How finely the day view divides an hour. */
export const SLOT_MINUTES = [5, 10, 15, 30] as const;
export const SlotMinutes = z.literal(SLOT_MINUTES);
export type SlotMinutes = (typeof SLOT_MINUTES)[number];

/** The days a week may start on, as the calendar counts them: 1 Monday, 0 Sunday, 6 Saturday. */
export const WeekStart = z.literal([1, 0, 6]);

/** The hours the day view shows: from the start of `from` to the end of hour `to - 1`. */
export const DayHours = z
  .object({ from: z.number().int().min(0).max(23), to: z.number().int().min(1).max(24) })
  .refine((hours) => hours.from < hours.to, { message: 'issue.dayHours', path: ['to'] });
export type DayHours = z.infer<typeof DayHours>;

/**
 * How often the log asks Altegio for changes. The floor keeps a few desks behind one address well inside
 * Altegio's 200 requests a minute per IP (each refresh costs one request, two with working hours).
 */
export const REFRESH_SECONDS = { min: 10, max: 600, choices: [10, 15, 30, 60, 120, 300] } as const;
export const RefreshSeconds = z.number().int().min(REFRESH_SECONDS.min).max(REFRESH_SECONDS.max);

const ByLocation = <T extends z.ZodType>(value: T) =>
  z.record(z.string().regex(/^\d{1,12}$/), value).refine((map) => Object.keys(map).length <= 1000);
const IdList = z.array(z.number().int().nonnegative()).max(1000);

/** What the user chooses in the app; the renderer may read and change all of it. */
export const Preferences = z.object({
  theme: ThemePreference,
  language: LanguagePreference,
  navigationOpen: z.boolean(),
  /** Team members hidden from the calendar, per location id. */
  hiddenTeamMembers: ByLocation(IdList),
  /** Appointment labels the calendar is filtered by, per location id; none = every appointment. */
  labelFilter: ByLocation(IdList),
  weekStart: WeekStart,
  slotMinutes: SlotMinutes,
  dayHours: DayHours,
  defaultView: CalendarViewKind,
  refreshSeconds: RefreshSeconds,
  /** The technical break new appointments start with, per location id (kept here: Altegio has no API for it). */
  breakDefaults: ByLocation(TechnicalBreakSeconds),
  /** The last "Rebook in N weeks" choice. */
  rebookWeeks: z.number().int().min(REBOOK_WEEKS.min).max(REBOOK_WEEKS.max),
  /** The locations the chain view shows side by side; none = the open one and the next ones. */
  chainLocations: IdList,
});
export type Preferences = z.infer<typeof Preferences>;
export type PreferenceKey = keyof Preferences;

export { defaultPreferences } from './defaultPreferences';

/**
 * A change to some preferences. Unknown keys are refused rather than ignored, and so is a key that is
 * present but undefined (it would otherwise pass here and break the stored whole).
 */
export const PreferencesPatch = z
  .object(
    Object.fromEntries(
      Object.entries(Preferences.shape).map(([key, schema]) => [key, schema.exactOptional()]),
    ) as { [K in PreferenceKey]: z.ZodExactOptional<(typeof Preferences.shape)[K]> },
  )
  .strict();
export type PreferencesPatch = z.infer<typeof PreferencesPatch>;

/** The stored preferences main could not read at start-up and put back to their defaults. */
export const PreferencesReset = z.array(
  z.enum(Object.keys(Preferences.shape) as [PreferenceKey, ...PreferenceKey[]]),
);
export type PreferencesReset = z.infer<typeof PreferencesReset>;
