import type { UnreadableReport, UnreadableResource } from '../../../shared/domain/unreadable';
import { AltegioError } from './errors';
import type { AltegioLogger } from './logger';
import { itemsOf } from './paging';

/** Told after every list read how many of its records could not be read (0 when none). */
export type UnreadableSink = (report: UnreadableReport) => void;

export interface ListReading {
  onUnreadable?: UnreadableSink;
  logger?: AltegioLogger;
}

function idOf(raw: unknown): number | null {
  const id = raw && typeof raw === 'object' ? Number((raw as { id?: unknown }).id) : NaN;
  return Number.isInteger(id) && id > 0 ? id : null;
}

/**
 * The readable items of a list reply, read one by one: an item `read` finds malformed is left out,
 * counted for `resource` and logged by id and failing fields only (never the record: it may hold names
 * and phones), so one bad record never hides the others. Anything but malformed data still fails the read.
 */
export function readItems<T>(
  reading: ListReading,
  resource: UnreadableResource,
  items: readonly unknown[],
  read: (item: unknown) => T,
): T[] {
  const readable: T[] = [];
  const skipped: { id: number | null; what: string | undefined }[] = [];
  for (const item of items) {
    try {
      readable.push(read(item));
    } catch (error) {
      if (!(error instanceof AltegioError) || error.kind !== 'malformed') throw error;
      skipped.push({ id: idOf(item), what: error.what });
    }
  }
  if (skipped.length > 0) {
    reading.logger?.warn(`Altegio sent ${skipped.length} unreadable ${resource}; the others are shown`, {
      skipped,
    });
  }
  reading.onUnreadable?.({ resource, count: skipped.length });
  return readable;
}

/** readItems over a whole reply's data: `null` is an empty list, anything but an array is unreadable. */
export function readList<T>(
  reading: ListReading,
  resource: UnreadableResource,
  data: unknown,
  read: (item: unknown) => T,
): T[] {
  return readItems(reading, resource, itemsOf(data), read);
}
