import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../electron/emulator/index';
import {
  type Api,
  SALON,
  salonDate,
  type ScheduleDaySlots,
  signedIn,
  startTestEmulator,
  STUDIO,
  type WireRecord,
  type WireService,
  type WireStaff,
  isoAt,
} from './helpers';

// The seed mixes in the shapes real (anonymised) Altegio replies show and a tidy demo would never have.

const EMMA = 1001;
const LIAM = 1002;

interface VariedRecord extends WireRecord {
  services: Array<{
    id: number;
    cost: number;
    first_cost: number;
    discount: number;
    manual_cost: number;
    cost_per_unit: number;
  }>;
  sms_remain_hours: unknown;
  email_remain_hours: unknown;
}

interface WireClient {
  id: number;
  phone: string;
  name: string;
  birth_date: string;
}

interface BookTime {
  time: string;
  seance_length: number;
  datetime: string;
}

interface BookDates {
  booking_dates: string[];
  working_dates: string[];
}

describe('seed variety: the shapes real Altegio data has', () => {
  let emulator: RunningEmulator;
  let api: Api;
  let staff: WireStaff[];
  let services: WireService[];
  let records: VariedRecord[];

  const member = (name: string) => {
    const found = staff.find((m) => m.name === name);
    if (!found) throw new Error(`no member ${name}`);
    return found;
  };
  const service = (title: string) => {
    const found = services.find((s) => s.title === title);
    if (!found) throw new Error(`no service ${title}`);
    return found;
  };
  const partner = { auth: 'partner' as const };

  beforeAll(async () => {
    emulator = await startTestEmulator();
    api = await signedIn(emulator);
    staff = (await api.get<WireStaff[]>(`/staff/${SALON}`)).body.data;
    services = (await api.get<WireService[]>(`/company/${SALON}/services/`)).body.data;
    records = (
      await api.get<VariedRecord[]>(
        `/records/${SALON}?start_date=${salonDate(-40)}&end_date=${salonDate(60)}&count=100000`,
      )
    ).body.data;
  });
  afterAll(() => emulator.close());

  describe('team members', () => {
    it('sends bookable: false for every member, as real Altegio does', () => {
      expect(staff.length).toBeGreaterThan(12);
      expect(staff.every((m) => m.bookable === false)).toBe(true);
    });

    it('keeps 12 calendar columns: members neither fired nor removed, Emma and Liam among them', () => {
      const columns = staff.filter((m) => !m.fired && m.status !== 1);
      expect(columns).toHaveLength(12);
      expect(columns.map((m) => m.id)).toEqual(expect.arrayContaining([EMMA, LIAM]));
      for (const id of [EMMA, LIAM]) {
        expect(staff.find((m) => m.id === id)).toMatchObject({ fired: 0, status: 0, hidden: 0 });
      }
      expect(member('Emma Johnson').id).toBe(EMMA);
      expect(member('Liam Carter').id).toBe(LIAM);
    });

    it('leaves Emma and Liam their working hours and services', async () => {
      const thursday = salonDate(1);
      const days = (
        await api.get<ScheduleDaySlots[]>(
          `/company/${SALON}/staff/schedule?start_date=${thursday}&end_date=${thursday}&staff_ids[]=${EMMA}&staff_ids[]=${LIAM}`,
        )
      ).body.data;
      expect(days.find((d) => d.staff_id === EMMA)?.slots).toEqual([
        { from: '09:00', to: '13:00' },
        { from: '14:00', to: '18:00' },
      ]);
      expect(days.find((d) => d.staff_id === LIAM)?.slots).toEqual([{ from: '10:00', to: '19:00' }]);
      const titlesOf = async (id: number) =>
        (await api.get<WireService[]>(`/services/${SALON}?staff_id=${id}`)).body.data.map((s) => s.title);
      const emma = await titlesOf(EMMA);
      const liam = await titlesOf(LIAM);
      expect(emma).toEqual(
        expect.arrayContaining(["Women's haircut", "Men's haircut", 'Blow-dry', 'Fringe trim']),
      );
      expect(emma).toHaveLength(14);
      expect(liam).toEqual(expect.arrayContaining(["Men's haircut", 'Beard trim', 'Fringe trim']));
      expect(liam).toHaveLength(7);
      for (const extra of [
        'Colour consultation',
        'Microblading touch-up',
        'Scalp treatment',
        'Classic perm',
      ]) {
        expect(emma).not.toContain(extra);
        expect(liam).not.toContain(extra);
      }
    });

    it('has fired and removed members, hidden online, with no working time and no appointments', async () => {
      const grace = member('Grace Holloway');
      const harper = member('Harper Quinn');
      const jack = member('Jack Doyle');
      expect(grace).toMatchObject({ fired: 1, status: 0, hidden: 1, bookable: false });
      expect(harper).toMatchObject({ fired: 1, status: 1, hidden: 1 });
      expect(jack).toMatchObject({ fired: 0, status: 1, hidden: 1 });
      // A fired member's schedule ended on a real past date; "1970-01-01" means none.
      expect(grace.schedule_till < salonDate(0)).toBe(true);
      expect(grace.schedule_till).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(jack.schedule_till).toBe('1970-01-01');
      // Not at the end of the list: a client must filter them, not cut the list short.
      expect(staff.indexOf(harper)).toBeLessThan(staff.indexOf(member('Lucas Meyer')));
      expect((await api.get<WireStaff>(`/staff/${SALON}/${grace.id}`)).body.data).toEqual(grace);

      const formerIds = [grace.id, harper.id, jack.id];
      expect(records.filter((r) => formerIds.includes(r.staff_id))).toEqual([]);
      const schedule = (
        await api.get<ScheduleDaySlots[]>(
          `/company/${SALON}/staff/schedule?start_date=${salonDate(0)}&end_date=${salonDate(6)}` +
            formerIds.map((id) => `&staff_ids[]=${id}`).join(''),
        )
      ).body.data;
      expect(schedule.length).toBeGreaterThan(0);
      expect(schedule.every((d) => d.slots.length === 0)).toBe(true);
      // Altegio keeps a fired member in the services' staff lists; online booking never offers them.
      const manicure = service('Classic manicure');
      expect(manicure.staff.map((l) => l.id)).toContain(harper.id);
      const offered = await api.get<Array<{ id: number }>>(
        `/book_staff/${SALON}?service_ids[]=${manicure.id}`,
        partner,
      );
      expect(offered.body.data.length).toBeGreaterThan(0);
      expect(offered.body.data.map((m) => m.id)).not.toContain(harper.id);
    });

    it('has a hidden member who still works at the desk but is not offered online', async () => {
      const hidden = staff.filter((m) => m.hidden === 1 && !m.fired && m.status !== 1);
      expect(hidden.map((m) => m.name)).toEqual(['Charlotte Evans']);
      const charlotte = hidden[0] as WireStaff;
      const week = (
        await api.get<ScheduleDaySlots[]>(
          `/company/${SALON}/staff/schedule?start_date=${salonDate(0)}&end_date=${salonDate(6)}&staff_ids[]=${charlotte.id}`,
        )
      ).body.data;
      const workday = week.find((d) => d.slots.length > 0);
      expect(workday).toBeDefined();
      expect(records.some((r) => r.staff_id === charlotte.id)).toBe(true);

      const colour = service('Full colour');
      const offered = (
        await api.get<Array<{ id: number }>>(`/book_staff/${SALON}?service_ids[]=${colour.id}`, partner)
      ).body.data.map((m) => m.id);
      expect(offered.length).toBeGreaterThan(0);
      expect(offered).not.toContain(charlotte.id);
      const times = await api.get<BookTime[]>(
        `/book_times/${SALON}/${charlotte.id}/${workday?.date}?service_ids[]=${colour.id}`,
        partner,
      );
      expect(times.body.data).toEqual([]);
      const check = await api.post<null, { errors: Array<{ code: number }> }>(
        `/book_check/${SALON}`,
        {
          appointments: [
            {
              id: 1,
              services: [colour.id],
              staff_id: charlotte.id,
              datetime: isoAt(workday?.date ?? '', '10:00'),
            },
          ],
        },
        partner,
      );
      expect(check.status).toBe(422);
      expect(check.body.meta.errors[0]?.code).toBe(433);
    });

    it('sends position: [] and position_id: 0 for members without a position', () => {
      const positionless = staff.filter((m) => Array.isArray(m.position));
      expect(positionless.map((m) => m.name).sort()).toEqual(['Amelia Clarke', 'Jack Doyle']);
      expect(positionless.every((m) => Array.isArray(m.position) && m.position.length === 0)).toBe(true);
      expect(positionless.every((m) => m.position_id === 0)).toBe(true);
      // Amelia is a working member with a column.
      expect(member('Amelia Clarke')).toMatchObject({ fired: 0, status: 0, hidden: 0 });
      expect(member('Emma Johnson').position).toMatchObject({ title: 'Senior stylist' });
    });
  });

  describe('services', () => {
    it('keeps the ordinary services as they were', () => {
      const shape = (title: string) => {
        const s = service(title);
        return [s.duration, s.price_min, s.active, s.capacity];
      };
      expect(shape("Women's haircut")).toEqual([3600, 65, 1, 1]);
      expect(shape("Men's haircut")).toEqual([1800, 35, 1, 1]);
      expect(shape('Blow-dry')).toEqual([2700, 45, 1, 1]);
      expect(shape('Fringe trim')).toEqual([900, 15, 1, 1]);
      expect(service("Women's haircut").id).toBe(2001);
    });

    it('has services with duration 0: one with per-member lengths, one with none at all', async () => {
      const zero = services.filter((s) => s.duration === 0);
      expect(zero.map((s) => s.title).sort()).toEqual(['Colour consultation', 'Microblading touch-up']);
      const consultation = service('Colour consultation');
      expect(consultation).toMatchObject({ active: 1, price_min: 0 });
      expect(consultation.staff.length).toBeGreaterThan(0);
      expect(consultation.staff.every((l) => l.seance_length === 900)).toBe(true);
      const microblading = service('Microblading touch-up');
      expect(microblading.active).toBe(0);
      expect(microblading.staff.every((l) => l.seance_length === 0)).toBe(true);
      for (const path of [
        `/services/${SALON}/${consultation.id}`,
        `/company/${SALON}/services/${consultation.id}`,
      ])
        expect((await api.get<WireService>(path)).body.data).toEqual(consultation);

      // Online booking uses the member's own length.
      const olivia = member('Olivia Martinez');
      const dates = await api.get<BookDates>(
        `/book_dates/${SALON}?staff_id=${olivia.id}&service_ids[]=${consultation.id}`,
        partner,
      );
      const day = dates.body.data.booking_dates.find((d) => d > salonDate(0)) ?? '';
      const times = await api.get<BookTime[]>(
        `/book_times/${SALON}/${olivia.id}/${day}?service_ids[]=${consultation.id}`,
        partner,
      );
      expect(times.body.data.length).toBeGreaterThan(0);
      expect(times.body.data.every((t) => t.seance_length === 900)).toBe(true);
    });

    it('treats capacity 0 as an individual service, bookable online', async () => {
      const scalp = service('Scalp treatment');
      expect(scalp).toMatchObject({ capacity: 0, active: 1, duration: 1800 });
      const listed = await api.get<{ services: Array<{ id: number }> }>(`/book_services/${SALON}`, partner);
      expect(listed.body.data.services.map((s) => s.id)).toContain(scalp.id);
      const noah = member('Noah Kim');
      const dates = await api.get<BookDates>(
        `/book_dates/${SALON}?staff_id=${noah.id}&service_ids[]=${scalp.id}`,
        partner,
      );
      const day = dates.body.data.booking_dates.find((d) => d > salonDate(0)) ?? '';
      const times = await api.get<BookTime[]>(
        `/book_times/${SALON}/${noah.id}/${day}?service_ids[]=${scalp.id}`,
        partner,
      );
      expect(times.body.data.length).toBeGreaterThan(0);
      const [slot] = times.body.data;
      const check = await api.post(
        `/book_check/${SALON}`,
        { appointments: [{ id: 1, services: [scalp.id], staff_id: noah.id, datetime: slot?.datetime }] },
        partner,
      );
      expect(check.status).toBe(201);
    });

    it('has an inactive service (active: 0) that online booking refuses', async () => {
      const perm = service('Classic perm');
      expect(perm).toMatchObject({ active: 0, capacity: 1, duration: 7200 });
      expect(
        (await api.get<{ is_online: boolean }>(`/services/${SALON}/${perm.id}`)).body.data.is_online,
      ).toBe(false);
      const listed = await api.get<{ services: Array<{ id: number }> }>(`/book_services/${SALON}`, partner);
      expect(listed.body.data.services.map((s) => s.id)).not.toContain(perm.id);
      const check = await api.post<null, { errors: Array<{ code: number }> }>(
        `/book_check/${SALON}`,
        {
          appointments: [
            {
              id: 1,
              services: [perm.id],
              staff_id: member('Noah Kim').id,
              datetime: isoAt(salonDate(2), '10:00'),
            },
          ],
        },
        partner,
      );
      expect(check.status).toBe(422);
      expect(check.body.meta.errors[0]?.code).toBe(438);
    });
  });

  describe('appointments', () => {
    const ordinary = () => records.filter((r) => !r.activity_id);

    it('stays within 28 days back and 13 ahead (group events: 28 ahead), leaving later days quiet', () => {
      expect(records.length).toBeGreaterThan(500);
      for (const record of records) {
        const day = record.date.slice(0, 10);
        expect(day >= salonDate(-28)).toBe(true);
        expect(day <= salonDate(record.activity_id ? 28 : 13)).toBe(true);
      }
    });

    it('gives about a third of the appointments two or three services, with the summed member lengths', () => {
      const all = ordinary();
      const multi = all.filter((r) => r.services.length >= 2);
      expect(multi.length / all.length).toBeGreaterThan(0.25);
      expect(multi.length / all.length).toBeLessThan(0.42);
      expect(multi.some((r) => r.services.length === 3)).toBe(true);
      expect(Math.max(...all.map((r) => r.services.length))).toBe(3);
      for (const record of multi) {
        const ids = record.services.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        const length = ids.reduce(
          (sum, id) =>
            sum +
            (services.find((s) => s.id === id)?.staff.find((l) => l.id === record.staff_id)?.seance_length ??
              0),
          0,
        );
        expect(record.seance_length).toBe(length);
      }
    });

    it('has visit-level discounts: cost below first_cost while discount stays 0', () => {
      const discounted = ordinary().filter((r) =>
        r.services.some((s) => s.discount === 0 && s.cost < s.first_cost),
      );
      expect(discounted.length).toBeGreaterThan(5);
      for (const line of discounted.flatMap((r) => r.services)) {
        expect(line.cost).toBeLessThan(line.first_cost);
        expect(line.manual_cost).toBe(line.first_cost);
        expect(line.cost_per_unit).toBe(line.first_cost);
      }
      // The client's own percent discount is a different shape: discount > 0, manual_cost = cost.
      const percent = ordinary()
        .flatMap((r) => r.services)
        .find((s) => s.discount > 0);
      expect(percent?.manual_cost).toBe(percent?.cost);
    });

    it('has appointments without a client (client: null) and without services (services: [])', () => {
      const noClient = ordinary().filter((r) => r.client === null);
      const noServices = ordinary().filter((r) => r.services.length === 0);
      expect(noClient.length).toBeGreaterThan(0);
      expect(noServices.length).toBeGreaterThan(0);
      expect(noClient.some((r) => r.services.length > 0)).toBe(true);
      expect(noServices.some((r) => r.client !== null)).toBe(true);
      // Blocked time, as in real data: neither.
      const blocks = noClient.filter((r) => r.services.length === 0);
      expect(blocks.length).toBeGreaterThan(0);
      expect(blocks.every((r) => r.attendance === 0 && !r.online && r.seance_length > 0)).toBe(true);
      // Each kind also shows in the week before today.
      const lastWeek = (r: WireRecord) =>
        r.date.slice(0, 10) >= salonDate(-7) && r.date.slice(0, 10) < salonDate(0);
      expect(noClient.some(lastWeek) && noServices.some(lastWeek) && blocks.some(lastWeek)).toBe(true);
    });

    it('reads one appointment without a client and one without services by id', async () => {
      const noClient = ordinary().find((r) => r.client === null);
      const noServices = ordinary().find((r) => r.services.length === 0);
      for (const record of [noClient, noServices]) {
        const one = await api.get<VariedRecord>(`/record/${SALON}/${record?.id}`);
        expect(one.status).toBe(200);
        expect(one.body.data).toMatchObject({ client: record?.client, services: record?.services });
      }
    });

    it('sends the reminder hours as integers', () => {
      for (const record of records) {
        expect(Number.isInteger(record.sms_remain_hours)).toBe(true);
        expect(Number.isInteger(record.email_remain_hours)).toBe(true);
      }
      expect(records.some((r) => (r.sms_remain_hours as number) > 0)).toBe(true);
      expect(records.some((r) => (r.email_remain_hours as number) > 0)).toBe(true);
      expect(records.some((r) => r.email_remain_hours === 0)).toBe(true);
    });
  });

  describe('clients', () => {
    let clients: WireClient[];

    beforeAll(async () => {
      clients = (await api.get<WireClient[]>(`/clients/${SALON}?count=1000`)).body.data;
    });

    it('stores about 60% of the birthdays without a year (1900-MM-DD), the rest full or none', () => {
      expect(clients.length).toBe(500);
      const share = (test: (b: string) => boolean) =>
        clients.filter((c) => test(c.birth_date)).length / clients.length;
      const noYear = share((b) => /^1900-\d{2}-\d{2}$/.test(b));
      expect(noYear).toBeGreaterThan(0.5);
      expect(noYear).toBeLessThan(0.7);
      expect(share((b) => /^(19[6-9]\d|200\d)-\d{2}-\d{2}$/.test(b))).toBeGreaterThan(0.1);
      expect(share((b) => b === '0000-00-00')).toBeGreaterThan(0);
      expect(share((b) => b === '')).toBeGreaterThan(0);
      expect(share((b) => b === '1900-01-01')).toBe(0);
    });

    it('saves a client whose birthday is "0000-00-00" without resending it', async () => {
      const client = clients.find((c) => c.birth_date === '0000-00-00');
      if (!client) throw new Error('no client without a birthday');
      const saved = await api.put<WireClient>(`/client/${SALON}/${client.id}`, {
        name: client.name,
        phone: client.phone,
      });
      expect(saved.status).toBe(200);
      expect(saved.body.data.birth_date).toBe('0000-00-00');
    });
  });

  describe('online booking for Emma and Liam although bookable is false', () => {
    for (const [name, id, title] of [
      ['Emma', EMMA, "Women's haircut"],
      ['Liam', LIAM, "Men's haircut"],
    ] as const) {
      it(`offers ${name} (${id}) in book_staff, book_dates and book_times`, async () => {
        const haircut = service(title);
        const offered = await api.get<Array<{ id: number; bookable: boolean; seance_date: string | null }>>(
          `/book_staff/${SALON}?service_ids[]=${haircut.id}`,
          partner,
        );
        const entry = offered.body.data.find((m) => m.id === id);
        expect(entry).toMatchObject({ bookable: true, seance_date: expect.any(String) });
        const dates = await api.get<BookDates>(
          `/book_dates/${SALON}?staff_id=${id}&service_ids[]=${haircut.id}`,
          partner,
        );
        expect(dates.body.data.booking_dates.length).toBeGreaterThan(0);
        const day = dates.body.data.booking_dates.find((d) => d > salonDate(0)) ?? '';
        const times = await api.get<BookTime[]>(
          `/book_times/${SALON}/${id}/${day}?service_ids[]=${haircut.id}`,
          partner,
        );
        expect(times.body.data.length).toBeGreaterThan(0);
        const length = haircut.staff.find((l) => l.id === id)?.seance_length;
        expect(times.body.data.every((t) => t.seance_length === length)).toBe(true);
        const anyone = await api.get<BookTime[]>(
          `/book_times/${SALON}/0/${day}?service_ids[]=${haircut.id}`,
          partner,
        );
        expect(anyone.body.data.length).toBeGreaterThanOrEqual(times.body.data.length);
        const [slot] = times.body.data;
        const check = await api.post(
          `/book_check/${SALON}`,
          { appointments: [{ id: 1, services: [haircut.id], staff_id: id, datetime: slot?.datetime }] },
          partner,
        );
        expect(check.status).toBe(201);
      });
    }
  });
});

describe('seed variety with another seed', () => {
  it('still has every rare appointment shape in both demo locations, and the same team flags', async () => {
    const emulator = await startTestEmulator({ seed: 2 });
    try {
      const api = await signedIn(emulator);
      for (const location of [SALON, STUDIO]) {
        const records = (
          await api.get<WireRecord[]>(
            `/records/${location}?start_date=${salonDate(-28)}&end_date=${salonDate(13)}&count=100000`,
          )
        ).body.data.filter((r) => !r.activity_id);
        expect(records.some((r) => r.client === null && r.services.length > 0)).toBe(true);
        expect(records.some((r) => r.client !== null && r.services.length === 0)).toBe(true);
        expect(records.some((r) => r.client === null && r.services.length === 0)).toBe(true);
        expect(records.some((r) => r.services.length >= 2)).toBe(true);
        expect(records.some((r) => r.services.some((l) => l.discount === 0 && l.cost < l.first_cost))).toBe(
          true,
        );
      }
      const staff = (await api.get<WireStaff[]>(`/staff/${SALON}`)).body.data;
      const flagged = staff
        .filter((m) => m.fired || m.status || m.hidden || Array.isArray(m.position))
        .map((m) => [m.id, m.name, m.fired, m.status, m.hidden, Array.isArray(m.position)]);
      expect(flagged).toEqual([
        [1021, 'Harper Quinn', 1, 1, 1, false],
        [1020, 'Grace Holloway', 1, 0, 1, false],
        [1010, 'Charlotte Evans', 0, 0, 1, false],
        [1012, 'Amelia Clarke', 0, 0, 0, true],
        [1022, 'Jack Doyle', 0, 1, 1, true],
      ]);
    } finally {
      await emulator.close();
    }
  });
});
