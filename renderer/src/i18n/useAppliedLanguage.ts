import { useEffect, useState } from 'react';
import { Settings } from 'luxon';
import { type Language, resolveLanguage } from '../../../shared/domain/language';
import type { LanguagePreference } from '../../../shared/domain/preferences';
import { languageReady } from './index';
import { chosenLanguage } from './locale';

function apply(language: Language, choice: LanguagePreference): void {
  // Dates written through Luxon (and so the calendar's own) follow the language shown.
  Settings.defaultLocale = language;
  document.documentElement.lang = language;
  chosenLanguage.set(choice);
}

/**
 * Applies the preferred language once its translations are in, and returns it; null until then, so the
 * screens are first drawn in the language they will stay in. Should the translations fail to load, the
 * screens stay in English rather than blank.
 */
export function useAppliedLanguage(choice: LanguagePreference): Language | null {
  const [applied, setApplied] = useState<Language | null>(null);
  useEffect(() => {
    let live = true;
    const language = resolveLanguage(choice, navigator.languages);
    languageReady(language).then(
      () => {
        if (!live) return;
        apply(language, choice);
        setApplied(language);
      },
      () => {
        if (!live) return;
        apply('en', 'en');
        setApplied('en');
      },
    );
    return () => {
      live = false;
    };
  }, [choice]);
  return applied;
}
