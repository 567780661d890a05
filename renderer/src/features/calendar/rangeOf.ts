import { DateTime } from 'luxon';
import { isoDate } from '../../time';

/** The local dates (inclusive) that FullCalendar's [start, end) covers in the location's zone. */
export function localRange(startStr: string, endStr: string, zone: string): { from: string; to: string } {
  const start = DateTime.fromISO(startStr, { zone });
  const end = DateTime.fromISO(endStr, { zone }).minus({ milliseconds: 1 });
  return { from: isoDate(start), to: isoDate(end) };
}
