const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
// Isolate controls inside the text itself could close the isolate early (a stray U+2069), so they go.
const ISOLATE_CONTROLS = /[\u2066-\u2069]/g;
const ISOLATED = /\u2068([^\u2066-\u2069]*)\u2069/g;

/**
 * Text from Altegio (a name, a title, a comment) inside a string that must stay a string: a `title`
 * tooltip, a notice built by a model. The plain-text form of `<bdi>`: a right-to-left override inside
 * cannot turn the text after it around. Where the string is rendered by React, `IsolatedText` turns
 * each isolate back into a `<bdi>`, so the text a reader or a test finds carries no control characters.
 */
export function isolate(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${text.replace(ISOLATE_CONTROLS, '')}${POP_DIRECTIONAL_ISOLATE}`;
}

/** A string built with `isolate` cut into its own words and the isolated texts, in order. */
export function isolatedParts(text: string): Array<{ text: string; isolated: boolean }> {
  const parts: Array<{ text: string; isolated: boolean }> = [];
  let from = 0;
  for (const match of text.matchAll(ISOLATED)) {
    if (match.index > from) parts.push({ text: text.slice(from, match.index), isolated: false });
    parts.push({ text: match[1] ?? '', isolated: true });
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), isolated: false });
  return parts;
}

/** The string without its isolate marks, for what is read rather than shown (an aria-label). */
export function withoutIsolates(text: string): string {
  return text.replace(ISOLATE_CONTROLS, '');
}
