// The fingerprints themselves, apart from the schema in fingerprint.ts: the renderer's first paint needs
// them and not zod.
import type { CustomFieldValues } from './common';

/** JSON with object keys sorted, so equal values give equal text whatever order their keys came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Two 32-bit FNV-1a hashes (different seeds) of the text: 64 bits, plenty to tell versions apart. */
export function fingerprint(value: unknown): string {
  const text = canonical(value);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * Custom-field values as text: Altegio sends a number field as 5 in one reply and "5" in another, and
 * the two must not read as a change.
 */
export function comparableCustomFields(values: CustomFieldValues): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(values).map(([code, value]) => [
      code,
      Array.isArray(value) ? value.map(String) : String(value),
    ]),
  );
}
