import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../electron/emulator/index';
import { type Api, NOW, SALON, salonDate, signedIn, startTestEmulator, type WireRecord } from './helpers';

interface WireActivity {
  id: number;
  staff_id: number;
  service_id: number;
  date: string;
  length: number;
  capacity: number;
  records_count: number;
  service: { title: string };
}
interface WireDay {
  id: number;
  day_of_week: string;
  events_time: string;
  events_master_id: number;
  events_master?: { name: string };
}
interface WireSchedule {
  id: number;
  original_entity_id: number;
  date_start: string;
  date_end: string;
  days: WireDay[];
}
interface WireEnrolment {
  id: number;
  final_day: string;
  days: WireDay[];
}
interface WireDayEvent {
  id: number;
  event_status: string;
  entity_datetime: string;
}

describe('group events, schedules and client schedules', () => {
  let emulator: RunningEmulator;
  let api: Api;
  let events: WireActivity[];

  beforeAll(async () => {
    emulator = await startTestEmulator();
    api = await signedIn(emulator);
    events = (
      await api.get<WireActivity[]>(
        `/activity/${SALON}/search?from=${salonDate(-30)}&till=${salonDate(40)}&count=200`,
      )
    ).body.data;
  });
  afterAll(() => emulator.close());

  const base = `/company/${SALON}/schedules`;
  const scheduleOf = async (activityId: number) =>
    (
      await api.get<WireSchedule>(
        `${base}/search/activity/${activityId}?include[]=days&include[]=days.events_master`,
      )
    ).body.data;
  const futureRecords = async (clientId: number) =>
    (
      await api.get<WireRecord[]>(
        `/records/${SALON}?client_id=${clientId}&start_date=${salonDate(0)}&count=500`,
      )
    ).body.data.filter((r) => r.activity_id > 0 && DateTime.fromISO(r.datetime).toMillis() >= NOW.getTime());
  const freshClient = async (phone: string) =>
    (await api.post<{ id: number }>(`/clients/${SALON}`, { name: 'Enrolled', phone })).body.data.id;

  it('lists two weekly group events with participants, filtered by dates and member', async () => {
    const titles = new Set(events.map((e) => e.service.title));
    expect(titles.size).toBe(2);
    expect(events.some((e) => e.records_count > 0)).toBe(true);
    const future = await api.get<WireActivity[], { count: number }>(`/activity/${SALON}/search`);
    expect(future.body.meta.count).toBe(future.body.data.length);
    expect(future.body.data.every((e) => e.date.slice(0, 10) >= salonDate(0))).toBe(true);
    const staffId = events[0]?.staff_id ?? 0;
    const mine = await api.get<WireActivity[]>(
      `/activity/${SALON}/search?staff_ids[]=${staffId}&from=${salonDate(-30)}&till=${salonDate(40)}`,
    );
    expect(mine.body.data.length).toBeGreaterThan(0);
    expect(mine.body.data.every((e) => e.staff_id === staffId)).toBe(true);
    const one = await api.get<WireActivity>(`/activity/${SALON}/${events[0]?.id}`);
    expect(one.body.data).toEqual(events[0]);
  });

  it('finds the schedule of an event with its days; record schedules are 422', async () => {
    const event = events[0];
    if (!event) throw new Error('no events');
    const schedule = await scheduleOf(event.id);
    expect(schedule.days.length).toBeGreaterThan(0);
    expect(schedule.days[0]?.events_master?.name).toBeTruthy();
    expect(schedule.date_end > salonDate(0)).toBe(true);
    expect((await api.get(`${base}/search/record/${event.id}`)).status).toBe(422);
    expect((await api.get(`${base}/search/activity/1`)).status).toBe(404);
  });

  it('enrolling creates future appointments, changing days moves them, unenrolling removes them', async () => {
    const twoDayEvent = events.find((e) => e.service.title.startsWith('Nail art'));
    if (!twoDayEvent) throw new Error('no nail art event');
    const schedule = await scheduleOf(twoDayEvent.id);
    expect(schedule.days).toHaveLength(2);
    const [tue, fri] = schedule.days as [WireDay, WireDay];
    const clientId = await freshClient('+12125550301');
    expect(await futureRecords(clientId)).toEqual([]);

    const enrolled = await api.post<WireEnrolment>(`${base}/${schedule.id}/client_schedules`, {
      client_id: clientId,
      schedule_days_ids: [tue.id],
    });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body.data.final_day).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const tueEvents = (
      await api.get<WireDayEvent[], { count: number }>(`${base}/days/${tue.id}/events`)
    ).body.data.filter(
      (e) =>
        DateTime.fromISO(e.entity_datetime.replace(' ', 'T'), { zone: 'America/New_York' }).toMillis() >=
        NOW.getTime(),
    );
    const afterEnrol = await futureRecords(clientId);
    expect(afterEnrol).toHaveLength(tueEvents.length);
    expect(afterEnrol.every((r) => DateTime.fromSQL(r.date).weekday === 2)).toBe(true);

    const changed = await api.patch<WireEnrolment>(
      `${base}/${schedule.id}/client_schedules/${enrolled.body.data.id}`,
      {
        schedule_days_ids: [fri.id],
      },
    );
    expect(changed.status).toBe(200);
    const afterChange = await futureRecords(clientId);
    expect(afterChange.length).toBeGreaterThan(0);
    expect(afterChange.every((r) => DateTime.fromSQL(r.date).weekday === 5)).toBe(true);

    const removed = await api.delete(`${base}/${schedule.id}/client_schedules/${enrolled.body.data.id}`);
    expect(removed.status).toBe(204);
    expect(await futureRecords(clientId)).toEqual([]);
  });

  it('validates enrolments: 1-7 day ids of this schedule, a known client', async () => {
    const [first, second] = [...new Map(events.map((e) => [e.service.title, e])).values()];
    if (!first || !second) throw new Error('need two events');
    const scheduleA = await scheduleOf(first.id);
    const scheduleB = await scheduleOf(second.id);
    const clientId = await freshClient('+12125550302');
    const foreignDay = await api.post<null, { errors: Record<string, string[]> }>(
      `${base}/${scheduleA.id}/client_schedules`,
      {
        client_id: clientId,
        schedule_days_ids: [scheduleB.days[0]?.id],
      },
    );
    expect(foreignDay.status).toBe(422);
    expect(foreignDay.body.meta.errors).toHaveProperty('schedule_days_ids');
    const none = await api.post(`${base}/${scheduleA.id}/client_schedules`, {
      client_id: clientId,
      schedule_days_ids: [],
    });
    expect(none.status).toBe(422);
    const unknownClient = await api.post(`${base}/${scheduleA.id}/client_schedules`, {
      client_id: 1,
      schedule_days_ids: [scheduleA.days[0]?.id],
    });
    expect(unknownClient.status).toBe(422);
  });

  it('lists a schedule’s enrolments with their clients, and refuses a second enrolment of the same client', async () => {
    const event = events.find((e) => e.service.title.startsWith('Nail art'));
    if (!event) throw new Error('no nail art event');
    const schedule = await scheduleOf(event.id);
    const listed = await api.get<
      Array<WireEnrolment & { client: { id: number; name: string } }>,
      { count: number }
    >(`${base}/${schedule.id}/client_schedules`);
    expect(listed.status).toBe(200);
    expect(listed.body.meta.count).toBe(listed.body.data.length);
    expect(listed.body.data.length).toBeGreaterThanOrEqual(4);
    expect(listed.body.data[0]?.client.name).toEqual(expect.any(String));
    const clientId = await freshClient('+12125550303');
    const path = `${base}/${schedule.id}/client_schedules`;
    const dayIds = [schedule.days[0]?.id];
    expect((await api.post(path, { client_id: clientId, schedule_days_ids: dayIds })).status).toBe(201);
    const twice = await api.post<null, { errors: Record<string, string[]> }>(path, {
      client_id: clientId,
      schedule_days_ids: dayIds,
    });
    expect(twice.status).toBe(422);
    expect(twice.body.meta.errors['client_id']).toEqual(['The client is already enrolled in this schedule.']);
  });

  it('refuses a client of another location and a series that is full on every future date', async () => {
    const event = events.find((e) => e.service.title.startsWith('Styling'));
    if (!event) throw new Error('no styling event');
    const schedule = await scheduleOf(event.id);
    const path = `${base}/${schedule.id}/client_schedules`;
    const [day] = schedule.days as [WireDay];
    const otherLocation = (
      await api.post<{ id: number }>(`/clients/${SALON + 1}`, { name: 'Elsewhere', phone: '+12125550304' })
    ).body.data.id;
    const foreign = await api.post<null, { errors: Record<string, string[]> }>(path, {
      client_id: otherLocation,
      schedule_days_ids: [day.id],
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.meta.errors['client_id']).toEqual(['The client belongs to another location.']);

    const future = (await api.get<WireActivity[]>(`/activity/${SALON}/search?count=200`)).body.data.filter(
      (e) => e.service_id === event.service_id,
    );
    let guest = 0;
    for (const occurrence of future) {
      for (let i = occurrence.records_count; i < occurrence.capacity; i += 1) {
        guest += 1;
        await api.post(`/records/${SALON}`, {
          activity_id: occurrence.id,
          client: { phone: `+1212556${String(1000 + guest)}`, name: `Filler ${guest}` },
        });
      }
    }
    const full = await api.post<null, { errors: Record<string, string[]> }>(path, {
      client_id: await freshClient('+12125550305'),
      schedule_days_ids: [day.id],
    });
    expect(full.status).toBe(422);
    expect(full.body.meta.errors['schedule_days_ids']).toEqual([`The ${day.day_of_week} series is full.`]);
  });

  it('books one-off participants into a group event with activity_id until it is full', async () => {
    const event = (
      await api.get<WireActivity[]>(`/activity/${SALON}/search?from=${salonDate(1)}&till=${salonDate(20)}`)
    ).body.data.find((e) => e.records_count < e.capacity);
    if (!event) throw new Error('no event with free places');
    let booked = 0;
    let last: { status: number; body: unknown } = { status: 0, body: null };
    for (let i = 0; i <= event.capacity; i += 1) {
      last = await api.post<WireRecord>(`/records/${SALON}`, {
        activity_id: event.id,
        client: { phone: `+1212555${String(7000 + i)}`, name: `Guest ${i}` },
      });
      if (last.status !== 201) break;
      booked += 1;
      const record = (last.body as { data: WireRecord }).data;
      expect(record).toMatchObject({
        activity_id: event.id,
        staff_id: event.staff_id,
        date: event.date,
        seance_length: event.length,
      });
    }
    expect(booked).toBe(event.capacity - event.records_count);
    expect(last.status).toBe(422);
    const full = await api.get<WireActivity>(`/activity/${SALON}/${event.id}`);
    expect(full.body.data.records_count).toBe(event.capacity);
    const participant = (
      await api.get<WireRecord[]>(
        `/records/${SALON}?start_date=${event.date.slice(0, 10)}&end_date=${event.date.slice(0, 10)}&count=500`,
      )
    ).body.data.find((r) => r.activity_id === event.id);
    if (!participant?.client) throw new Error('no participant');
    const withoutEvent = await api.put(`/record/${SALON}/${participant.id}`, {
      client: { phone: participant.client.phone },
    });
    expect(withoutEvent.status).toBe(422);
    const sameEvent = await api.put<WireRecord>(`/record/${SALON}/${participant.id}`, {
      activity_id: event.id,
      client: { phone: participant.client.phone },
      comment: 'Bringing a friend next time',
    });
    expect(sameEvent.status).toBe(201);
    expect(sameEvent.body.data).toMatchObject({
      activity_id: event.id,
      comment: 'Bringing a friend next time',
    });
  });

  it('deletes, re-creates and edits a schedule with its days and events', async () => {
    const event = events.find((e) => e.service.title.startsWith('Styling'));
    if (!event) throw new Error('no styling event');
    const old = await scheduleOf(event.id);
    const original = old.original_entity_id;
    const participants = (
      await api.get<WireRecord[]>(`/records/${SALON}?start_date=${salonDate(1)}&count=1000`)
    ).body.data.filter((r) => r.activity_id && r.staff_id === event.staff_id);
    expect(participants.length).toBeGreaterThan(0);
    expect((await api.delete(`${base}/${old.id}`)).status).toBe(204);
    const remaining = (
      await api.get<WireRecord[]>(`/records/${SALON}?start_date=${salonDate(1)}&count=1000`)
    ).body.data.filter((r) => r.activity_id && r.staff_id === event.staff_id);
    expect(remaining).toEqual([]);
    expect((await api.get(`${base}/search/activity/${original}`)).status).toBe(404);

    const dateEnd = salonDate(35);
    const created = await api.post<WireSchedule>(`${base}?include[]=days`, {
      original_entity_type: 'activity',
      original_entity_id: original,
      date_end: dateEnd,
      add_clients_from_original_entity: false,
      days: [
        {
          day_of_week: 'mon',
          events_master_id: event.staff_id,
          events_time: '16:00:00',
          events_duration: 3600,
          events_capacity: 4,
          labels_ids: [],
        },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ original_entity_id: original, date_end: dateEnd });
    const monday = created.body.data.days[0];
    if (!monday) throw new Error('no day');
    const dayEvents = await api.get<WireDayEvent[], { count: number }>(`${base}/days/${monday.id}/events`);
    expect(dayEvents.body.meta.count).toBe(dayEvents.body.data.length);
    expect(dayEvents.body.data.length).toBeGreaterThanOrEqual(4);
    expect(dayEvents.body.data.every((e) => e.entity_datetime.endsWith('16:00:00'))).toBe(true);

    const shortened = await api.patch<WireSchedule>(`${base}/${created.body.data.id}`, {
      date_end: salonDate(14),
    });
    expect(shortened.status).toBe(200);
    const fewer = await api.get<WireDayEvent[], { count: number }>(`${base}/days/${monday.id}/events`);
    expect(fewer.body.meta.count).toBeLessThan(dayEvents.body.meta.count);
    expect(fewer.body.data.every((e) => e.entity_datetime.slice(0, 10) <= salonDate(14))).toBe(true);

    const added = await api.post<WireDay>(`${base}/${created.body.data.id}/days`, {
      day_of_week: 'wed',
      events_master_id: event.staff_id,
      events_time: '17:00:00',
      events_duration: 1800,
      events_capacity: 3,
    });
    expect(added.status).toBe(201);
    expect((await api.patch(`${base}/days/${added.body.data.id}`, { events_time: '15:00:00' })).status).toBe(
      422,
    );
    const edited = await api.patch<WireDay>(`${base}/days/${added.body.data.id}`, {
      force: true,
      events_time: '15:00:00',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.data.events_time).toBe('15:00:00');
    const wedEvents = (await api.get<WireDayEvent[]>(`${base}/days/${added.body.data.id}/events`)).body.data;
    expect(wedEvents.length).toBeGreaterThan(0);
    expect(wedEvents.every((e) => e.entity_datetime.endsWith('15:00:00'))).toBe(true);
    expect((await api.delete(`${base}/days/${added.body.data.id}`)).status).toBe(204);
    expect((await api.get(`${base}/days/${added.body.data.id}/events`)).status).toBe(404);
  });
});
