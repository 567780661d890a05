// Apart from the schemas: the renderer's first paint needs these, not zod.

/** The languages Frontdesk speaks; English is the one its screens are written in. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The first of the system's preferred languages that Frontdesk speaks, else English. */
export function languageOfSystem(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const found = LANGUAGES.find((language) => language === base);
    if (found) return found;
  }
  return 'en';
}

/** The language a preference names, `system` resolved through the system's preferred languages. */
export function resolveLanguage(choice: Language | 'system', systemPreferred: readonly string[]): Language {
  return choice === 'system' ? languageOfSystem(systemPreferred) : choice;
}
