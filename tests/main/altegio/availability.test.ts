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
});
