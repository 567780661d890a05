import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../renderer/src/i18n';

/**
 * The English catalogue is what the code defines (`i18n('feature/Component', {...})`), written to
 * renderer/src/i18n/en.json for translators and for the end-to-end walk in Spanish; `npm run i18n:catalogue`
 * rewrites it. Each translation must have every key of it, and nothing else.
 */
const I18N_DIR = resolve(import.meta.dirname, '../../renderer/src/i18n');
const TRANSLATED = ['es'] as const;

type Json = string | { [key: string]: Json };
type Catalogue = Record<string, Record<string, Json>>;

function sorted(value: Json): Json {
  if (typeof value === 'string') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sorted(value[key] as Json)]),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

function readTranslation(language: string): { catalogue: Catalogue; problems: string[] } {
  const dir = resolve(I18N_DIR, language);
  const catalogue: Catalogue = {};
  const problems: string[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const area = file.replace(/\.json$/, '');
    const components = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Catalogue;
    for (const [name, messages] of Object.entries(components)) {
      if (name.split('/')[0] !== area)
        problems.push(`${language}/${file}: ${name} belongs in its own area’s file`);
      catalogue[name] = messages;
    }
  }
  return { catalogue, problems };
}

/** What differs between the English message and its translation: keys, plural forms, placeholders. */
function compare(path: string, english: Json, translated: Json | undefined, problems: string[]): void {
  if (translated === undefined) {
    problems.push(`missing: ${path}`);
    return;
  }
  if (typeof english === 'string') {
    if (typeof translated !== 'string') problems.push(`not a single text: ${path}`);
    else if (placeholders(english).join() !== placeholders(translated).join())
      problems.push(
        `placeholders differ: ${path} (${placeholders(english).join()} / ${placeholders(translated).join()})`,
      );
    else if (!translated.trim()) problems.push(`empty: ${path}`);
    return;
  }
  if (typeof translated === 'string') {
    problems.push(`not plural forms: ${path}`);
    return;
  }
  // Plural forms differ between languages; each must have `other`, and the placeholders of English's.
  const isPlural = Object.keys(english).every((key) =>
    ['zero', 'one', 'two', 'few', 'many', 'other'].includes(key),
  );
  if (isPlural) {
    if (translated['other'] === undefined) problems.push(`no "other" form: ${path}`);
    const wanted = placeholders(String(english['other'] ?? '')).join();
    for (const [form, text] of Object.entries(translated))
      if (typeof text !== 'string' || placeholders(text).join() !== wanted)
        problems.push(`placeholders differ: ${path}.${form}`);
    return;
  }
  for (const key of Object.keys(english))
    compare(`${path}.${key}`, english[key] as Json, translated[key], problems);
  for (const key of Object.keys(translated)) if (!(key in english)) problems.push(`unused: ${path}.${key}`);
}

describe('the translations', () => {
  let english: Catalogue;
  beforeAll(async () => {
    // Every module of the renderer but its entry points (they start the app), so every message is defined.
    const modules = import.meta.glob(['../../renderer/src/**/*.{ts,tsx}', '!**/main.tsx', '!**/start.tsx']);
    for (const load of Object.values(modules)) await load();
    english = sorted(i18n.cache['en'] as unknown as Json) as Catalogue;
  }, 120_000);

  it('the English catalogue on disk is the one the code defines (npm run i18n:catalogue rewrites it)', () => {
    const file = resolve(I18N_DIR, 'en.json');
    const text = `${JSON.stringify(english, null, 2)}\n`;
    if (process.env['I18N_WRITE']) writeFileSync(file, text);
    expect(Object.keys(english).length).toBeGreaterThan(0);
    expect(existsSync(file) ? readFileSync(file, 'utf8') : '', 'en.json is out of date').toBe(text);
  });

  it('names every component “area/Component”, each defined once', () => {
    for (const name of Object.keys(english)) expect(name).toMatch(/^[a-zA-Z]+\/[a-zA-Z]+$/);
  });

  for (const language of TRANSLATED) {
    it(`${language}: has every key of the English catalogue, no other, and the same placeholders`, () => {
      const { catalogue, problems } = readTranslation(language);
      for (const [name, messages] of Object.entries(english))
        compare(name, messages, catalogue[name], problems);
      for (const name of Object.keys(catalogue)) if (!(name in english)) problems.push(`unused: ${name}`);
      expect(problems).toEqual([]);
    });
  }
});
