import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../electron/emulator/index';
import {
  type Api,
  FOREIGN,
  SALON,
  salonDate,
  type ScheduleDaySlots,
  signedIn,
  startTestEmulator,
  STUDIO,
  type WireRecord,
  type WireService,
  type WireStaff,
} from './helpers';

interface WireCompany {
  id: number;
  title: string;
  timezone: number;
  timezone_name: string;
  main_group: unknown;
  access?: unknown;
}

describe('locations, team members, services and working hours', () => {
  let emulator: RunningEmulator;
  let api: Api;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    api = await signedIn(emulator);
  });
  afterAll(() => emulator.close());

  it('lists "my" locations with numeric and IANA time zones; all locations with the partner token', async () => {
    const mine = await api.get<WireCompany[]>('/companies?my=1');
    expect(mine.status).toBe(200);
    expect(mine.body.meta).toEqual([]);
    expect(mine.body.data.map((l) => [l.id, l.title, l.timezone_name, l.timezone])).toEqual([
      [SALON, 'Frontdesk Demo Salon', 'America/New_York', -5],
      [STUDIO, 'Frontdesk Demo Studio', 'Asia/Almaty', 5],
    ]);
    expect(mine.body.data[0]?.main_group).toEqual([]);
    const all = await api.get<WireCompany[]>('/companies', { auth: 'partner' });
    expect(all.body.data.map((l) => l.id)).toEqual([SALON, STUDIO, FOREIGN]);
    expect((await api.get('/companies?my=1', { auth: 'partner' })).status).toBe(401);
  });

  it('returns one location, with access for my=1, and the documented 404 body', async () => {
    const one = await api.get<WireCompany>(`/company/${STUDIO}?my=1`);
    expect(one.body.data).toMatchObject({ id: STUDIO, timezone_name: 'Asia/Almaty' });
    expect(one.body.data.access).toBeTruthy();
    const missing = await api.get('/company/4242');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      errors: { code: 404, message: 'Not found' },
      meta: { message: 'Not found' },
    });
  });

  it('lists 12 working team members (plus 3 former ones) with positions, and one by id; unknown is 404', async () => {
    const staff = await api.get<WireStaff[]>(`/staff/${SALON}`);
    expect(staff.body.data).toHaveLength(15);
    expect(staff.body.data.filter((m) => !m.fired && m.status !== 1)).toHaveLength(12);
    expect(staff.body.meta).toEqual([]);
    const first = staff.body.data[0];
    if (!first) throw new Error('no staff');
    expect(first.position).toMatchObject({ title: expect.any(String) });
    const one = await api.get<WireStaff>(`/staff/${SALON}/${first.id}`);
    expect(one.body.data).toEqual(first);
    expect((await api.get<WireStaff>(`/company/${SALON}/staff/${first.id}`)).body.data).toEqual(first);
    const missing = await api.get(`/staff/${SALON}/1`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ meta: { message: 'Team Member not found.' } });
  });

  it('has 44 services in 6 categories with per-member lengths that include the technical break', async () => {
    const services = (await api.get<WireService[]>(`/company/${SALON}/services/`)).body.data;
    // 40 ordinary ones and 4 odd ones (duration 0, capacity 0, inactive), see seedVariety.test.ts.
    expect(services).toHaveLength(44);
    expect(new Set(services.map((s) => s.category_id)).size).toBe(6);
    const withBreak = services.filter((s) => s.technical_break_duration);
    expect(withBreak.length).toBeGreaterThan(0);
    for (const service of withBreak) {
      expect((service.technical_break_duration ?? 0) % 300).toBe(0);
      for (const link of service.staff) {
        expect(link.seance_length).toBeGreaterThanOrEqual(
          service.duration + (service.technical_break_duration ?? 0),
        );
      }
    }
    const categories = await api.get<Array<{ id: number; staff: number[] }>, { total_count: number }>(
      `/company/${SALON}/service_categories`,
    );
    expect(categories.body.data).toHaveLength(6);
    expect(categories.body.meta).toEqual({ total_count: 6 });
    const member = services[0]?.staff[0]?.id ?? 0;
    const forMember = await api.get<WireService[]>(`/services/${SALON}?staff_id=${member}`);
    expect(forMember.body.data.length).toBeGreaterThan(0);
    expect(forMember.body.data.every((s) => s.staff.some((l) => l.id === member))).toBe(true);
    const category = categories.body.data[0]?.id ?? 0;
    const inCategory = await api.get<WireService[]>(`/services/${SALON}?category_id=${category}`);
    expect(inCategory.body.data.every((s) => s.category_id === category)).toBe(true);
  });

  it('returns working hours per member and date, empty slots on days off, busy intervals on request', async () => {
    const start = salonDate(0);
    const end = salonDate(6);
    const schedule = await api.get<ScheduleDaySlots[]>(
      `/company/${SALON}/staff/schedule?start_date=${start}&end_date=${end}&include[]=busy_intervals`,
    );
    // The 12 working members and the fired one not (yet) removed, who has no working time.
    expect(schedule.body.data).toHaveLength(13 * 7);
    const sunday = schedule.body.data.filter((d) => d.date === salonDate(4));
    expect(sunday.every((d) => d.slots.length === 0)).toBe(true);
    const working = schedule.body.data.filter((d) => d.slots.length > 0);
    expect(working.length).toBeGreaterThan(30);
    for (const day of working) for (const slot of day.slots) expect(slot.from < slot.to).toBe(true);
    const one = working[0];
    if (!one) throw new Error('nobody works');
    const records = await api.get<WireRecord[]>(
      `/records/${SALON}?start_date=${one.date}&end_date=${one.date}&staff_id=${one.staff_id}&count=100`,
    );
    expect(one.busy_intervals?.map((b) => b.from)).toEqual(
      records.body.data.map((r) => r.date.slice(11, 16)),
    );
  });

  it('keeps every seeded appointment inside working hours and never overlapping for a member', async () => {
    const date = salonDate(-2); // a Monday
    const schedule = (
      await api.get<ScheduleDaySlots[]>(
        `/company/${SALON}/staff/schedule?start_date=${date}&end_date=${date}`,
      )
    ).body.data;
    const records = (
      await api.get<WireRecord[]>(`/records/${SALON}?start_date=${date}&end_date=${date}&count=1000`)
    ).body.data;
    expect(records.length).toBeGreaterThan(10);
    const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
    for (const day of schedule) {
      const mine = records.filter((r) => r.staff_id === day.staff_id && !r.activity_id);
      const freeMinutes = day.slots.reduce((sum, s) => sum + toMin(s.to) - toMin(s.from), 0);
      const bookedMinutes = mine.reduce((sum, r) => sum + r.seance_length / 60, 0);
      if (day.slots.length) expect(bookedMinutes).toBeLessThan(freeMinutes);
      let lastEnd = 0;
      for (const record of mine) {
        const startMin = toMin(record.date.slice(11, 16));
        const endMin = startMin + record.seance_length / 60;
        expect(startMin).toBeGreaterThanOrEqual(lastEnd);
        expect(day.slots.some((s) => toMin(s.from) <= startMin && endMin <= toMin(s.to))).toBe(true);
        lastEnd = endMin;
      }
    }
  });

  it('answers timetable dates and seances consistently with the appointments', async () => {
    const dates = await api.get<string[]>(`/timetable/dates/${SALON}/${salonDate(0)}`);
    expect(dates.body.data).toContain(salonDate(1));
    expect(dates.body.data).not.toContain(salonDate(4));
    const date = salonDate(-1);
    const record = (
      await api.get<WireRecord[]>(`/records/${SALON}?start_date=${date}&end_date=${date}&count=1`)
    ).body.data[0];
    if (!record) throw new Error('no record');
    const seances = await api.get<Array<{ time: string; free: boolean }>>(
      `/timetable/seances/${SALON}/${record.staff_id}/${date}`,
    );
    expect(seances.body.data.find((s) => s.time === record.date.slice(11, 16))?.free).toBe(false);
    expect(seances.body.data.some((s) => s.free)).toBe(true);
  });
});
