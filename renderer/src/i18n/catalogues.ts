import type { ComponentsJSON } from '@nanostores/i18n';
import type { Language } from '../../../shared/domain/language';

type Translated = Exclude<Language, 'en'>;

// One file per feature (or area) and language: `es/calendar.json` holds every `calendar/…` component.
const files: Record<Translated, Record<string, () => Promise<{ default: ComponentsJSON }>>> = {
  es: import.meta.glob<{ default: ComponentsJSON }>('./es/*.json'),
};

/**
 * Every translation of a language at once: a first open of a dialog then never shows English for a
 * moment, and the screens in English load none of it.
 */
export async function loadCatalogue(language: Language): Promise<ComponentsJSON> {
  if (language === 'en') return {};
  const parts = await Promise.all(Object.values(files[language]).map((load) => load()));
  return Object.assign({}, ...parts.map((part) => part.default)) as ComponentsJSON;
}
