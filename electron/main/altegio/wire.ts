import { z } from 'zod';
import { malformedError } from './errors';

/** Ids arrive as numbers in Altegio and as digit strings in YCLIENTS; both become numbers. */
export const WireId = z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform(Number);

/** Amounts and counts: numbers, numeric strings, or missing. */
export const WireNumber = z
  .union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)])
  .transform(Number)
  .catch(0);

export const WireText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? '' : String(value)));

/** 0/1, "0"/"1" and booleans. */
export const WireFlag = z
  .union([z.boolean(), z.number(), z.string()])
  .nullish()
  .transform((value) => value === true || value === 1 || value === '1' || value === 'true');

/** Colours come with and without '#'; the domain always has '#rrggbb' (or null). */
export function toHexColour(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const hex = value.trim().replace(/^#/, '').toLowerCase();
  if (/^[0-9a-f]{6}$/.test(hex)) return `#${hex}`;
  if (/^[0-9a-f]{3}$/.test(hex)) return `#${[...hex].map((c) => c + c).join('')}`;
  return null;
}

/**
 * Parses `data` with a wire schema. A reply that does not fit is a server problem, reported with the
 * resource name and the paths of the fields that did not fit (never the payload or zod's messages,
 * which may quote personal data).
 */
export function parseWire<T extends z.ZodType>(schema: T, data: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const fields = [
    ...new Set(parsed.error.issues.slice(0, 5).map((issue) => issue.path.map(String).join('.'))),
  ];
  throw malformedError(undefined, fields.some(Boolean) ? `${what}: ${fields.join(', ')}` : what);
}
