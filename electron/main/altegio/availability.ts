import { z } from 'zod';
import type {
  BookableDates,
  BookableTime,
  BookingCheckItem,
  BookingProblem,
  NextSeances,
  OnlineCatalog,
  OnlineTeamMember,
} from '../../../shared/domain/booking';
import type { LocationRef } from '../../../shared/domain/common';
import { AltegioError } from './errors';
import type { Http } from './http';
import { readList, type ListReading } from './listItems';
import { isIsoDate, toIsoInZone, parseWireTime } from './time';
import { parseWire, WireFlag, WireId, WireNumber, WireText } from './wire';

const WireTime = z.object({ time: WireText, seance_length: WireNumber, datetime: z.string() });
const WireDates = z.object({
  working_dates: z.array(z.string()).nullish().catch([]),
  booking_dates: z.array(z.string()).nullish().catch([]),
});
const WireSeances = z.object({
  seance_date: z.string().nullish(),
  seances: z.array(WireTime).nullish().catch([]),
});

const WireCatalog = z.object({
  categories: z
    .array(z.object({ id: WireId, title: WireText, weight: WireNumber.catch(0) }))
    .nullish()
    .catch([]),
  services: z
    .array(
      z.object({
        id: WireId,
        title: WireText,
        category_id: WireId.nullish().catch(null),
        price_min: WireNumber.catch(0),
        price_max: WireNumber.catch(0),
        seance_length: WireNumber.nullish().catch(null),
      }),
    )
    .nullish()
    .catch([]),
});
const WireStaff = z.object({
  id: WireId,
  name: WireText,
  specialization: WireText.catch(''),
  bookable: WireFlag.catch(false),
  seance_date: z.string().nullish().catch(null),
});

const PROBLEMS: Record<number, BookingProblem> = {
  431: 'invalid-phone',
  432: 'wrong-code',
  433: 'busy',
  434: 'blacklisted',
  435: 'name-missing',
  436: 'no-team-member',
  437: 'overlap',
  438: 'service-unavailable',
};

const BOOKING_PROBLEM_NAMES: Record<string, true> = Object.fromEntries(
  [...Object.values(PROBLEMS), 'past', 'online-booking-off'].map((name) => [name, true]),
);

/** The online-booking problem behind an error, if it is one. */
export function bookingProblemOf(error: unknown): BookingProblem | null {
  if (!(error instanceof AltegioError)) return null;
  const known = error.params?.['problem'];
  if (typeof known === 'string' && known in BOOKING_PROBLEM_NAMES) return known as BookingProblem;
  const code = error.altegioCodes.find((c) => PROBLEMS[c]);
  return code === undefined ? null : (PROBLEMS[code] ?? null);
}

/**
 * A failed online-booking call with its problem named in params (see bookingProblemOf): a taken time
 * as SLOT_BUSY, the other refusals with the code they came with.
 */
export function namedBookingFailure(caught: unknown): unknown {
  const error = withBookingProblem(caught);
  const problem = bookingProblemOf(error);
  if (!problem || !(error instanceof AltegioError) || error.params?.['problem']) return error;
  return new AltegioError({
    code: problem === 'busy' ? 'SLOT_BUSY' : error.code,
    kind: error.kind,
    status: error.status,
    params: { problem },
    detail: error.detail,
    altegioCodes: error.altegioCodes,
  });
}

/**
 * The public booking routes take only the partner token, so no user right can be missing: a 403 without
 * a code (434 is a blacklisted phone) means the location has online booking switched off.
 */
export function withBookingProblem(error: unknown): unknown {
  if (!(error instanceof AltegioError) || error.status !== 403 || error.altegioCodes.includes(434))
    return error;
  return new AltegioError({
    code: 'FORBIDDEN',
    kind: error.kind,
    status: error.status,
    params: { problem: 'online-booking-off' },
    detail: error.detail,
    altegioCodes: error.altegioCodes,
  });
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
export function createAvailabilityApi(http: Http, lists: ListReading = {}) {
  const get = (path: string, query: Record<string, string | number | number[] | undefined>) =>
    http.request('GET', path, { auth: 'partner', query }).catch((error: unknown) => {
      throw withBookingProblem(error);
    });

  return {
    /** The services bookable online, with their categories; for one team member, only theirs. */
    async services(location: LocationRef, options: { teamMemberId?: number } = {}): Promise<OnlineCatalog> {
      const { data } = await get(`/book_services/${location.id}`, {
        staff_id: options.teamMemberId || undefined,
      });
      const catalog = parseWire(WireCatalog, data, 'online services');
      return {
        categories: (catalog.categories ?? []).map(({ id, title, weight }) => ({ id, title, weight })),
        services: (catalog.services ?? []).map((service) => ({
          id: service.id,
          title: service.title,
          categoryId: service.category_id || null,
          priceMin: service.price_min,
          priceMax: service.price_max,
          durationSeconds: options.teamMemberId ? (service.seance_length ?? null) : null,
        })),
      };
    },

    /**
     * The team members online booking offers for these services, each with their next date with free
     * sessions; with `at` (an ISO time), `bookable` says whether they are free then.
     */
    async teamMembers(
      location: LocationRef,
      options: { serviceIds?: number[]; at?: string } = {},
    ): Promise<OnlineTeamMember[]> {
      const { data } = await get(`/book_staff/${location.id}`, {
        'service_ids[]': options.serviceIds,
        datetime: options.at,
      });
      const members = readList(lists, 'onlineTeamMembers', data, (item) =>
        parseWire(WireStaff, item, 'an online team member'),
      );
      return members.map((member) => {
        const date = member.seance_date?.slice(0, 10) ?? '';
        return {
          id: member.id,
          name: member.name,
          specialization: member.specialization,
          nextDate: isIsoDate(date) ? date : null,
          bookable: member.bookable,
        };
      });
    },

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
      return toTimes(
        readList(lists, 'bookableTimes', data, (item) => parseWire(WireTime, item, 'a bookable time')),
        location,
      );
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
      } catch (caught) {
        throw namedBookingFailure(caught);
      }
    },
  };
}

export type AvailabilityApi = ReturnType<typeof createAvailabilityApi>;
