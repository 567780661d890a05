import { atom, computed } from 'nanostores';
import { type Language, resolveLanguage } from '../../../shared/domain/language';

/** What Preferences says: a language, or whatever the system prefers. */
export const chosenLanguage = atom<Language | 'system'>('system');

/** The language every screen speaks now. */
export const locale = computed(chosenLanguage, (choice) => resolveLanguage(choice, navigator.languages));
