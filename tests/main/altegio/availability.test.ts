import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../electron/emulator';
import { bookingProblemOf } from '../../../electron/main/altegio/availability';
import { SALON, salonDate, signedInClient, startTestEmulator } from './helpers';

describe('online booking (free-slot finder)', () => {
  let emulator: RunningEmulator;
  let client: Awaited<ReturnType<typeof signedInClient>>;
  let memberId = 0;
  let serviceId = 0;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    client = await signedInClient(emulator);
    const services = await client.services.list(SALON);
    const service = services.find((s) => s.active && s.capacity === 1 && s.teamMembers.length > 0);
    serviceId = service?.id ?? 0;
    memberId = service?.teamMembers[0]?.teamMemberId ?? 0;
  });
  afterAll(() => emulator.close());

  it('lists bookable dates and times in the location zone', async () => {
    const dates = await client.availability.dates(SALON, { teamMemberId: memberId, serviceIds: [serviceId] });
    expect(dates.bookingDates.length).toBeGreaterThan(0);
    expect(dates.bookingDates.every((d) => dates.workingDates.includes(d))).toBe(true);
    const day = dates.bookingDates.find((d) => d > salonDate(0)) ?? '';
    const times = await client.availability.times(SALON, memberId, day, [serviceId]);
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) {
      expect(time.start.slice(0, 10)).toBe(day);
      expect(time.start.slice(11, 16)).toBe(time.time);
      expect(time.durationSeconds).toBeGreaterThan(0);
    }
    const next = await client.availability.nextSeances(SALON, memberId, { serviceIds: [serviceId] });
    expect(next.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(next.times.length).toBeGreaterThan(0);
  });

  it('checks a free time, and says plainly what is wrong with a taken one', async () => {
    const dates = await client.availability.dates(SALON, { teamMemberId: memberId, serviceIds: [serviceId] });
    const day = dates.bookingDates.find((d) => d > salonDate(0)) ?? '';
    const [free] = await client.availability.times(SALON, memberId, day, [serviceId]);
    const item = { teamMemberId: memberId, serviceIds: [serviceId], datetime: free?.datetime ?? '' };
    await expect(client.availability.check(SALON, [item])).resolves.toBeUndefined();

    const overlap = await client.availability
      .check(SALON, [item, { ...item, id: 2 }])
      .catch((e: unknown) => e);
    expect(bookingProblemOf(overlap)).toBe('overlap');
    expect(overlap).toMatchObject({ code: 'VALIDATION', params: { problem: 'overlap' } });

    const {
      appointments: [taken],
    } = await client.appointments.list(SALON, {
      from: salonDate(1),
      to: salonDate(1),
      teamMemberIds: [memberId],
    });
    expect(taken).toBeDefined();
    const busy = await client.availability
      .check(SALON, [{ ...item, datetime: taken?.start ?? '' }])
      .catch((e: unknown) => e);
    expect(bookingProblemOf(busy)).toBe('busy');
    expect(busy).toMatchObject({ code: 'SLOT_BUSY' });

    const inactive = (await client.services.list(SALON)).find((s) => !s.active);
    if (inactive) {
      const gone = await client.availability
        .check(SALON, [{ ...item, serviceIds: [inactive.id] }])
        .catch((e: unknown) => e);
      expect(bookingProblemOf(gone)).toBe('service-unavailable');
    }
  });

  it('lists the services and team members online booking offers, with each member’s next free date', async () => {
    const catalog = await client.availability.services(SALON);
    expect(catalog.services.map((s) => s.id)).toContain(serviceId);
    expect(catalog.services.every((s) => s.durationSeconds === null)).toBe(true);
    const categoryIds = new Set(catalog.categories.map((c) => c.id));
    expect(catalog.services.every((s) => s.categoryId === null || categoryIds.has(s.categoryId))).toBe(true);

    const theirs = await client.availability.services(SALON, { teamMemberId: memberId });
    expect(theirs.services.find((s) => s.id === serviceId)?.durationSeconds).toBeGreaterThan(0);

    const members = await client.availability.teamMembers(SALON, { serviceIds: [serviceId] });
    const member = members.find((m) => m.id === memberId);
    expect(member?.nextDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const next = await client.availability.nextSeances(SALON, memberId, { serviceIds: [serviceId] });
    expect(member?.nextDate).toBe(next.date);

    const [first] = next.times;
    const at = await client.availability.teamMembers(SALON, {
      serviceIds: [serviceId],
      at: first?.datetime ?? '',
    });
    expect(at.find((m) => m.id === memberId)?.bookable).toBe(true);
  });

  it('says so when the location has online booking switched off', async () => {
    emulator.setOnlineBooking(SALON.id, false);
    try {
      const refused = await client.availability.services(SALON).catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 'FORBIDDEN', params: { problem: 'online-booking-off' } });
      expect(bookingProblemOf(refused)).toBe('online-booking-off');
      const check = await client.availability
        .check(SALON, [{ teamMemberId: memberId, serviceIds: [serviceId], datetime: '2030-01-01T10:00:00Z' }])
        .catch((e: unknown) => e);
      expect(bookingProblemOf(check)).toBe('online-booking-off');
    } finally {
      emulator.setOnlineBooking(SALON.id, true);
    }
  });
});
