import type { Http, QueryValue } from './http';
import { malformedError } from './errors';

/** Records use 200 a page: Altegio documents no maximum and integrators settle on 200. */
export const RECORDS_PAGE_SIZE = 200;
/** A guard against a server that ignores `page` and repeats itself. */
const MAX_SEQUENTIAL_PAGES = 500;

/** The total of a paged reply: records `{total_count}`, partner lists and events `{count}`; `[]`/`{}` know none. */
export function totalOf(meta: unknown): number | undefined {
  if (!meta || typeof meta !== 'object' || Array.isArray(meta)) return undefined;
  const { total_count: totalCount, count } = meta as { total_count?: unknown; count?: unknown };
  const value = Number(totalCount ?? count);
  return totalCount === undefined && count === undefined
    ? undefined
    : Number.isFinite(value)
      ? value
      : undefined;
}

/** The items of a list reply: `null` is none, anything but an array is unreadable. */
export function itemsOf(data: unknown, status?: number): unknown[] {
  if (Array.isArray(data)) return data;
  if (data === null || data === undefined) return [];
  throw malformedError(status);
}

/**
 * Every item of a paged GET. The first page comes alone; when it tells the total, the other pages are
 * asked for at once and the shared limiter paces them. Without a total, pages follow one another until a
 * short one. Each page is read (`read`) as soon as it arrives, while the limiter holds the next ones back,
 * so parsing adds nothing to a long sync but the last page.
 */
export async function fetchAllPages<T = unknown>(
  http: Http,
  path: string,
  query: Record<string, QueryValue>,
  pageSize: number,
  sizeParam = 'count',
  read: (item: unknown) => T = (item) => item as T,
): Promise<T[]> {
  const page = async (number: number) => {
    const reply = await http.request('GET', path, {
      query: { ...query, [sizeParam]: pageSize, page: number },
    });
    const raw = itemsOf(reply.data, reply.status);
    return { items: raw.map(read), count: raw.length, total: totalOf(reply.meta) };
  };
  const first = await page(1);
  if (first.total !== undefined) {
    // A total past any real location's is not believed beyond the sequential guard.
    const pages = Math.min(Math.ceil(first.total / pageSize), MAX_SEQUENTIAL_PAGES);
    const rest = await Promise.all(
      Array.from({ length: Math.max(0, pages - 1) }, (_, index) => page(index + 2)),
    );
    return [first.items, ...rest.map((r) => r.items)].flat();
  }
  const all = [...first.items];
  let lastCount = first.count;
  for (let number = 2; lastCount >= pageSize && number <= MAX_SEQUENTIAL_PAGES; number++) {
    const next = await page(number);
    lastCount = next.count;
    all.push(...next.items);
  }
  return all;
}

/** Keeps the last copy of each id: items that moved between pages while they were read appear once. */
export function uniqueById<T extends { id: number }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}
