import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../electron/emulator/index';
import {
  type Api,
  findFreeSlot,
  isoAt,
  SALON,
  SALON_ZONE,
  salonDate,
  signedIn,
  startTestEmulator,
  STUDIO,
  type WireRecord,
  type WireService,
} from './helpers';

type Paged = { page: number; total_count: number };
type BusinessErrors = { message: string; errors: Array<{ code: number; message: string; id?: number }> };
type FieldErrors = { message: string; errors: Record<string, string[]> };

describe('appointments (records)', () => {
  let emulator: RunningEmulator;
  let api: Api;
  let services: WireService[];

  beforeAll(async () => {
    emulator = await startTestEmulator();
    api = await signedIn(emulator);
    services = (await api.get<WireService[]>(`/company/${SALON}/services/`)).body.data;
  });
  afterAll(() => emulator.close());

  const serviceFor = (staffId: number) => {
    const service = services.find((s) => s.capacity === 1 && s.staff.some((l) => l.id === staffId));
    if (!service) throw new Error(`no service for ${staffId}`);
    return service;
  };

  async function book(
    date: string,
    extra: Record<string, unknown> = {},
    except: number[] = [],
    freeMinutes = 60,
  ) {
    const slot = await findFreeSlot(api, SALON, date, freeMinutes, except);
    const service = serviceFor(slot.staffId);
    const body = {
      staff_id: slot.staffId,
      services: [{ id: service.id }],
      client: { phone: '+1 212 555 7788', name: 'Test Client' },
      datetime: isoAt(date, slot.time),
      seance_length: 3600,
      save_if_busy: false,
      api_id: `test-${Math.random().toString(36).slice(2)}`,
      ...extra,
    };
    const reply = await api.post<WireRecord>(`/records/${SALON}`, body);
    return { reply, body, slot };
  }

  // Sundays (offsets 4, 11) are closed for everyone in the demo salon; tests book on other days.
  it('lists a day of appointments, all pages together equal the total, each on that local date', async () => {
    const date = salonDate(-1);
    const first = await api.get<WireRecord[], Paged>(
      `/records/${SALON}?start_date=${date}&end_date=${date}&count=7`,
    );
    expect(first.status).toBe(200);
    const total = first.body.meta.total_count;
    expect(total).toBeGreaterThan(7);
    const all: WireRecord[] = [];
    for (let page = 1; (page - 1) * 7 < total; page += 1) {
      const reply = await api.get<WireRecord[], Paged>(
        `/records/${SALON}?start_date=${date}&end_date=${date}&count=7&page=${page}`,
      );
      expect(reply.body.meta).toEqual({ page, total_count: total });
      all.push(...reply.body.data);
    }
    expect(all).toHaveLength(total);
    expect(new Set(all.map((r) => r.id)).size).toBe(total);
    expect(all.every((r) => r.date.startsWith(date) && !r.deleted)).toBe(true);
    const times = all.map((r) => DateTime.fromISO(r.datetime).toMillis());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const past = await api.get<WireRecord[], Paged>(
      `/records/${SALON}?start_date=${date}&end_date=${date}&count=7&page=${Math.ceil(total / 7) + 1}`,
    );
    expect(past.body.data).toEqual([]);
    expect(past.body.meta.total_count).toBe(total);
  });

  it('serialises the three date formats, with the zone offset right on both sides of DST', async () => {
    const before = await api.get<WireRecord[]>(
      `/records/${SALON}?start_date=${salonDate(0)}&end_date=${salonDate(0)}&count=1`,
    );
    const after = await api.get<WireRecord[]>(
      `/records/${SALON}?start_date=${salonDate(6)}&end_date=${salonDate(6)}&count=1`,
    );
    const winter = before.body.data[0];
    const summer = after.body.data[0];
    if (!winter || !summer) throw new Error('seed should have appointments on both days');
    expect(winter.date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(winter.datetime).toBe(`${winter.date.replace(' ', 'T')}-05:00`);
    expect(summer.datetime).toBe(`${summer.date.replace(' ', 'T')}-04:00`);
    expect(winter.create_date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{4}$/);
    expect(winter.last_change_date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{4}$/);
    const almaty = await api.get<WireRecord[]>(`/records/${STUDIO}?start_date=${salonDate(0)}&count=1`);
    expect(almaty.body.data[0]?.datetime).toMatch(/\+05:00$/);
  });

  it('can freeze the standard offset (the Altegio DST quirk) when asked', async () => {
    const quirky = await startTestEmulator({ freezeStandardOffset: true });
    try {
      const q = await signedIn(quirky);
      const reply = await q.get<WireRecord[]>(
        `/records/${SALON}?start_date=${salonDate(6)}&end_date=${salonDate(6)}&count=1`,
      );
      expect(reply.body.data[0]?.datetime).toMatch(/-05:00$/);
    } finally {
      await quirky.close();
    }
  });

  it('filters by team member (either alias) and client', async () => {
    const date = salonDate(-2);
    const all = (
      await api.get<WireRecord[]>(`/records/${SALON}?start_date=${date}&end_date=${date}&count=500`)
    ).body.data;
    const target = all[0];
    if (!target?.client) throw new Error('seed should have a client appointment');
    const byStaff = await api.get<WireRecord[]>(
      `/records/${SALON}?start_date=${date}&end_date=${date}&staff_id=${target.staff_id}&count=500`,
    );
    const byAlias = await api.get<WireRecord[]>(
      `/records/${SALON}?start_date=${date}&end_date=${date}&team_member_id=${target.staff_id}&count=500`,
    );
    expect(byStaff.body.data.map((r) => r.id)).toEqual(
      all.filter((r) => r.staff_id === target.staff_id).map((r) => r.id),
    );
    expect(byAlias.body.data).toEqual(byStaff.body.data);
    const byClient = await api.get<WireRecord[]>(`/records/${SALON}?client_id=${target.client.id}&count=500`);
    expect(byClient.body.data.length).toBeGreaterThan(0);
    expect(byClient.body.data.every((r) => r.client?.id === target.client?.id)).toBe(true);
  });

  it('creates an appointment: 201, the full record, api_id kept, client matched or created by phone', async () => {
    const date = salonDate(3);
    const { reply, body, slot } = await book(date);
    expect(reply.status).toBe(201);
    const record = reply.body.data;
    expect(record).toMatchObject({
      staff_id: slot.staffId,
      api_id: body.api_id,
      seance_length: 3600,
      deleted: false,
      online: false,
    });
    expect(record.date).toBe(`${date} ${slot.time}:00`);
    expect(record.client?.phone).toBe('+12125557788');
    expect(record.custom_fields).toEqual([]);
    expect(record.visit_id).toBeGreaterThan(0);
    const again = await book(salonDate(5));
    expect(again.reply.body.data.client?.id).toBe(record.client?.id);
    const fetched = await api.get<WireRecord>(`/record/${SALON}/${record.id}`);
    expect(fetched.body.data).toEqual(record);
    const created = await api.get<WireRecord[]>(
      `/records/${SALON}?c_start_date=${salonDate(0)}&c_end_date=${salonDate(0)}&count=500`,
    );
    expect(created.body.data.map((r) => r.api_id)).toContain(body.api_id);
  });

  it('refuses an overlapping booking with 422 / 433 naming the conflict, unless save_if_busy', async () => {
    // 90 free minutes: a 60-minute booking 30 minutes later can only collide with the first one.
    const { reply, body } = await book(salonDate(5), {}, [], 90);
    const first = reply.body.data;
    const overlapping = {
      ...body,
      datetime: DateTime.fromISO(body.datetime).plus({ minutes: 30 }).toISO(),
      api_id: 'overlap',
    };
    const refused = await api.post<null, BusinessErrors>(`/records/${SALON}`, overlapping);
    expect(refused.status).toBe(422);
    expect(refused.body.meta.errors[0]).toMatchObject({ code: 433, id: first.id });
    const forced = await api.post<WireRecord>(`/records/${SALON}`, { ...overlapping, save_if_busy: true });
    expect(forced.status).toBe(201);
  });

  it('refuses a booking outside working hours with 433', async () => {
    const date = salonDate(3);
    const { slot } = await findFreeSlot(api, SALON, date, 60).then((s) => ({ slot: s }));
    const reply = await api.post<null, BusinessErrors>(`/records/${SALON}`, {
      staff_id: slot.staffId,
      services: [],
      client: { phone: '+12125557788' },
      datetime: isoAt(date, '03:00'),
      seance_length: 1800,
    });
    expect(reply.status).toBe(422);
    expect(reply.body.meta.errors[0]?.code).toBe(433);
  });

  it('moves an appointment with a full PUT without conflicting with itself; 201 and a newer last_change_date', async () => {
    // 75 free minutes: the 60-minute appointment moved 15 minutes later overlaps only itself.
    const { reply, body } = await book(salonDate(6), {}, [], 75);
    const record = reply.body.data;
    const later = DateTime.fromISO(body.datetime).plus({ minutes: 15 }).toISO() ?? '';
    const moved = await api.put<WireRecord>(`/record/${SALON}/${record.id}`, { ...body, datetime: later });
    expect(moved.status).toBe(201);
    expect(DateTime.fromISO(moved.body.data.datetime).toMillis()).toBe(DateTime.fromISO(later).toMillis());
    expect(moved.body.data.id).toBe(record.id);
    expect(moved.body.data.last_change_date >= record.last_change_date).toBe(true);
    const same = await api.put<WireRecord>(`/record/${SALON}/${record.id}`, {
      ...body,
      datetime: later,
      comment: 'same slot',
    });
    expect(same.status).toBe(201);
    expect(same.body.data.comment).toBe('same slot');
  });

  it('refuses to move an appointment onto another one of the same member (433)', async () => {
    const first = await book(salonDate(6));
    const second = await book(salonDate(6), { staff_id: first.slot.staffId }, [], 60);
    void second;
    const other = await book(salonDate(7));
    const onto = await api.put<null, BusinessErrors>(`/record/${SALON}/${other.reply.body.data.id}`, {
      ...other.body,
      staff_id: first.slot.staffId,
      services: [],
      datetime: first.body.datetime,
    });
    expect(onto.status).toBe(422);
    expect(onto.body.meta.errors[0]).toMatchObject({ code: 433, id: first.reply.body.data.id });
  });

  it('PUT without the required fields is 422 with field errors', async () => {
    const { reply } = await book(salonDate(7));
    const put = await api.put<null, FieldErrors>(`/record/${SALON}/${reply.body.data.id}`, {
      comment: 'only a comment',
    });
    expect(put.status).toBe(422);
    expect(Object.keys(put.body.meta.errors).sort()).toEqual([
      'client',
      'datetime',
      'seance_length',
      'services',
      'staff_id',
    ]);
  });

  it('POST with missing fields is 422, an unknown member 404', async () => {
    const missing = await api.post<null, FieldErrors>(`/records/${SALON}`, { services: [] });
    expect(missing.status).toBe(422);
    expect(missing.body.meta.errors).toHaveProperty('staff_id');
    expect(missing.body.meta.errors).toHaveProperty('datetime');
    const unknown = await api.post(`/records/${SALON}`, {
      staff_id: 999999,
      services: [],
      client: { phone: '+12125557788' },
      datetime: isoAt(salonDate(3), '10:00'),
      seance_length: 1800,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ meta: { message: 'Team Member not found.' } });
  });

  it('validates technical breaks: multiples of 300 up to 3600, null means the location default', async () => {
    for (const bad of [100, 3900, -300, 'x']) {
      const reply = await book(salonDate(8), { technical_break_duration: bad });
      expect(reply.reply.status).toBe(422);
      expect(reply.reply.body.meta).toHaveProperty('errors.technical_break_duration');
    }
    const withBreak = await book(salonDate(8), { technical_break_duration: 900 });
    expect(withBreak.reply.status).toBe(201);
    expect(withBreak.reply.body.data).toMatchObject({ technical_break_duration: 900, seance_length: 3600 });
    const byDefault = await book(salonDate(9), { technical_break_duration: null });
    expect(byDefault.reply.body.data.technical_break_duration).toBe(0);
  });

  it('DELETE is 204; the record leaves lists and GET, and comes back with with_deleted=1 and changed_after', async () => {
    const date = salonDate(10);
    const { reply } = await book(date);
    const id = reply.body.data.id;
    const deleted = await api.delete(`/record/${SALON}/${id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await api.get(`/record/${SALON}/${id}`)).status).toBe(404);
    const listed = await api.get<WireRecord[]>(
      `/records/${SALON}?start_date=${date}&end_date=${date}&count=500`,
    );
    expect(listed.body.data.map((r) => r.id)).not.toContain(id);
    const withDeleted = await api.get<WireRecord[]>(
      `/records/${SALON}?start_date=${date}&end_date=${date}&count=500&with_deleted=1`,
    );
    expect(withDeleted.body.data.find((r) => r.id === id)?.deleted).toBe(true);
    const since = reply.body.data.last_change_date.slice(0, 19);
    const changes = await api.get<WireRecord[]>(
      `/records/${SALON}?changed_after=${since}&with_deleted=1&count=500`,
    );
    expect(changes.body.data.find((r) => r.id === id)).toMatchObject({ deleted: true });
  });

  it('changed_after returns exactly what changed since, including a change in the same second', async () => {
    const { reply } = await book(salonDate(12));
    const mark = reply.body.data.last_change_date.slice(0, 19);
    const second = await book(salonDate(12), {}, [reply.body.data.staff_id]);
    const changed = await api.get<WireRecord[]>(`/records/${SALON}?changed_after=${mark}&count=500`);
    const ids = changed.body.data.map((r) => r.id);
    expect(ids).toContain(reply.body.data.id);
    expect(ids).toContain(second.reply.body.data.id);
    expect(changed.body.data.every((r) => r.last_change_date.slice(0, 19) >= mark)).toBe(true);
    const before = DateTime.fromISO(mark).minus({ seconds: 1 }).toFormat("yyyy-MM-dd'T'HH:mm:ss");
    const older = await api.get<WireRecord[]>(
      `/records/${SALON}?changed_before=${before}&start_date=${salonDate(12)}&end_date=${salonDate(12)}&count=500`,
    );
    expect(older.body.data.length).toBeGreaterThan(0);
    expect(older.body.data.map((r) => r.id)).not.toContain(reply.body.data.id);
    expect(older.body.data.every((r) => r.last_change_date.slice(0, 19) <= before)).toBe(true);
    const future = DateTime.fromISO(mark).plus({ hours: 1 }).toFormat("yyyy-MM-dd'T'HH:mm:ss");
    expect((await api.get<WireRecord[]>(`/records/${SALON}?changed_after=${future}`)).body.data).toEqual([]);
    expect((await api.get(`/records/${SALON}?changed_after=yesterday`)).status).toBe(400);
  });

  it('validates custom field values, colours and labels on records', async () => {
    const bad = await book(salonDate(13), { custom_fields: { hair_type: ['Purple'], nope: 1 } });
    expect(bad.reply.status).toBe(422);
    const labels = (await api.get<Array<{ id: number; color: string }>>(`/labels/${SALON}/record`)).body.data;
    const label = labels[0];
    if (!label) throw new Error('seed should have record labels');
    const good = await book(salonDate(13), {
      custom_fields: { hair_type: ['Curly'], product_grams: '40', patch_test_date: '2026-03-01' },
      custom_color: '#f44336',
      record_labels: [String(label.id)],
    });
    expect(good.reply.status).toBe(201);
    expect(good.reply.body.data).toMatchObject({
      custom_fields: { hair_type: ['Curly'], product_grams: 40, patch_test_date: '2026-03-01' },
      custom_color: 'f44336',
      record_labels: [{ id: label.id, color: label.color.replace('#', '') }],
    });
  });

  it('lists partner appointments with dd.mm.yyyy dates and meta.count; other formats are 400', async () => {
    const { reply } = await book(salonDate(13));
    const day = DateTime.fromISO(salonDate(13)).toFormat('dd.MM.yyyy');
    const partner = await api.get<
      Array<{ id: number; company: { timezone_name: string } }>,
      { count: number }
    >(`/records/partner?salon_id=${SALON}&start_date=${day}&end_date=${day}&editable_length=100`, {
      auth: 'partner',
    });
    expect(partner.status).toBe(200);
    expect(partner.body.data.map((r) => r.id)).toContain(reply.body.data.id);
    expect(partner.body.meta.count).toBe(partner.body.data.length);
    expect(partner.body.data[0]?.company.timezone_name).toBe(SALON_ZONE);
    expect((await api.get(`/records/partner?start_date=${salonDate(13)}`, { auth: 'partner' })).status).toBe(
      400,
    );
  });
});
