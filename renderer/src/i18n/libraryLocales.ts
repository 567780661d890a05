import type { LocaleInput } from '@fullcalendar/core';
import type { Localization } from '@mui/material/locale';
import type { PickersLocaleText } from '@mui/x-date-pickers/locales';
import { useStore } from '@nanostores/react';
import type { Language } from '../../../shared/domain/language';
import { locale } from './locale';

/** What the libraries need to speak a language; English is each one's own default. */
export interface LibraryLocales {
  mui?: Localization;
  pickersLocaleText?: Partial<PickersLocaleText>;
  fullCalendar?: LocaleInput;
}

const loaders: Record<Exclude<Language, 'en'>, () => Promise<LibraryLocales>> = {
  es: () => import('./es/libraries').then((module) => module.libraries),
};

const loaded = new Map<Language, LibraryLocales>();

/** Loads a language's library locales (loaded with its translations: see languageReady). */
export async function loadLibraryLocales(language: Language): Promise<void> {
  if (language === 'en' || loaded.has(language)) return;
  loaded.set(language, await loaders[language]());
}

const NONE: LibraryLocales = {};

/** The libraries' locales for the language shown now ({} for English, or before they are loaded). */
export function useLibraryLocales(): LibraryLocales {
  return loaded.get(useStore(locale)) ?? NONE;
}
