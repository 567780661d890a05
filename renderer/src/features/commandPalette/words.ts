import type { Language } from '../../../../shared/domain/language';
import { i18n } from '../../i18n';
import type { PhraseWords } from './model';

// Alternatives split by "|"; a translation names its own (accents and case do not matter).
const english = {
  newFor: 'new appointment for|new appointment with|book for|book',
  at: 'at',
  goTo: 'go to|show',
  next: 'next',
  today: 'today',
  tomorrow: 'tomorrow',
  walkIn: 'walk-in|walk in|walkin',
  fillers: 'the|of',
};

const messages = i18n('commandPalette/phrases', english);

/** The phrase words of the language shown, then English's, which the palette always understands. */
export function phraseLanguages(language: Language): PhraseWords[] {
  const inEnglish = { ...english, locale: 'en' };
  return language === 'en' ? [inEnglish] : [{ ...messages.get(), locale: language }, inEnglish];
}
