import { DateTime, Info } from 'luxon';

/**
 * What a phrase typed in the command palette asks for: a booking for a client (at a time of the day the
 * calendar shows), a day to go to, or a walk-in for a service. `unclear` names the part that could not be
 * read (25:00, 31 February), so the palette can say so rather than guess.
 */
export type Phrase =
  | { kind: 'book'; client: string; time: string | null }
  | { kind: 'goTo'; date: string }
  | { kind: 'walkIn'; service: string }
  | { kind: 'unclear'; part: 'time' | 'date'; text: string };

/**
 * The words of the phrases in one language, each a list of alternatives split by `|` (accents and case
 * do not matter). `locale` names the weekdays and months.
 */
export interface PhraseWords {
  newFor: string;
  at: string;
  goTo: string;
  next: string;
  today: string;
  tomorrow: string;
  walkIn: string;
  fillers: string;
  locale: string;
}

/** Lower case without accents, one character for one, so a match's place is its place in the text. */
function fold(text: string): string {
  return text
    .split('')
    .map((ch) => ch.normalize('NFD').charAt(0).toLowerCase().charAt(0) || ch)
    .join('');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular-expression group of the alternatives, longest first ("ir al" before "ir a"). */
function anyOf(words: string): string {
  const list = fold(words)
    .split('|')
    .map((word) => word.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  return `(?:${list.map((word) => escape(word).replace(/\s+/g, '\\s+')).join('|')})`;
}

const TIME = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|h)?$/;

/** "15:00", "3pm", "9.30", "15h" → "HH:mm"; null when it is no time of day. */
export function readTime(text: string): string | null {
  const match = TIME.exec(fold(text).trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const half = match[3];
  if (half === 'am' || half === 'pm') {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function names(kind: 'weekdays' | 'months', locale: string): string[][] {
  const long = kind === 'weekdays' ? Info.weekdays('long', { locale }) : Info.months('long', { locale });
  const short = kind === 'weekdays' ? Info.weekdays('short', { locale }) : Info.months('short', { locale });
  return long.map((name, index) => [fold(name), fold(short[index] ?? '').replace(/\.$/, '')]);
}

function indexOfName(list: string[][], word: string): number {
  return list.findIndex((forms) => forms.includes(word));
}

/** "tomorrow", "next Tuesday", "14 March", "March 14 2028", "2027-03-14" → an ISO date, from `today`. */
export function readDate(text: string, today: string, words: PhraseWords): string | null {
  const day = DateTime.fromISO(today, { zone: 'utc' });
  const fillers = new RegExp(`(^|\\s)${anyOf(words.fillers)}(?=\\s|$)`, 'g');
  const folded = fold(text).replace(/,/g, ' ').replace(fillers, ' ').replace(/\s+/g, ' ').trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(folded)) {
    const iso = DateTime.fromISO(folded, { zone: 'utc' });
    return iso.isValid ? iso.toISODate() : null;
  }
  if (new RegExp(`^${anyOf(words.today)}$`).test(folded)) return day.toISODate();
  if (new RegExp(`^${anyOf(words.tomorrow)}$`).test(folded)) return day.plus({ days: 1 }).toISODate();

  const weekday = new RegExp(`^(${anyOf(words.next)}\\s+)?(\\S+)$`).exec(folded);
  const weekdayIndex = weekday ? indexOfName(names('weekdays', words.locale), weekday[2] ?? '') : -1;
  if (weekday && weekdayIndex >= 0) {
    // Luxon's weekdays run Monday (1) to Sunday (7); a name on its own day is today, "next" is a week on.
    const ahead = (weekdayIndex + 1 - day.weekday + 7) % 7;
    return day.plus({ days: weekday[1] && ahead === 0 ? 7 : ahead }).toISODate();
  }

  const parts = folded.split(' ');
  const months = names('months', words.locale);
  const [first = '', second = '', third] = parts;
  if (parts.length < 2 || parts.length > 3) return null;
  const dayFirst = /^\d{1,2}(st|nd|rd|th)?$/.test(first);
  const dayText = (dayFirst ? first : second).replace(/(st|nd|rd|th)$/, '');
  const month = indexOfName(months, dayFirst ? second : first) + 1;
  const year = third === undefined ? day.year : /^\d{4}$/.test(third) ? Number(third) : NaN;
  if (!/^\d{1,2}$/.test(dayText) || month === 0 || Number.isNaN(year)) return null;
  const date = DateTime.fromObject({ year, month, day: Number(dayText) }, { zone: 'utc' });
  return date.isValid ? date.toISODate() : null;
}

function readIn(text: string, today: string, words: PhraseWords): Phrase | null {
  const folded = fold(text);
  const book = new RegExp(
    `^\\s*${anyOf(words.newFor)}\\s+(.+?)(?:\\s+${anyOf(words.at)}\\s+(\\S+(?:\\s*[ap]m)?))?\\s*$`,
  ).exec(folded);
  if (book?.[1] !== undefined) {
    const start = folded.indexOf(book[1], book.index);
    const client = text.slice(start, start + book[1].length).trim();
    if (book[2] === undefined) return { kind: 'book', client, time: null };
    const time = readTime(book[2]);
    return time ? { kind: 'book', client, time } : { kind: 'unclear', part: 'time', text: book[2] };
  }
  const goTo = new RegExp(`^\\s*${anyOf(words.goTo)}\\s+(.+?)\\s*$`).exec(folded);
  if (goTo?.[1] !== undefined) {
    const date = readDate(goTo[1], today, words);
    return date ? { kind: 'goTo', date } : { kind: 'unclear', part: 'date', text: goTo[1] };
  }
  const walkIn = new RegExp(`^\\s*${anyOf(words.walkIn)}\\s+(.+?)\\s*$`).exec(folded);
  if (walkIn?.[1] !== undefined) {
    const start = folded.lastIndexOf(walkIn[1]);
    return { kind: 'walkIn', service: text.slice(start, start + walkIn[1].length) };
  }
  return null;
}

/**
 * Reads a phrase in any of the languages given (the one shown and English): the first that makes sense of
 * it wins, a clear reading before an unclear one. `today` is the location's date.
 */
export function readPhrase(text: string, today: string, languages: readonly PhraseWords[]): Phrase | null {
  const readings = languages
    .map((words) => readIn(text, today, words))
    .filter((reading): reading is Phrase => reading !== null);
  return readings.find((reading) => reading.kind !== 'unclear') ?? readings[0] ?? null;
}

/** Whether every word typed is in one of the texts (accents and case aside): the palette's own filter. */
export function matchesWords(query: string, ...texts: readonly string[]): boolean {
  const haystack = fold(texts.join(' '));
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
