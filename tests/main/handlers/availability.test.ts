import { describe, expect, it } from 'vitest';
import { EMMA, LIAM, QUIET_DAY, SALON_ID, addDays, salonTime } from '../../support/demoSalon';
import { useHarness } from './harness';

const h = useHarness();

const serviceId = async (title: string) =>
  (await h.invoke('services.list', { locationId: SALON_ID })).find((service) => service.title === title)
    ?.id ?? 0;

describe('availability handlers', () => {
  it('lists free times for a member and for anyone, though Altegio says nobody is "bookable"', async () => {
    const staff = (await h.http.get(`/staff/${SALON_ID}`)).body.data as Array<{ bookable: boolean }>;
    // As real Altegio sends it: the flag is false for everyone, even members who take bookings.
    expect(staff.every((member) => member.bookable === false)).toBe(true);
    const haircut = await serviceId("Men's haircut");
    const liam = await h.invoke('availability.times', {
      locationId: SALON_ID,
      teamMemberId: LIAM,
      date: QUIET_DAY,
      serviceIds: [haircut],
    });
    expect(liam.times[0]).toMatchObject({ time: '10:00', start: salonTime(QUIET_DAY, '10:00') });
    const anyone = await h.invoke('availability.times', {
      locationId: SALON_ID,
      teamMemberId: 0,
      date: QUIET_DAY,
      serviceIds: [haircut],
    });
    const nine = anyone.times.find((time) => time.time === '09:00');
    expect(nine?.teamMemberIds).toContain(EMMA);
    expect(nine?.teamMemberIds).not.toContain(LIAM);
  });

  it('says when a day has none and which day has', async () => {
    const haircut = await serviceId("Men's haircut");
    const sunday = await h.invoke('availability.times', {
      locationId: SALON_ID,
      teamMemberId: LIAM,
      date: addDays(QUIET_DAY, 5),
      serviceIds: [haircut],
    });
    expect(sunday).toEqual({ times: [], nextDate: addDays(QUIET_DAY, 7) });
    const dates = await h.invoke('availability.dates', {
      locationId: SALON_ID,
      teamMemberId: LIAM,
      serviceIds: [haircut],
      from: QUIET_DAY,
    });
    expect(dates.bookingDates).toContain(QUIET_DAY);
    expect(dates.bookingDates).not.toContain(addDays(QUIET_DAY, 5));
  });

  it('answers book_check as a verdict the renderer words', async () => {
    const haircut = await serviceId("Men's haircut");
    const booked = await h.invoke('appointments.create', {
      locationId: SALON_ID,
      input: {
        teamMemberId: LIAM,
        start: salonTime(QUIET_DAY, '10:00'),
        durationSeconds: 3600,
        technicalBreakSeconds: null,
        services: [{ id: haircut }],
        client: { name: 'Already Here', phone: '+12025550166' },
      },
    });
    const check = { locationId: SALON_ID, teamMemberId: LIAM, serviceIds: [haircut] };
    expect(await h.invoke('availability.check', { ...check, start: salonTime(QUIET_DAY, '10:00') })).toEqual({
      bookable: false,
      problem: 'busy',
    });
    expect(await h.invoke('availability.check', { ...check, start: salonTime(QUIET_DAY, '15:00') })).toEqual({
      bookable: true,
      problem: null,
    });
    await h.http.delete(`/record/${SALON_ID}/${booked.id}`);
  });
});
