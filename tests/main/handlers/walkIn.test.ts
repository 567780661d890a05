import { describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../../../electron/emulator';
import { freshPhone, SALON_ID } from '../../support/demoSalon';
import { freeForWalkIn, walkInMoment } from '../../support/walkIn';
import { useHarness } from './harness';

const NOW = walkInMoment();
const h = useHarness({ now: NOW });

const serviceId = async (title: string) => {
  const found = (await h.invoke('services.list', { locationId: SALON_ID })).find((s) => s.title === title);
  if (!found) throw new Error(`no service ${title}`);
  return found.id;
};

const record = async (id: number) =>
  (await h.http.get(`/record/${SALON_ID}/${id}`)).body.data as {
    staff_id: number;
    datetime: string;
    comment: string;
    services: Array<{ id: number }>;
    record_labels: Array<{ title: string }>;
  };

describe('walk-in handlers', () => {
  it('lists exactly who the emulator says is free, soonest first, and who is free later', async () => {
    const haircut = await serviceId("Men's haircut");
    const found = await h.invoke('walkIn.find', { locationId: SALON_ID, serviceIds: [haircut] });
    const expected = await freeForWalkIn(h.http, SALON_ID, [haircut], NOW, 3);
    expect(expected.length).toBeGreaterThan(1);
    expect(
      found.options.map(({ teamMemberId, name, datetime, durationSeconds }) => ({
        teamMemberId,
        name,
        datetime,
        durationSeconds,
      })),
    ).toEqual(expected);
    expect(found.notProvided).toEqual([]);
    expect(Date.parse(found.now)).toBeGreaterThanOrEqual(NOW.getTime());
    for (const option of found.options) {
      expect(option.waitMinutes).toBe(
        Math.round((Date.parse(option.start) - Date.parse(found.now)) / 60_000),
      );
    }
    // Everyone else who does haircuts is listed with their next date, none of them twice.
    const staff = (await h.http.get(`/book_staff/${SALON_ID}?service_ids%5B%5D=${haircut}`)).body
      .data as Array<{
      id: number;
    }>;
    const listed = [...found.options, ...found.later].map((member) => member.teamMemberId);
    expect([...listed].sort()).toEqual(staff.map((member) => member.id).sort());
  });

  it('marks the booking with the comment when the user may not make the Walk-in label', async () => {
    const haircut = await serviceId("Men's haircut");
    const [option] = (await h.invoke('walkIn.find', { locationId: SALON_ID, serviceIds: [haircut] })).options;
    if (!option) throw new Error('nobody free');
    h.emulator.denyRights(DEMO_CREDENTIALS.login, ['labels.manage']);
    try {
      const booked = await h.invoke('walkIn.book', {
        locationId: SALON_ID,
        teamMemberId: option.teamMemberId,
        serviceIds: [haircut],
        datetime: option.datetime,
        durationSeconds: option.durationSeconds,
        client: { name: 'No Label', phone: freshPhone() },
        apiId: 'walk-in-no-label',
      });
      expect(booked.markedBy).toBe('comment');
      const saved = await record(booked.appointment.id);
      expect(saved).toMatchObject({ staff_id: option.teamMemberId, comment: 'Walk-in', record_labels: [] });
      await h.http.delete(`/record/${SALON_ID}/${booked.appointment.id}`);
    } finally {
      h.emulator.denyRights(DEMO_CREDENTIALS.login, []);
    }
  });

  it('books the first option with a Walk-in label, made once; the same time again is busy', async () => {
    const haircut = await serviceId("Men's haircut");
    const [option] = (await h.invoke('walkIn.find', { locationId: SALON_ID, serviceIds: [haircut] })).options;
    if (!option) throw new Error('nobody free');
    const request = {
      locationId: SALON_ID,
      teamMemberId: option.teamMemberId,
      serviceIds: [haircut],
      datetime: option.datetime,
      durationSeconds: option.durationSeconds,
      client: { name: 'Walked In', phone: freshPhone() },
      apiId: 'walk-in-1',
    };
    const booked = await h.invoke('walkIn.book', request);
    expect(booked.markedBy).toBe('label');
    const saved = await record(booked.appointment.id);
    expect(saved.staff_id).toBe(option.teamMemberId);
    expect(Date.parse(saved.datetime)).toBe(Date.parse(option.start));
    expect(saved.services.map((service) => service.id)).toEqual([haircut]);
    expect(saved.record_labels.map((label) => label.title)).toEqual(['Walk-in']);

    const taken = await h.result('walkIn.book', { ...request, apiId: 'walk-in-2' });
    expect(taken.error).toMatchObject({ code: 'SLOT_BUSY', params: { problem: 'busy' } });
    // A retry of the first booking finds it instead of booking twice.
    const again = await h.invoke('walkIn.book', { ...request, retry: true });
    expect(again.appointment.id).toBe(booked.appointment.id);

    const labels = (await h.http.get(`/labels/${SALON_ID}/record`)).body.data as Array<{ title: string }>;
    expect(labels.filter((label) => label.title === 'Walk-in')).toHaveLength(1);
    await h.http.delete(`/record/${SALON_ID}/${booked.appointment.id}`);
  });

  it('refuses a time already past before asking Altegio', async () => {
    const haircut = await serviceId("Men's haircut");
    const [option] = (await h.invoke('walkIn.find', { locationId: SALON_ID, serviceIds: [haircut] })).options;
    if (!option) throw new Error('nobody free');
    const before = await h.http.get(`/records/${SALON_ID}?count=500`);
    const refused = await h.result('walkIn.book', {
      locationId: SALON_ID,
      teamMemberId: option.teamMemberId,
      serviceIds: [haircut],
      datetime: new Date(NOW.getTime() - 3600_000).toISOString(),
      durationSeconds: option.durationSeconds,
      client: { name: 'Too Late', phone: freshPhone() },
      apiId: 'walk-in-past',
    });
    expect(refused.error).toMatchObject({ code: 'VALIDATION', params: { problem: 'past' } });
    const after = await h.http.get(`/records/${SALON_ID}?count=500`);
    expect(after.body.meta.total_count).toBe(before.body.meta.total_count);
  });

  it('names a chosen service nobody provides online', async () => {
    const [haircut, perm] = [await serviceId("Men's haircut"), await serviceId('Classic perm')];
    const found = await h.invoke('walkIn.find', { locationId: SALON_ID, serviceIds: [haircut, perm] });
    expect(found).toMatchObject({ options: [], later: [], notProvided: [perm], nobodyDoesAll: false });
  });

  it('says when each chosen service has someone but nobody does them all in one appointment', async () => {
    const [haircut, manicure] = [await serviceId("Men's haircut"), await serviceId('Classic manicure')];
    const found = await h.invoke('walkIn.find', { locationId: SALON_ID, serviceIds: [haircut, manicure] });
    expect(found).toMatchObject({ options: [], later: [], notProvided: [], nobodyDoesAll: true });
    const alone = await h.invoke('walkIn.find', { locationId: SALON_ID, serviceIds: [haircut] });
    expect(alone.nobodyDoesAll).toBe(false);
  });

  it('says when the location has online booking switched off', async () => {
    const haircut = await serviceId("Men's haircut");
    h.emulator.setOnlineBooking(SALON_ID, false);
    try {
      const refused = await h.result('walkIn.find', { locationId: SALON_ID, serviceIds: [haircut] });
      expect(refused.error).toMatchObject({ code: 'FORBIDDEN', params: { problem: 'online-booking-off' } });
    } finally {
      h.emulator.setOnlineBooking(SALON_ID, true);
    }
  });

  it('refuses hostile input at the contract', async () => {
    for (const input of [
      { locationId: SALON_ID, serviceIds: [] },
      { locationId: SALON_ID, serviceIds: [1], withinHours: 13 },
      { locationId: SALON_ID, serviceIds: [1], withinHours: 0 },
    ]) {
      expect((await h.result('walkIn.find', input)).error?.code, JSON.stringify(input)).toBe('VALIDATION');
    }
  });
});

describe('walk-in handlers late in the evening', () => {
  // The evening before the walk-in morning: a 12-hour window reaches into the next day's opening hours.
  const lateNow = new Date(NOW.getTime() - 11.5 * 3600_000);
  const late = useHarness({ now: lateNow });

  it('looks into tomorrow when the window crosses midnight in the location’s zone', async () => {
    const services = await late.invoke('services.list', { locationId: SALON_ID });
    const haircut = services.find((service) => service.title === "Men's haircut")?.id ?? 0;
    const found = await late.invoke('walkIn.find', {
      locationId: SALON_ID,
      serviceIds: [haircut],
      withinHours: 12,
    });
    const expected = await freeForWalkIn(late.http, SALON_ID, [haircut], lateNow, 12);
    expect(expected.length).toBeGreaterThan(0);
    expect(found.options.map(({ teamMemberId, datetime }) => ({ teamMemberId, datetime }))).toEqual(
      expected.map(({ teamMemberId, datetime }) => ({ teamMemberId, datetime })),
    );
    // Every one of them is in the morning after "now", none before it.
    for (const option of found.options) {
      expect(Date.parse(option.start)).toBeGreaterThan(lateNow.getTime());
      expect(option.start.slice(0, 10)).toBe(NOW.toISOString().slice(0, 10));
    }
  });
});
