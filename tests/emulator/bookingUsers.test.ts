import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ONLINE_BOOKING, type RunningEmulator } from '../../electron/emulator/index';
import {
  Api,
  isoAt,
  SALON,
  salonDate,
  signedIn,
  startTestEmulator,
  STUDIO,
  type WireRecord,
} from './helpers';

type Coded = { message: string; errors: Array<{ code: number }> };
type Fields = { message: string; errors: Record<string, string[]> };
interface BookTime {
  datetime: string;
}
interface UserRecord {
  id: number;
  services: Array<{ id: number; title: string; cost: number }>;
  company: { id: number; title: string; allow_delete_record: boolean; currency_short_title: string };
  staff: { id: number; name: string };
  date: string;
  datetime: string;
  length: number;
  deleted: boolean;
  online: boolean;
  visit_attendance: number;
  prepaid: boolean;
}

const partner = { auth: 'partner' } as const;

describe('online-booking users', () => {
  let emulator: RunningEmulator;
  let desk: Api;
  let customer: Api;
  let serviceId: number;

  /** Books the next free time at the salon online for this phone, as the booking widget would. */
  async function bookOnline(phone: string) {
    let slot: BookTime | undefined;
    for (let day = 1; !slot && day <= 10; day += 1) {
      const path = `/book_times/${SALON}/0/${salonDate(day)}?service_ids[]=${serviceId}`;
      slot = (await desk.get<BookTime[]>(path, partner)).body.data[0];
    }
    if (!slot) throw new Error('no free time in the next ten days');
    const reply = await desk.post<Array<{ record_id: number; record_hash: string }>>(
      `/book_record/${SALON}`,
      {
        phone,
        fullname: 'Online Guest',
        appointments: [{ id: 1, services: [serviceId], staff_id: 0, datetime: slot.datetime }],
      },
      partner,
    );
    expect(reply.status).toBe(201);
    const [item] = reply.body.data;
    if (!item) throw new Error('nothing booked');
    return { id: item.record_id, hash: item.record_hash };
  }

  const asCustomer = (token: string) => ({ auth: { header: `Bearer ${desk.partnerToken}, User ${token}` } });

  beforeAll(async () => {
    emulator = await startTestEmulator();
    desk = await signedIn(emulator);
    customer = new Api(emulator.url);
    const services = await desk.get<{ services: Array<{ id: number }> }>(`/book_services/${SALON}`, partner);
    serviceId = services.body.data.services[0]?.id ?? 0;
  });
  afterAll(() => emulator.close());

  describe('signing in', () => {
    it('POST /booking/auth signs the demo account in by e-mail or phone (201) and refuses a wrong password (401)', async () => {
      const byEmail = await customer.post<Record<string, unknown>>(
        '/booking/auth',
        { login: DEMO_ONLINE_BOOKING.login, password: DEMO_ONLINE_BOOKING.password },
        partner,
      );
      expect(byEmail.status).toBe(201);
      expect(byEmail.body.meta).toEqual([]);
      expect(byEmail.body.data).toMatchObject({
        name: DEMO_ONLINE_BOOKING.name,
        phone: DEMO_ONLINE_BOOKING.phone,
        login: DEMO_ONLINE_BOOKING.login,
        email: DEMO_ONLINE_BOOKING.login,
        avatar: '',
      });
      expect(Object.keys(byEmail.body.data).sort()).toEqual(
        ['avatar', 'email', 'id', 'login', 'name', 'phone', 'user_token'].sort(),
      );
      const byPhone = await customer.post<{ user_token: string }>(
        '/booking/auth',
        { login: DEMO_ONLINE_BOOKING.phone, password: DEMO_ONLINE_BOOKING.password },
        partner,
      );
      expect(byPhone.body.data.user_token).toBe(byEmail.body.data.user_token);

      const wrong = await customer.post<null, { message: string }>(
        '/booking/auth',
        { login: DEMO_ONLINE_BOOKING.login, password: 'nope' },
        partner,
      );
      expect(wrong.status).toBe(401);
      expect(wrong.body).toEqual({
        success: false,
        data: null,
        meta: { message: 'Incorrect login or password' },
      });
      const missing = await customer.post<null, Fields>('/booking/auth', {}, partner);
      expect(missing.status).toBe(400);
      expect(Object.keys(missing.body.meta.errors).sort()).toEqual(['login', 'password']);
      expect((await customer.post('/booking/auth', {}, { auth: 'none' })).status).toBe(401);
    });

    it('POST /user/auth takes login and password, or a phone and the SMS code from book_code (201 {user_token})', async () => {
      const byPassword = await customer.post<{ user_token: string }>(
        '/user/auth',
        { login: DEMO_ONLINE_BOOKING.login, password: DEMO_ONLINE_BOOKING.password },
        partner,
      );
      expect(byPassword.status).toBe(201);
      expect(Object.keys(byPassword.body.data)).toEqual(['user_token']);
      expect(
        (await customer.post('/user/auth', { login: DEMO_ONLINE_BOOKING.login, password: 'x' }, partner))
          .status,
      ).toBe(401);

      expect(
        (
          await customer.post(
            `/book_code/${SALON}`,
            { phone: DEMO_ONLINE_BOOKING.phone, fullname: 'Demo' },
            partner,
          )
        ).status,
      ).toBe(201);
      const byCode = await customer.post<{ user_token: string }>(
        '/user/auth',
        { phone: DEMO_ONLINE_BOOKING.phone, code: DEMO_ONLINE_BOOKING.smsCode },
        partner,
      );
      expect(byCode.status).toBe(201);
      expect(byCode.body.data.user_token).toBe(byPassword.body.data.user_token);

      const wrongCode = await customer.post<null, Coded>(
        '/user/auth',
        { phone: DEMO_ONLINE_BOOKING.phone, code: '000000' },
        partner,
      );
      expect(wrongCode.status).toBe(422);
      expect(wrongCode.body.meta.errors[0]?.code).toBe(432);
      const badPhone = await customer.post<null, Coded>(
        '/user/auth',
        { phone: '12', code: '123456' },
        partner,
      );
      expect(badPhone.status).toBe(422);
      expect(badPhone.body.meta.errors[0]?.code).toBe(431);
    });

    it('gives a new phone its own account on its first code sign-in, and the same token after', async () => {
      const phone = '+15555550777';
      const first = await customer.post<{ user_token: string }>(
        '/user/auth',
        { phone, code: '123456' },
        partner,
      );
      const again = await customer.post<{ user_token: string }>(
        '/user/auth',
        { phone, code: '123456' },
        partner,
      );
      expect(first.status).toBe(201);
      expect(again.body.data.user_token).toBe(first.body.data.user_token);
      const demo = await customer.post<{ user_token: string }>(
        '/user/auth',
        { login: DEMO_ONLINE_BOOKING.login, password: DEMO_ONLINE_BOOKING.password },
        partner,
      );
      expect(first.body.data.user_token).not.toBe(demo.body.data.user_token);
    });

    it('never lets a booking token onto a business route, nor a business token onto a booking-user route', async () => {
      const token = (
        await customer.post<{ user_token: string }>(
          '/booking/auth',
          { login: DEMO_ONLINE_BOOKING.login, password: DEMO_ONLINE_BOOKING.password },
          partner,
        )
      ).body.data.user_token;
      for (const path of [`/records/${SALON}`, `/clients/${SALON}`, '/companies?my=1', `/staff/${SALON}`]) {
        const reply = await customer.get<null, { message: string }>(path, asCustomer(token));
        expect(reply.status, path).toBe(401);
        expect(reply.body.meta.message).toBe('Authentication needed.');
      }
      const businessToken = desk.userToken;
      expect(
        (
          await customer.get(
            `/booking/user/phone_confirmation?company_id=${SALON}&phone=15555550124`,
            asCustomer(businessToken),
          )
        ).status,
      ).toBe(401);
      expect(
        (
          await customer.get(
            `/booking/user/phone_confirmation?company_id=${SALON}&phone=15555550124`,
            asCustomer('forged'),
          )
        ).status,
      ).toBe(401);
    });
  });

  describe('phone confirmation', () => {
    let token: string;
    beforeAll(async () => {
      token = (
        await customer.post<{ user_token: string }>(
          '/booking/auth',
          { login: DEMO_ONLINE_BOOKING.login, password: DEMO_ONLINE_BOOKING.password },
          partner,
        )
      ).body.data.user_token;
    });

    it('accepts a new phone for a location or a chain (202 Accepted)', async () => {
      for (const place of [`company_id=${SALON}`, 'group_id=7']) {
        const reply = await customer.get(
          `/booking/user/phone_confirmation?${place}&phone=%2B15555550124`,
          asCustomer(token),
        );
        expect(reply.status, place).toBe(202);
        expect(reply.body).toEqual({ success: true, data: null, meta: { message: 'Accepted' } });
      }
    });

    it('needs the user token (401), exactly one of company_id and group_id (422), a valid phone (431)', async () => {
      const path = `/booking/user/phone_confirmation?company_id=${SALON}&phone=15555550124`;
      expect((await customer.get(path, partner)).status).toBe(401);
      for (const place of ['', `company_id=${SALON}&group_id=7&`]) {
        const reply = await customer.get<null, Fields>(
          `/booking/user/phone_confirmation?${place}phone=15555550124`,
          asCustomer(token),
        );
        expect(reply.status, place).toBe(422);
        expect(Object.keys(reply.body.meta.errors)).toEqual(['company_id']);
      }
      const badPhone = await customer.get<null, Coded>(
        `/booking/user/phone_confirmation?company_id=${SALON}&phone=12`,
        asCustomer(token),
      );
      expect(badPhone.status).toBe(422);
      expect(badPhone.body.meta.errors[0]?.code).toBe(431);
      expect(
        (
          await customer.get(
            `/booking/user/phone_confirmation?company_id=999&phone=15555550124`,
            asCustomer(token),
          )
        ).status,
      ).toBe(404);
      emulator.setOnlineBooking(STUDIO, false);
      try {
        expect(
          (
            await customer.get(
              `/booking/user/phone_confirmation?company_id=${STUDIO}&phone=15555550124`,
              asCustomer(token),
            )
          ).status,
        ).toBe(403);
      } finally {
        emulator.setOnlineBooking(STUDIO, true);
      }
    });
  });

  describe('user records', () => {
    let token: string;
    beforeAll(async () => {
      token = (
        await customer.post<{ user_token: string }>(
          '/user/auth',
          { phone: DEMO_ONLINE_BOOKING.phone, code: DEMO_ONLINE_BOOKING.smsCode },
          partner,
        )
      ).body.data.user_token;
    });

    it('reads a record by its hash alone, in the documented shape; a wrong hash is a 404', async () => {
      const booked = await bookOnline('+15555550999');
      const reply = await customer.get<UserRecord>(`/user/records/${booked.id}/${booked.hash}`, partner);
      expect(reply.status).toBe(200);
      expect(reply.body.meta).toEqual([]);
      const record = reply.body.data;
      expect(record).toMatchObject({
        id: booked.id,
        deleted: false,
        online: true,
        visit_attendance: 0,
        prepaid: false,
      });
      expect(record.services.map((s) => s.id)).toEqual([serviceId]);
      expect(record.company).toMatchObject({
        id: SALON,
        allow_delete_record: true,
        currency_short_title: 'USD',
      });
      expect(record.date > salonDate(0)).toBe(true);
      expect(record.length).toBeGreaterThan(0);
      for (const key of [
        'clients_count',
        'create_date',
        'notify_by_sms',
        'master_requested',
        'api_id',
        'activity_id',
      ])
        expect(record).toHaveProperty(key);
      expect((await customer.get(`/user/records/${booked.id}/wrong-hash`, partner)).status).toBe(404);
      expect((await customer.get(`/user/records/${booked.id}/wrong-hash`, asCustomer(token))).status).toBe(
        404,
      );
      expect((await customer.get(`/user/records/99999999/${booked.hash}`, partner)).status).toBe(404);
    });

    it("opens the user's own records by id with their token, and only theirs", async () => {
      const own = await bookOnline(DEMO_ONLINE_BOOKING.phone);
      const reply = await customer.get<UserRecord>(`/user/records/${own.id}/-`, asCustomer(token));
      expect(reply.status).toBe(200);
      expect(reply.body.data.id).toBe(own.id);
      const someoneElses = await bookOnline('+15555550998');
      expect((await customer.get(`/user/records/${someoneElses.id}/-`, asCustomer(token))).status).toBe(404);
      // An appointment made at the desk for the same phone is the user's too.
      const offline = await deskRecord(salonDate(2));
      expect((await customer.get(`/user/records/${offline}/-`, asCustomer(token))).status).toBe(200);
    });

    it('cancels with the hash or the token (204): Altegio shows it deleted and as a change', async () => {
      const byHash = await bookOnline('+15555550997');
      const before = `${salonDate(0)}T00:00:00`;
      const deleted = await customer.delete(`/user/records/${byHash.id}/${byHash.hash}`, partner);
      expect(deleted.status).toBe(204);
      expect(deleted.text).toBe('');
      const afterwards = await customer.get<UserRecord>(`/user/records/${byHash.id}/${byHash.hash}`, partner);
      expect(afterwards.body.data.deleted).toBe(true);
      expect((await desk.get(`/record/${SALON}/${byHash.id}`)).status).toBe(404);
      const changes = await desk.get<WireRecord[]>(
        `/records/${SALON}?changed_after=${before}&with_deleted=1&count=1000`,
      );
      expect(changes.body.data.find((r) => r.id === byHash.id)?.deleted).toBe(true);

      const own = await bookOnline(DEMO_ONLINE_BOOKING.phone);
      expect((await customer.delete(`/user/records/${own.id}/-`, asCustomer(token))).status).toBe(204);
      expect((await customer.delete(`/user/records/${own.id}/-`, partner)).status).toBe(404);
    });

    it('refuses to cancel twice or to cancel a past visit (422), and a wrong hash (404)', async () => {
      const booked = await bookOnline('+15555550996');
      expect((await customer.delete(`/user/records/${booked.id}/nope`, partner)).status).toBe(404);
      await customer.delete(`/user/records/${booked.id}/${booked.hash}`, partner);
      const twice = await customer.delete<null, { message: string }>(
        `/user/records/${booked.id}/${booked.hash}`,
        partner,
      );
      expect(twice.status).toBe(422);
      expect(twice.body.meta.message).toBe('This appointment has already been cancelled');

      const past = await deskRecord(salonDate(-2));
      expect((await customer.get(`/user/records/${past}/-`, asCustomer(token))).status).toBe(200);
      const refused = await customer.delete<null, { message: string }>(
        `/user/records/${past}/-`,
        asCustomer(token),
      );
      expect(refused.status).toBe(422);
      expect(refused.body.meta.message).toBe('An appointment that has started or passed cannot be cancelled');
    });

    it('answers 403 while the location has online booking switched off', async () => {
      const booked = await bookOnline('+15555550995');
      emulator.setOnlineBooking(SALON, false);
      try {
        expect((await customer.get(`/user/records/${booked.id}/${booked.hash}`, partner)).status).toBe(403);
        expect((await customer.delete(`/user/records/${booked.id}/${booked.hash}`, partner)).status).toBe(
          403,
        );
      } finally {
        emulator.setOnlineBooking(SALON, true);
      }
    });
  });

  describe('review form', () => {
    it('GET /master_record_review/demo-review is the form of a finished visit at the salon', async () => {
      const reply = await customer.get<{
        is_review_submitted: boolean;
        page_title: string;
        master: { id: number; name: string; rating: number };
        company: { id: number; title: string; address: string };
        tips: unknown[];
        record: { id: number; date: string; services: Array<{ title: string }>; visit_attendance: number };
        currency: { iso: string; symbol: string };
        agreement_links: Record<string, string>;
        language: { iso: string };
        favicon_url: string;
      }>(`/master_record_review/${DEMO_ONLINE_BOOKING.reviewToken}`, partner);
      expect(reply.status).toBe(200);
      const form = reply.body.data;
      expect(form.is_review_submitted).toBe(false);
      expect(form.company.id).toBe(SALON);
      expect(form.currency).toMatchObject({ iso: 'USD', symbol: '$' });
      expect(form.record.visit_attendance).toBe(1);
      expect(form.record.services.length).toBeGreaterThan(0);
      expect(form.record.date < `${salonDate(0)} 10:00:00`).toBe(true);
      expect(form.tips).toEqual([]);
      expect(Object.keys(form).sort()).toEqual([
        'agreement_links',
        'company',
        'currency',
        'favicon_url',
        'is_review_submitted',
        'language',
        'master',
        'page_title',
        'record',
        'tips',
      ]);
      const record = await desk.get<WireRecord & { staff: { name: string; rating: number } }>(
        `/record/${SALON}/${form.record.id}`,
      );
      expect(record.body.data.attendance).toBe(1);
      expect(form.master).toMatchObject({ id: record.body.data.staff_id, name: record.body.data.staff.name });
      expect(form.master.rating).toBeGreaterThan(0);
    });

    it('answers an unknown token with 404, and needs the partner token', async () => {
      const unknown = await customer.get<null, { message: string }>(
        '/master_record_review/no-such-token',
        partner,
      );
      expect(unknown.status).toBe(404);
      expect(unknown.body.success).toBe(false);
      expect(
        (await customer.get(`/master_record_review/${DEMO_ONLINE_BOOKING.reviewToken}`, { auth: 'none' }))
          .status,
      ).toBe(401);
    });
  });

  /** An appointment made at the desk for the demo account's phone, at 11:00 on that date. */
  async function deskRecord(date: string): Promise<number> {
    const member = (await desk.get<Array<{ id: number }>>(`/book_staff/${SALON}`, partner)).body.data[0];
    const reply = await desk.post<WireRecord>(`/records/${SALON}`, {
      staff_id: member?.id,
      services: [],
      client: { phone: DEMO_ONLINE_BOOKING.phone, name: 'Demo Client' },
      datetime: isoAt(date, '11:00'),
      seance_length: 1800,
      save_if_busy: true,
    });
    expect(reply.status).toBe(201);
    return reply.body.data.id;
  }
});
