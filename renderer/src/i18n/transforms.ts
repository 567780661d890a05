import { strings, transform } from '@nanostores/i18n';
import type { CountInput, params as libraryParams, TranslationFunction } from '@nanostores/i18n';

/**
 * `{name}` placeholders, as the library's `params`, but a value is put in as it is: the library hands it
 * to `String.replace` as a replacement pattern, so a client named "$&" would come out as the placeholder.
 */
export const params = transform((_locale, translation, values: Record<string, number | string>) =>
  strings(translation, (text) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)),
  ),
) as typeof libraryParams;

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * The plural form the locale's rules pick for `count`, with `{count}` written as that locale writes
 * numbers ("1,200" in English, "1200"/"1.200" in Spanish).
 */
export const plural = transform((locale, translation: Record<string, string>, count: number) => {
  const rules = new Intl.PluralRules(locale).select(count);
  const form = rules in translation ? rules : 'other';
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  const shown = format.format(count);
  return strings(translation[form] ?? '', (text) => text.replaceAll('{count}', shown));
}) as <Input extends CountInput>(input: Input) => TranslationFunction<[number], string>;
