import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime, Settings } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS, startEmulator } from '../../../electron/emulator';
import { APP_ORIGIN } from '../../../electron/main/security';
import type { Output } from '../../../shared/contract';
import { addDays, EMMA, SALON_ID, SALON_TODAY } from '../../support/demoSalon';
import { createTestCore } from '../../support/mainCore';
import { TEST_NOW } from '../../support/testClock';
import { useHarness } from './harness';

const h = useHarness();

const CHARLOTTE = 1010; // hidden from online booking, still at the desk
const COLOUR_CONSULTATION = 'Colour consultation'; // Olivia, Ava and Charlotte
const WOMENS_HAIRCUT = "Women's haircut";

interface WireBookService {
  id: number;
  title: string;
  seance_length?: number;
}

async function bookServices(staffId?: number) {
  const reply = await h.http.get(`/book_services/${SALON_ID}${staffId ? `?staff_id=${staffId}` : ''}`);
  return reply.body.data.services as WireBookService[];
}

async function serviceId(title: string) {
  const reply = await h.http.get(`/company/${SALON_ID}/services`);
  return (reply.body.data as Array<{ id: number; title: string }>).find((s) => s.title === title)!.id;
}

const serviceQuery = (ids: number[]) => ids.map((id) => `service_ids[]=${id}`).join('&');

async function bookDates(staffId: number, ids: number[], from: string) {
  const reply = await h.http.get(
    `/book_dates/${SALON_ID}?staff_id=${staffId}&${serviceQuery(ids)}&date=${from}`,
  );
  return reply.body.data as { working_dates: string[]; booking_dates: string[] };
}

const monthOf = (date: string, plus = 0) => DateTime.fromISO(date).plus({ months: plus }).toFormat('yyyy-MM');

afterEach(() => h.emulator.setOnlineBooking(SALON_ID, true));

describe('onlineBooking handlers', () => {
  it('lists what book_services offers, then the services it leaves out with the reason', async () => {
    const view = await h.invoke('onlineBooking.services', { locationId: SALON_ID });
    const wire = await bookServices();
    const offered = view.services.filter((s) => s.notOffered === null).map((s) => s.id);
    expect(offered).toEqual(wire.map((s) => s.id));
    const reasonOf = (title: string) => view.services.find((s) => s.title === title)?.notOffered;
    expect(reasonOf('Classic perm')).toBe('inactive');
    expect(reasonOf('Microblading touch-up')).toBe('inactive');
    expect(reasonOf('Styling masterclass (group)')).toBe('group');
    expect(reasonOf('Nail art workshop (group)')).toBe('group');
    expect(reasonOf(WOMENS_HAIRCUT)).toBeNull();
    // Every listed service has its category.
    for (const service of view.services) {
      expect(
        view.categories.some((c) => c.id === service.categoryId),
        service.title,
      ).toBe(true);
    }
  });

  it('for one team member, lists only theirs with their session length', async () => {
    const view = await h.invoke('onlineBooking.services', { locationId: SALON_ID, teamMemberId: EMMA });
    const wire = await bookServices(EMMA);
    const offered = view.services.filter((s) => s.notOffered === null);
    expect(offered.map((s) => [s.id, s.durationSeconds])).toEqual(wire.map((s) => [s.id, s.seance_length]));
    expect(view.services.some((s) => s.title === 'Swedish massage')).toBe(false);
  });

  it('offers the members book_staff offers with their next free date, and says why not the others', async () => {
    const consultation = await serviceId(COLOUR_CONSULTATION);
    const members = await h.invoke('onlineBooking.teamMembers', {
      locationId: SALON_ID,
      serviceIds: [consultation],
    });
    const wire = (await h.http.get(`/book_staff/${SALON_ID}?service_ids[]=${consultation}`)).body
      .data as Array<{
      id: number;
      seance_date: string | null;
    }>;
    const offered = members.filter((m) => m.notOffered !== 'hidden' && m.notOffered !== 'does-not-provide');
    expect(offered.map((m) => [m.id, m.nextDate])).toEqual(
      wire.map((m) => [m.id, m.seance_date ? m.seance_date.slice(0, 10) : null]),
    );
    expect(members.find((m) => m.id === CHARLOTTE)?.notOffered).toBe('hidden');
    expect(members.find((m) => m.id === EMMA)?.notOffered).toBe('does-not-provide');
  });

  it('gives the bookable dates of a month as book_dates does, in one or two asks', async () => {
    const haircut = await serviceId(WOMENS_HAIRCUT);
    for (const plus of [0, 1, 2]) {
      const month = monthOf(SALON_TODAY, plus);
      const first = `${month}-01`;
      const from = first > SALON_TODAY ? first : SALON_TODAY;
      const wire = [
        await bookDates(EMMA, [haircut], from),
        await bookDates(EMMA, [haircut], addDays(from, 30)),
      ];
      const expected = (key: 'working_dates' | 'booking_dates') =>
        [...new Set(wire.flatMap((answer) => answer[key]))].filter((d) => d.startsWith(month)).sort();
      const dates = await h.invoke('onlineBooking.dates', {
        locationId: SALON_ID,
        teamMemberId: EMMA,
        serviceIds: [haircut],
        month,
      });
      expect(dates, month).toEqual({
        month,
        workingDates: expected('working_dates'),
        bookingDates: expected('booking_dates'),
      });
    }
    const past = await h.invoke('onlineBooking.dates', {
      locationId: SALON_ID,
      teamMemberId: 0,
      serviceIds: [haircut],
      month: monthOf(SALON_TODAY, -1),
    });
    expect(past.bookingDates).toEqual([]);
    for (const month of ['2027-13', '2027-1', 'January', '1800-01']) {
      const refused = await h.result('onlineBooking.dates', {
        locationId: SALON_ID,
        teamMemberId: 0,
        serviceIds: [haircut],
        month,
      });
      expect(refused.error?.code, month).toBe('VALIDATION');
    }
  });

  it('asks book_dates for the same days whatever zone the computer is in', async () => {
    const haircut = await serviceId(WOMENS_HAIRCUT);
    const ask = (month: string) =>
      h.invoke('onlineBooking.dates', {
        locationId: SALON_ID,
        teamMemberId: 0,
        serviceIds: [haircut],
        month,
      });
    const months = [monthOf(SALON_TODAY), monthOf(SALON_TODAY, 1)];
    const inUtc = await Promise.all(months.map(ask));
    const machineZone = Settings.defaultZone;
    // Computers at the far ends of the clock, a day ahead of UTC and almost a day behind.
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      try {
        Settings.defaultZone = zone;
        expect(await Promise.all(months.map(ask)), zone).toEqual(inUtc);
      } finally {
        Settings.defaultZone = machineZone;
      }
    }
  });

  it('gives book_times in its order, for a member and for anyone, and refuses a past day', async () => {
    const haircut = await serviceId(WOMENS_HAIRCUT);
    const month = await h.invoke('onlineBooking.dates', {
      locationId: SALON_ID,
      teamMemberId: EMMA,
      serviceIds: [haircut],
      month: monthOf(SALON_TODAY, 1),
    });
    const day = month.bookingDates[0]!;
    for (const staffId of [EMMA, 0]) {
      const wire = (await h.http.get(`/book_times/${SALON_ID}/${staffId}/${day}?service_ids[]=${haircut}`))
        .body.data as Array<{ time: string; datetime: string }>;
      expect(wire.length).toBeGreaterThan(0);
      const times = await h.invoke('onlineBooking.times', {
        locationId: SALON_ID,
        teamMemberId: staffId,
        serviceIds: [haircut],
        date: day,
      });
      expect(times.map((t) => [t.time, t.datetime])).toEqual(wire.map((t) => [t.time, t.datetime]));
    }
    const refused = await h.result('onlineBooking.times', {
      locationId: SALON_ID,
      teamMemberId: EMMA,
      serviceIds: [haircut],
      date: addDays(SALON_TODAY, -1),
    });
    expect(refused.error).toMatchObject({ code: 'VALIDATION', params: { problem: 'past' } });
  });

  it('says online booking is off for every view when the location switched it off', async () => {
    h.emulator.setOnlineBooking(SALON_ID, false);
    const requests = [
      ['onlineBooking.services', { locationId: SALON_ID }],
      ['onlineBooking.teamMembers', { locationId: SALON_ID, serviceIds: [] }],
      [
        'onlineBooking.dates',
        { locationId: SALON_ID, teamMemberId: 0, serviceIds: [], month: monthOf(SALON_TODAY) },
      ],
      ['onlineBooking.times', { locationId: SALON_ID, teamMemberId: 0, serviceIds: [], date: SALON_TODAY }],
    ] as const;
    for (const [channel, input] of requests) {
      const refused = await h.result(channel, input);
      expect(refused.error, channel).toMatchObject({
        code: 'FORBIDDEN',
        params: { problem: 'online-booking-off' },
      });
    }
  });
});

describe('a service no team member performs', () => {
  it('is marked as such, and nobody is offered for it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'frontdesk-online-'));
    const dataFile = join(dir, 'salon.json');
    try {
      // The owner took every team member off Swedish massage (Altegio's own settings; the API has no call).
      const first = await startEmulator({ port: 0, rateLimit: false, now: TEST_NOW, dataFile });
      await first.close();
      const data = JSON.parse(await readFile(dataFile, 'utf8')) as {
        services: Array<{ id: number; title: string; locationId: number; staff: unknown[] }>;
      };
      const massage = data.services.find((s) => s.locationId === SALON_ID && s.title === 'Swedish massage')!;
      massage.staff = [];
      await writeFile(dataFile, JSON.stringify(data));

      const emulator = await startEmulator({ port: 0, rateLimit: false, now: TEST_NOW, dataFile });
      try {
        const core = createTestCore({
          trustedOrigins: [APP_ORIGIN],
          startDemo: async () => ({ baseUrl: emulator.url, ...DEMO_CREDENTIALS }),
        });
        await core.session.openDemo();
        const own = { senderUrl: `${APP_ORIGIN}/index.html` };
        const services = await core.invoke('onlineBooking.services', { locationId: SALON_ID }, own);
        const members = await core.invoke(
          'onlineBooking.teamMembers',
          { locationId: SALON_ID, serviceIds: [massage.id] },
          own,
        );
        if (!services.ok || !members.ok) throw new Error('refused');
        const view = services.data as Output<'onlineBooking.services'>;
        expect(view.services.find((s) => s.id === massage.id)?.notOffered).toBe('no-team-member');
        const team = members.data as Output<'onlineBooking.teamMembers'>;
        expect(team.length).toBeGreaterThan(0);
        expect(team.every((m) => m.notOffered === 'hidden' || m.notOffered === 'does-not-provide')).toBe(
          true,
        );
      } finally {
        await emulator.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
