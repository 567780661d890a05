import { type ComponentsJSON, createI18n, type Messages, type Translations } from '@nanostores/i18n';
import { useStore } from '@nanostores/react';
import type { Language } from '../../../shared/domain/language';
import { loadCatalogue } from './catalogues';
import { loadLibraryLocales } from './libraryLocales';
import { locale } from './locale';

export { chosenLanguage, locale } from './locale';
export { params, plural } from './transforms';
export { useLibraryLocales } from './libraryLocales';

const loaded = new Map<Language, Promise<void>>();

/**
 * Messages are defined per component, English in the code: `i18n('calendar/Toolbar', { today: 'Today' })`.
 * The part before the slash names the feature, and its translations live in `es/<feature>.json`.
 */
export const i18n = createI18n(locale, {
  get: async (code) => loadCatalogue(code as Language),
});

/**
 * Resolves once the language's translations are in, so a screen first drawn in Spanish is never drawn in
 * English before it.
 */
export function languageReady(language: Language): Promise<void> {
  let ready = loaded.get(language);
  if (!ready) {
    ready = Promise.all([loadCatalogue(language), loadLibraryLocales(language)]).then(([catalogue]) => {
      // The cache holds components by name (the library's type says messages).
      const cache = i18n.cache as unknown as Record<string, ComponentsJSON>;
      cache[language] = { ...cache[language], ...catalogue };
    });
    // A failed load is tried again the next time the language is chosen.
    ready.catch(() => loaded.delete(language));
    loaded.set(language, ready);
  }
  return ready;
}

/** A component's messages in the language shown now; the component redraws when it changes. */
export function useMessages<Body extends Translations>(messages: Messages<Body>): Body {
  return useStore(messages);
}

/** The language shown now. */
export function useLocale(): Language {
  return useStore(locale);
}
