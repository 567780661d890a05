import { DateTime } from 'luxon';
import { SALON_ZONE } from './demoSalon';
import type { WireTime } from './walkIn';

interface RawHttp {
  get: (path: string) => Promise<{ status: number; body: { data: unknown } }>;
}

/** A record as GET /records sends it, the fields a rebooking repeats. */
export interface WireRecord {
  id: number;
  staff_id: number;
  date: string;
  datetime: string;
  deleted: boolean;
  activity_id: number;
  client: { id: number; name: string } | null;
  services: Array<{ id: number; amount?: number; cost?: number }>;
}

export interface ExpectedRebook {
  record: WireRecord;
  targetDate: string;
  datetime: string;
  durationSeconds: number;
}

const query = (serviceIds: number[]) => serviceIds.map((id) => `service_ids%5B%5D=${id}`).join('&');

/**
 * What "Rebook in `weeks` weeks" must propose for a record, as the emulator itself says it through raw
 * HTTP: book_times for the same member on the same weekday `weeks` later, the time nearest to the
 * record's own time of day (earlier on a tie). Null when that day has no free time.
 */
export async function expectedRebook(
  http: RawHttp,
  locationId: number,
  record: WireRecord,
  weeks: number,
): Promise<ExpectedRebook | null> {
  const start = DateTime.fromISO(record.date.replace(' ', 'T'), { zone: SALON_ZONE });
  const targetDate = start.plus({ days: 7 * weeks }).toISODate()!;
  const serviceIds = [...new Set(record.services.map((service) => service.id))];
  const reply = await http.get(
    `/book_times/${locationId}/${record.staff_id}/${targetDate}?${query(serviceIds)}`,
  );
  if (reply.status !== 200) return null;
  const wanted = start.hour * 60 + start.minute;
  const scored = (reply.body.data as WireTime[]).map((time) => {
    const [hours = 0, minutes = 0] = time.time.split(':').map(Number);
    return { time, distance: Math.abs(hours * 60 + minutes - wanted), minutes: hours * 60 + minutes };
  });
  scored.sort((a, b) => a.distance - b.distance || a.minutes - b.minutes);
  const best = scored[0]?.time;
  return best ? { record, targetDate, datetime: best.datetime, durationSeconds: best.seance_length } : null;
}

/**
 * The first record on the days from `from` to `to` that can be rebooked (a client, services, not a group
 * event or cancelled) and whose member has a free time `weeks` later, with what must be proposed.
 */
export async function rebookableRecord(
  http: RawHttp,
  locationId: number,
  from: string,
  to: string,
  weeks: number,
  accept: (record: WireRecord) => boolean = () => true,
): Promise<ExpectedRebook> {
  const records = (await http.get(`/records/${locationId}?start_date=${from}&end_date=${to}&count=500`)).body
    .data as WireRecord[];
  const candidates = records
    .filter((r) => !r.deleted && !r.activity_id && r.client && r.services.length > 0 && accept(r))
    .sort((a, b) => a.datetime.localeCompare(b.datetime) || a.id - b.id);
  for (const record of candidates) {
    const expected = await expectedRebook(http, locationId, record, weeks);
    if (expected) return expected;
  }
  throw new Error(`no record from ${from} to ${to} can be rebooked in ${weeks} weeks`);
}
