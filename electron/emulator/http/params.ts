import type { Context } from 'hono';
import { badRequest } from './errors';

export type JsonObject = Record<string, unknown>;

/** Integer from a number or a numeric string (Altegio clients send both); undefined otherwise. */
export function asInt(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

export function asBool(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 'true';
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first present query parameter among aliases (e.g. staff_id / team_member_id / master_id). */
export function query(c: Context, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = c.req.query(name);
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

export function queryInt(c: Context, ...names: string[]): number | undefined {
  return asInt(query(c, ...names));
}

/** Array query parameters: `name[]=1&name[]=2`, `name=1`, or `name=1,2`. */
export function queryList(c: Context, name: string): string[] {
  const values = [...(c.req.queries(`${name}[]`) ?? []), ...(c.req.queries(name) ?? [])];
  return values.flatMap((v) => v.split(',')).filter((v) => v !== '');
}

export function queryIntList(c: Context, name: string): number[] {
  return queryList(c, name).flatMap((v) => asInt(v) ?? []);
}

export function queryFlag(c: Context, name: string): boolean {
  return asBool(c.req.query(name));
}

/** A JSON object body; an empty body is `{}`; anything else is 400. */
export async function readBody(c: Context): Promise<JsonObject> {
  const text = await c.req.text();
  if (!text.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest({ body: ['Malformed JSON'] });
  }
  if (!isObject(parsed)) throw badRequest({ body: ['A JSON object is expected'] });
  return parsed;
}

export function pageOf<T>(items: T[], page: number, count: number): T[] {
  return items.slice((page - 1) * count, page * count);
}

/** `page` (≥ 1, default 1) and `count` (≥ 1, default given, optional max). */
export function paging(c: Context, defaultCount: number, max = Infinity, countName = 'count') {
  const page = Math.max(1, queryInt(c, 'page') ?? 1);
  const count = Math.min(max, Math.max(1, queryInt(c, countName) ?? defaultCount));
  return { page, count };
}
