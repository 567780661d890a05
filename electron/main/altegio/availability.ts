import { z } from 'zod';
import type {
  BookableDates,
  BookableTime,
  BookingCheckItem,
  BookingProblem,
  NextSeances,
} from '../../../shared/domain/booking';
import type { LocationRef } from '../../../shared/domain/common';
import { AltegioError } from './errors';
import type { Http } from './http';
import { isIsoDate, toIsoInZone, parseWireTime } from './time';
import { parseWire, WireNumber, WireText } from './wire';

const WireTime = z.object({ time: WireText, seance_length: WireNumber, datetime: z.string() });
const WireDates = z.object({
  working_dates: z.array(z.string()).nullish().catch([]),
  booking_dates: z.array(z.string()).nullish().catch([]),
});
const WireSeances = z.object({
  seance_date: z.string().nullish(),
  seances: z.array(WireTime).nullish().catch([]),
});

const PROBLEMS: Record<number, BookingProblem> = {
  433: 'busy',
  436: 'no-team-member',
  437: 'overlap',
  438: 'service-unavailable',
};

/** The book_check problem behind an error, if it is one. */
export function bookingProblemOf(error: unknown): BookingProblem | null {
  if (!(error instanceof AltegioError)) return null;
  const code = error.altegioCodes.find((c) => PROBLEMS[c]);
  return code === undefined ? null : (PROBLEMS[code] ?? null);
}

function toTimes(items: ReadonlyArray<z.output<typeof WireTime>>, location: LocationRef): BookableTime[] {
  return items.flatMap((item) => {
    const start = parseWireTime(item.datetime, location.timezone);
    if (!start) return [];
    return [
      {
        time: item.time,
        start: toIsoInZone(start, location.timezone),
        durationSeconds: item.seance_length,
        datetime: item.datetime,
      },
    ];
  });
}

/** Free times from the public online-booking endpoints (partner token only): the desk's slot finder. */
export function createAvailabilityApi(http: Http) {
  const get = (path: string, query: Record<string, string | number | number[] | undefined>) =>
    http.request('GET', path, { auth: 'partner', query });

  return {
    /** Free start times on a local date; teamMemberId 0 = any member. */
    async times(
      location: LocationRef,
      teamMemberId: number,
      date: string,
      serviceIds: number[],
    ): Promise<BookableTime[]> {
      const { data } = await get(`/book_times/${location.id}/${teamMemberId}/${date}`, {
        'service_ids[]': serviceIds,
      });
      return toTimes(parseWire(z.array(WireTime), data, 'bookable times'), location);
    },

    async dates(
      location: LocationRef,
      options: { teamMemberId?: number; serviceIds?: number[]; from?: string },
    ): Promise<BookableDates> {
      const { data } = await get(`/book_dates/${location.id}`, {
        staff_id: options.teamMemberId || undefined,
        'service_ids[]': options.serviceIds,
        date: options.from,
      });
      const dates = parseWire(WireDates, data, 'bookable dates');
      return {
        workingDates: (dates.working_dates ?? []).filter(isIsoDate),
        bookingDates: (dates.booking_dates ?? []).filter(isIsoDate),
      };
    },

    /** The team member's next day with free times, from `after` (an ISO time) or today. */
    async nextSeances(
      location: LocationRef,
      teamMemberId: number,
      options: { serviceIds?: number[]; after?: string } = {},
    ): Promise<NextSeances> {
      const { data } = await get(`/book_staff_seances/${location.id}/${teamMemberId}`, {
        'service_ids[]': options.serviceIds,
        datetime: options.after,
      });
      const seances = parseWire(WireSeances, data, 'free times');
      const date = seances.seance_date?.slice(0, 10) ?? '';
      return { date: isIsoDate(date) ? date : null, times: toTimes(seances.seances ?? [], location) };
    },

    /**
     * Asks Altegio whether these appointments could be booked. Resolves when they could; otherwise throws
     * an AltegioError with the problem as a param (see bookingProblemOf).
     */
    async check(location: LocationRef, items: BookingCheckItem[]): Promise<void> {
      const appointments = items.map((item, index) => ({
        id: item.id ?? index + 1,
        services: item.serviceIds,
        staff_id: item.teamMemberId,
        datetime: item.datetime,
      }));
      try {
        await http.request('POST', `/book_check/${location.id}`, {
          auth: 'partner',
          idempotent: true,
          body: { appointments },
        });
      } catch (error) {
        const problem = bookingProblemOf(error);
        if (!problem || !(error instanceof AltegioError)) throw error;
        throw new AltegioError({
          code: problem === 'busy' ? 'SLOT_BUSY' : 'VALIDATION',
          kind: error.kind,
          status: error.status,
          params: { problem },
          detail: error.detail,
          altegioCodes: error.altegioCodes,
        });
      }
    },
  };
}

export type AvailabilityApi = ReturnType<typeof createAvailabilityApi>;
