import { DateTime } from 'luxon';
import { SALON_ZONE } from './demoSalon';
import { TEST_NOW } from './testClock';

/**
 * The walk-in scenarios' "now": 10:00 in the salon on the first Tuesday on or after the pinned day (the
 * pinned instant itself with the default clock). A Sunday night or a DST morning has nobody at work, so
 * those clocks move to the next open morning, with that day's offset.
 */
export function walkInMoment(pinned: Date = TEST_NOW): Date {
  let day = DateTime.fromJSDate(pinned, { zone: SALON_ZONE }).startOf('day');
  while (day.weekday !== 2) day = day.plus({ days: 1 });
  return day.set({ hour: 10 }).toJSDate();
}

/** book_times items as Altegio sends them. */
export interface WireTime {
  time: string;
  seance_length: number;
  datetime: string;
}

export interface ExpectedOption {
  teamMemberId: number;
  name: string;
  datetime: string;
  durationSeconds: number;
}

/**
 * Who is free for the services within `hours` of `now`, soonest first, as the emulator itself says it
 * (book_staff for who provides them, book_times for each one's times on the salon's day), through raw
 * HTTP: the yardstick for what the finder lists.
 */
export async function freeForWalkIn(
  http: { get: (path: string) => Promise<{ status: number; body: { data: unknown } }> },
  locationId: number,
  serviceIds: number[],
  now: Date,
  hours: number,
): Promise<ExpectedOption[]> {
  const services = serviceIds.map((id) => `service_ids%5B%5D=${id}`).join('&');
  const staff = (await http.get(`/book_staff/${locationId}?${services}`)).body.data as Array<{
    id: number;
    name: string;
  }>;
  const start = DateTime.fromJSDate(now, { zone: SALON_ZONE });
  const end = start.plus({ hours });
  const days = [...new Set([start.toISODate()!, end.toISODate()!])];
  const found: Array<ExpectedOption & { at: number }> = [];
  for (const member of staff) {
    const times: WireTime[] = [];
    for (const day of days) {
      const reply = await http.get(`/book_times/${locationId}/${member.id}/${day}?${services}`);
      times.push(...(reply.body.data as WireTime[]));
    }
    const first = times
      .map((time) => ({ ...time, at: DateTime.fromISO(time.datetime).toMillis() }))
      .filter((time) => time.at >= now.getTime())
      .sort((a, b) => a.at - b.at)[0];
    if (first && first.at <= end.toMillis())
      found.push({
        teamMemberId: member.id,
        name: member.name,
        datetime: first.datetime,
        durationSeconds: first.seance_length,
        at: first.at,
      });
  }
  return found
    .sort((a, b) => a.at - b.at)
    .map(({ teamMemberId, name, datetime, durationSeconds }) => ({
      teamMemberId,
      name,
      datetime,
      durationSeconds,
    }));
}
