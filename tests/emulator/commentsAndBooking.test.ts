import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../electron/emulator/index';
import {
  type Api,
  SALON,
  salonDate,
  signedIn,
  startTestEmulator,
  STUDIO,
  type WireRecord,
  type WireService,
} from './helpers';

interface WireComment {
  id: number;
  type: number;
  master_id: number;
  rating: number;
  text: string;
  date: string;
}
interface BookTime {
  time: string;
  seance_length: number;
  datetime: string;
}
type Coded = { message: string; errors: Array<{ code: number; id?: number }> };

describe('comments', () => {
  let emulator: RunningEmulator;
  let api: Api;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    api = await signedIn(emulator);
  });
  afterAll(() => emulator.close());

  it('lists 60 seeded comments with ratings and filters them', async () => {
    const all = await api.get<WireComment[]>(`/comments/${SALON}?count=500`);
    expect(all.body.meta).toEqual([]);
    expect(all.body.data).toHaveLength(60);
    expect(all.body.data.every((c) => c.rating >= 1 && c.rating <= 5)).toBe(true);
    const fives = await api.get<WireComment[]>(`/comments/${SALON}?rating=5&count=500`);
    expect(fives.body.data.length).toBe(all.body.data.filter((c) => c.rating === 5).length);
    const member = all.body.data.find((c) => c.type === 1)?.master_id ?? 0;
    const byMember = await api.get<WireComment[]>(`/comments/${SALON}?staff_id=${member}&count=500`);
    expect(byMember.body.data.length).toBeGreaterThan(0);
    expect(byMember.body.data.every((c) => c.master_id === member)).toBe(true);
    const recent = await api.get<WireComment[]>(
      `/comments/${SALON}?start_date=${salonDate(-7)}&end_date=${salonDate(0)}&count=500`,
    );
    expect(recent.body.data.length).toBeLessThan(60);
    expect((await api.get<WireComment[]>(`/comments/${SALON}?count=10&page=2`)).body.data).toHaveLength(10);
  });

  it('leaves a comment (201), about a member or the location; mark, text and name are required', async () => {
    const staff = (await api.get<Array<{ id: number }>>(`/staff/${SALON}`)).body.data[0]?.id ?? 0;
    const created = await api.post<WireComment>(`/comments/${SALON}/${staff}`, {
      mark: '4',
      text: 'Lovely',
      name: 'Ann',
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ type: 1, master_id: staff, rating: 4, text: 'Lovely' });
    const aboutLocation = await api.post<WireComment>(`/comments/${SALON}/0`, {
      mark: 5,
      text: 'Great place',
      name: 'Bo',
    });
    expect(aboutLocation.body.data).toMatchObject({ type: 0, master_id: 0 });
    const invalid = await api.post<null, { errors: Record<string, string[]> }>(
      `/comments/${SALON}/${staff}`,
      { mark: 9 },
    );
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.body.meta.errors).sort()).toEqual(['mark', 'name', 'text']);
  });
});

describe('online booking', () => {
  let emulator: RunningEmulator;
  let api: Api;
  let service: WireService;
  let staffId: number;
  const date = salonDate(2);

  beforeAll(async () => {
    emulator = await startTestEmulator();
    api = await signedIn(emulator);
    const services = (await api.get<WireService[]>(`/company/${SALON}/services/`)).body.data;
    const found = services.find((s) => s.title === 'Classic manicure');
    if (!found) throw new Error('no manicure');
    service = found;
    staffId = found.staff[0]?.id ?? 0;
  });
  afterAll(() => emulator.close());

  const times = async (member: number) =>
    (
      await api.get<BookTime[]>(`/book_times/${SALON}/${member}/${date}?service_ids[]=${service.id}`, {
        auth: 'partner',
      })
    ).body.data;

  it('needs only the partner token and lists bookable services, staff and dates', async () => {
    const services = await api.get<{ services: Array<{ id: number }>; categories: unknown[] }>(
      `/book_services/${SALON}`,
      { auth: 'partner' },
    );
    expect(services.status).toBe(200);
    expect(services.body.data.services.map((s) => s.id)).toContain(service.id);
    const staff = await api.get<Array<{ id: number; seance_date: string | null }>>(
      `/book_staff/${SALON}?service_ids[]=${service.id}`,
      { auth: 'partner' },
    );
    expect(staff.body.data.map((m) => m.id)).toContain(staffId);
    const dates = await api.get<{ booking_dates: string[]; working_days: Record<string, string[]> }>(
      `/book_dates/${SALON}?service_ids[]=${service.id}&staff_id=${staffId}`,
      { auth: 'partner' },
    );
    expect(dates.body.data.booking_dates.length).toBeGreaterThan(0);
    expect(
      Object.values(dates.body.data.working_days)
        .flat()
        .every((d) => typeof d === 'string'),
    ).toBe(true);
    expect((await api.get(`/book_services/${SALON}`, { auth: 'none' })).status).toBe(401);
  });

  it('offers only free times that do not overlap appointments, with the member seance length', async () => {
    const free = await times(staffId);
    expect(free.length).toBeGreaterThan(0);
    const length = service.staff.find((l) => l.id === staffId)?.seance_length ?? 0;
    expect(free.every((t) => t.seance_length === length)).toBe(true);
    const records = (
      await api.get<WireRecord[]>(
        `/records/${SALON}?start_date=${date}&end_date=${date}&staff_id=${staffId}&count=200`,
      )
    ).body.data;
    for (const slot of free) {
      const start = DateTime.fromISO(slot.datetime).toMillis();
      const end = start + slot.seance_length * 1000;
      for (const r of records) {
        const rs = DateTime.fromISO(r.datetime).toMillis();
        expect(end <= rs || rs + r.seance_length * 1000 <= start).toBe(true);
      }
    }
    const seances = await api.get<{ seance_date: string; seances: BookTime[] }>(
      `/book_staff_seances/${SALON}/${staffId}?service_ids[]=${service.id}&datetime=${free[0]?.datetime}`,
      { auth: 'partner' },
    );
    expect(seances.body.data.seance_date).toBe(date);
  });

  it('book_check accepts a free time (201) and reports 433 busy, 437 overlap and 438 inactive', async () => {
    const [slot] = await times(staffId);
    if (!slot) throw new Error('no time');
    const appointment = { id: 1, services: [service.id], staff_id: staffId, datetime: slot.datetime };
    const ok = await api.post(`/book_check/${SALON}`, { appointments: [appointment] }, { auth: 'partner' });
    expect(ok.status).toBe(201);
    expect(ok.body).toEqual({ success: true, data: null, meta: { message: 'Created' } });
    const overlap = await api.post<null, Coded>(
      `/book_check/${SALON}`,
      { appointments: [appointment, { ...appointment, id: 2 }] },
      { auth: 'partner' },
    );
    expect(overlap.status).toBe(422);
    expect(overlap.body.meta.errors[0]?.code).toBe(437);
    const inactive = await api.post<null, Coded>(
      `/book_check/${SALON}`,
      { appointments: [{ ...appointment, services: [1] }] },
      { auth: 'partner' },
    );
    expect(inactive.body.meta.errors[0]?.code).toBe(438);
    const records = (
      await api.get<WireRecord[]>(
        `/records/${SALON}?start_date=${date}&end_date=${date}&staff_id=${staffId}&count=200`,
      )
    ).body.data;
    const taken = records[0];
    if (!taken) throw new Error('member has no appointments');
    const busy = await api.post<null, Coded>(
      `/book_check/${SALON}`,
      { appointments: [{ ...appointment, datetime: taken.datetime }] },
      { auth: 'partner' },
    );
    expect(busy.status).toBe(422);
    expect(busy.body.meta.errors[0]).toMatchObject({ code: 433, id: taken.id });
  });

  it('book_check refuses a time already past with 433, even one that was free', async () => {
    const yesterday = salonDate(-1);
    const free = (
      await api.get<BookTime[]>(`/book_times/${SALON}/${staffId}/${yesterday}?service_ids[]=${service.id}`, {
        auth: 'partner',
      })
    ).body.data;
    expect(free).toEqual([]);
    const past = await api.post<null, Coded>(
      `/book_check/${SALON}`,
      {
        appointments: [
          { id: 1, services: [service.id], staff_id: staffId, datetime: `${yesterday}T11:00:00-05:00` },
        ],
      },
      { auth: 'partner' },
    );
    expect(past.status).toBe(422);
    expect(past.body.meta.errors[0]?.code).toBe(433);
  });

  it('answers 403 on every public booking route of a location whose online booking is off', async () => {
    emulator.setOnlineBooking(SALON, false);
    try {
      for (const path of [
        `/book_services/${SALON}`,
        `/book_staff/${SALON}?service_ids[]=${service.id}`,
        `/book_dates/${SALON}`,
        `/book_times/${SALON}/${staffId}/${date}`,
        `/book_staff_seances/${SALON}/${staffId}`,
      ]) {
        const reply = await api.get<null, { message: string }>(path, { auth: 'partner' });
        expect(reply.status, path).toBe(403);
        expect(reply.body.meta.message).toBe('Online booking is disabled for this location');
      }
      const check = await api.post(`/book_check/${SALON}`, { appointments: [] }, { auth: 'partner' });
      expect(check.status).toBe(403);
      expect((await api.get(`/book_services/${STUDIO}`, { auth: 'partner' })).status).toBe(200);
    } finally {
      emulator.setOnlineBooking(SALON, true);
    }
    expect((await api.get(`/book_services/${SALON}`, { auth: 'partner' })).status).toBe(200);
  });

  it('book_record creates real online appointments that then block the time', async () => {
    const [slot] = await times(0);
    if (!slot) throw new Error('no time');
    const body = {
      phone: '+1 212 555 0400',
      fullname: 'Online Person',
      email: 'online@example.com',
      api_id: 'widget-1',
      appointments: [{ id: 7, services: [service.id], staff_id: 0, datetime: slot.datetime }],
    };
    expect(
      (await api.post<null, Coded>(`/book_record/${SALON}`, { ...body, phone: '123' }, { auth: 'partner' }))
        .body.meta.errors[0]?.code,
    ).toBe(431);
    expect(
      (await api.post<null, Coded>(`/book_record/${SALON}`, { ...body, fullname: '' }, { auth: 'partner' }))
        .body.meta.errors[0]?.code,
    ).toBe(435);
    const blacklisted = await api.post<null, Coded>(
      `/book_record/${SALON}`,
      { ...body, phone: '+12125550199' },
      { auth: 'partner' },
    );
    expect(blacklisted.status).toBe(403);
    expect(blacklisted.body.meta.errors[0]?.code).toBe(434);
    const created = await api.post<Array<{ id: number; record_id: number; record_hash: string }>>(
      `/book_record/${SALON}`,
      body,
      { auth: 'partner' },
    );
    expect(created.status).toBe(201);
    const [item] = created.body.data;
    expect(item).toMatchObject({
      id: 7,
      record_id: expect.any(Number),
      record_hash: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    const record = await api.get<WireRecord>(`/record/${SALON}/${item?.record_id}`);
    expect(record.body.data).toMatchObject({
      online: true,
      api_id: 'widget-1',
      client: { phone: '+12125550400' },
    });
    const again = await api.post<null, Coded>(
      `/book_check/${SALON}`,
      {
        appointments: [
          { id: 1, services: [service.id], staff_id: record.body.data.staff_id, datetime: slot.datetime },
        ],
      },
      { auth: 'partner' },
    );
    expect(again.body.meta.errors[0]).toMatchObject({ code: 433, id: item?.record_id });
    expect(
      (await api.get(`/book_record/${SALON}/${item?.record_id}/${item?.record_hash}`, { auth: 'partner' }))
        .status,
    ).toBe(200);
    expect(
      (await api.get(`/book_record/${SALON}/${item?.record_id}/wrong`, { auth: 'partner' })).status,
    ).toBe(404);
    expect((await api.delete(`/book_record/${SALON}/${item?.record_id}`, { auth: 'partner' })).status).toBe(
      405,
    );
  });

  it('asks for the SMS code where phone confirmation is on (432)', async () => {
    const services = (await api.get<WireService[]>(`/company/${STUDIO}/services/`)).body.data.filter(
      (s) => s.capacity === 1,
    );
    const studioService = services[0];
    if (!studioService) throw new Error('no studio services');
    const studioDate = salonDate(2);
    const studioTimes = (
      await api.get<BookTime[]>(`/book_times/${STUDIO}/0/${studioDate}?service_ids[]=${studioService.id}`, {
        auth: 'partner',
      })
    ).body.data;
    const body = {
      phone: '+77015550000',
      fullname: 'Aruzhan',
      appointments: [
        { id: 1, services: [studioService.id], staff_id: 0, datetime: studioTimes[0]?.datetime },
      ],
    };
    const wrong = await api.post<null, Coded>(
      `/book_record/${STUDIO}`,
      { ...body, code: '000000' },
      { auth: 'partner' },
    );
    expect(wrong.body.meta.errors[0]?.code).toBe(432);
    expect(
      (await api.post(`/book_record/${STUDIO}`, { ...body, code: '123456' }, { auth: 'partner' })).status,
    ).toBe(201);
  });
});
