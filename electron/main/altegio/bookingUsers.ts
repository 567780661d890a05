import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type {
  BookingUser,
  OnlineBooked,
  OnlineBookingRequest,
  ReviewForm,
  UserRecord,
} from '../../../shared/domain/bookingUser';
import { namedBookingFailure } from './availability';
import { AltegioError, malformedError } from './errors';
import type { Http, RequestOptions } from './http';
import { noReread, NOT_DONE, reconciled, settle } from './reconcile';
import { appointmentStart, toIsoInZone } from './time';
import { parseWire, WireFlag, WireId, WireNumber, WireText } from './wire';

const WireBooked = z.array(z.object({ id: WireId, record_id: WireId, record_hash: z.string().min(1) }));
const WireToken = z.object({ user_token: z.string().min(1) });
const WireBookingUser = WireToken.extend({
  id: WireId,
  name: WireText,
  phone: WireText,
  login: WireText,
  email: WireText,
});
const WireService = z.object({ id: WireId, title: WireText, cost: WireNumber, amount: WireNumber.catch(1) });
const WireMember = z.object({ id: WireId, name: WireText, specialization: WireText.catch('') });
const WireUserRecord = z.object({
  id: WireId,
  services: z.array(WireService).nullish().catch([]),
  company: z.object({
    id: WireId,
    title: WireText,
    address: WireText.catch(''),
    currency_short_title: WireText.catch(''),
    allow_delete_record: WireFlag.catch(false),
  }),
  staff: WireMember,
  date: z.string(),
  datetime: z.string(),
  length: WireNumber,
  deleted: WireFlag,
  online: WireFlag,
  visit_attendance: WireNumber,
  prepaid: WireFlag,
});
const WireReviewForm = z.object({
  is_review_submitted: WireFlag,
  page_title: WireText,
  master: WireMember.extend({ avatar: WireText.catch(''), rating: WireNumber }),
  company: z.object({ id: WireId, title: WireText, address: WireText.catch('') }),
  record: z.object({ id: WireId, date: z.string(), services: z.array(WireService).nullish().catch([]) }),
  currency: z.object({ iso: WireText }).catch({ iso: '' }),
});

/**
 * A failed call made with a customer's token: a 401 there is about the customer's token, never the desk's
 * session, so it must not sign the desk out (AUTH_REQUIRED would).
 */
function customerTokenFailure(error: unknown): unknown {
  if (!(error instanceof AltegioError) || error.status !== 401) return error;
  return new AltegioError({
    code: 'FORBIDDEN',
    kind: error.kind,
    status: error.status,
    params: { reason: 'bookingUserToken' },
    detail: error.detail,
  });
}

const local = (date: string) => date.trim().replace(' ', 'T').slice(0, 19);

/**
 * Altegio's public API as an online-booking customer uses it: the SMS code, the booking itself, the
 * customer's sign-ins and their appointments, and the post-visit review form. Every call carries the
 * partner token; the customer's token, when one is needed, is passed per call and never kept here.
 */
export function createBookingUsersApi(http: Http) {
  const call = (method: 'GET' | 'POST' | 'DELETE', path: string, options: RequestOptions) =>
    http.request(method, path, { auth: 'partner', ...options }).catch((caught: unknown) => {
      throw namedBookingFailure(options.bookingUserToken ? customerTokenFailure(caught) : caught);
    });
  /** `/user/records/{id}/{hash}`: with the customer's token the id is enough, so the hash may be left out. */
  const recordPath = (recordId: number, hash: string | undefined) => ({
    path: `/user/records/${recordId}/${encodeURIComponent(hash || '-')}`,
    logPath: `/user/records/${recordId}/…`,
  });

  return {
    /** Sends the SMS code a booking (where phone confirmation is on) or a sign-in by phone needs. */
    async sendCode(locationId: number, phone: string, fullname: string): Promise<void> {
      await call('POST', `/book_code/${locationId}`, { body: { phone, fullname } });
    },

    /**
     * Books online, as a customer on the booking form would. Never retried blindly: it creates, and the
     * customer's side of the API cannot look a lost booking up, so its outcome is then unknown.
     */
    async book(locationId: number, request: OnlineBookingRequest): Promise<OnlineBooked[]> {
      const post = () =>
        call('POST', `/book_record/${locationId}`, {
          body: {
            phone: request.phone,
            fullname: request.fullname,
            email: request.email ?? '',
            code: request.code,
            comment: request.comment ?? '',
            // Every create carries its own id, so a booking whose reply was lost can be found again.
            api_id: request.apiId ?? randomUUID(),
            notify_by_sms: request.notifyBySms ?? 0,
            notify_by_email: request.notifyByEmail ?? 0,
            appointments: request.appointments.map((item, index) => ({
              id: item.id ?? index + 1,
              services: item.serviceIds,
              staff_id: item.teamMemberId,
              datetime: item.datetime,
              custom_fields: item.customFields ?? {},
            })),
          },
        });
      const { data } = await reconciled(post, noReread);
      return parseWire(WireBooked, data, 'an online booking').map((item) => ({
        requestId: item.id,
        recordId: item.record_id,
        recordHash: item.record_hash,
      }));
    },

    /** `POST /user/auth` with a phone and the SMS code from sendCode: the customer's token. */
    async signInByCode(phone: string, code: string): Promise<{ userToken: string }> {
      const { data } = await call('POST', '/user/auth', { body: { phone, code } });
      return { userToken: parseWire(WireToken, data, 'a booking sign-in').user_token };
    },

    /** `POST /booking/auth` with an online-booking account's login (phone or e-mail) and password. */
    async signInByPassword(
      login: string,
      password: string,
    ): Promise<{ userToken: string; user: BookingUser }> {
      const { data } = await call('POST', '/booking/auth', { body: { login, password } });
      const { user_token, ...user } = parseWire(WireBookingUser, data, 'a booking sign-in');
      return { userToken: user_token, user };
    },

    /** Asks Altegio to text a code to the customer's new phone, for a location or a chain. */
    async requestPhoneChange(
      userToken: string,
      place: { locationId: number } | { groupId: number },
      phone: string,
    ): Promise<void> {
      await call('GET', '/booking/user/phone_confirmation', {
        bookingUserToken: userToken,
        query: {
          ...('locationId' in place ? { company_id: place.locationId } : { group_id: place.groupId }),
          phone,
        },
      });
    },

    /**
     * One of the customer's appointments: by its hash, or by id with the customer's token. `zone` is the
     * location's IANA zone: the start is read from the local `date` in it, since the `datetime` offset can
     * stay at standard time through summer.
     */
    async record(
      recordId: number,
      hash: string | undefined,
      options: { userToken?: string; zone: string },
    ): Promise<UserRecord> {
      const { path, logPath } = recordPath(recordId, hash);
      const { data } = await call('GET', path, { logPath, bookingUserToken: options.userToken });
      const wire = parseWire(WireUserRecord, data, 'a booked appointment');
      const { zone } = options;
      const start = appointmentStart(wire.date, wire.datetime, zone);
      if (!start) throw malformedError(undefined, 'a booked appointment');
      return {
        id: wire.id,
        location: {
          id: wire.company.id,
          title: wire.company.title,
          address: wire.company.address,
          currency: wire.company.currency_short_title,
        },
        teamMember: wire.staff,
        services: wire.services ?? [],
        localStart: local(wire.date),
        start: toIsoInZone(start, zone),
        durationSeconds: wire.length,
        deleted: wire.deleted,
        online: wire.online,
        attendance: wire.visit_attendance,
        prepaid: wire.prepaid,
        cancellable: wire.company.allow_delete_record,
      };
    },

    /**
     * Cancels one of the customer's appointments (by hash, or by id with their token). A refusal is
     * checked against a fresh read before it is believed: a retried DELETE whose first try went through
     * is refused as "already cancelled", and that is the outcome asked for.
     */
    async cancelRecord(
      recordId: number,
      hash: string | undefined,
      options: { userToken?: string; zone: string },
    ): Promise<'cancelled' | 'alreadyCancelled'> {
      const { path, logPath } = recordPath(recordId, hash);
      try {
        await call('DELETE', path, { logPath, bookingUserToken: options.userToken });
        return 'cancelled';
      } catch (error) {
        const read = () => this.record(recordId, hash, options);
        if (error instanceof AltegioError && error.status === 422) {
          const now = await read().catch(() => null);
          if (now?.deleted) return 'alreadyCancelled';
          throw error;
        }
        // A lost reply: cancelled when a fresh read shows it so.
        return settle(error, async () => ((await read()).deleted ? ('cancelled' as const) : NOT_DONE));
      }
    },

    /** The post-visit review form of the visit whose review token this is. */
    async reviewForm(token: string): Promise<ReviewForm> {
      const { data } = await call('GET', `/master_record_review/${encodeURIComponent(token)}`, {
        logPath: '/master_record_review/…',
      });
      const wire = parseWire(WireReviewForm, data, 'a review form');
      return {
        submitted: wire.is_review_submitted,
        pageTitle: wire.page_title,
        teamMember: wire.master,
        location: wire.company,
        visit: {
          id: wire.record.id,
          localStart: local(wire.record.date),
          services: wire.record.services ?? [],
        },
        currency: wire.currency.iso,
      };
    },
  };
}

export type BookingUsersApi = ReturnType<typeof createBookingUsersApi>;
