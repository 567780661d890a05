import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { weekdayOf, type ScheduleOverview } from '../../../shared/domain/schedule';
import {
  EMMA,
  SALON_ID,
  SALON_TODAY,
  SALON_ZONE,
  STUDIO_ID,
  addDays,
  freshPhone,
} from '../../support/demoSalon';
import { TEST_NOW } from '../../support/testClock';
import { useHarness } from './harness';

const h = useHarness();

interface WireRecord {
  id: number;
  datetime: string;
  activity_id: number;
  client: { id: number } | null;
}

/** The client's appointments in group events from today on, as Altegio has them. */
async function storedGroupAppointments(clientId: number) {
  const reply = await h.http.get(
    `/records/${SALON_ID}?client_id=${clientId}&start_date=${SALON_TODAY}&end_date=${addDays(SALON_TODAY, 400)}&count=500`,
  );
  return (reply.body.data as WireRecord[])
    .filter((record) => record.activity_id > 0 && Date.parse(record.datetime) >= TEST_NOW.getTime())
    .map((record) => ({
      id: record.id,
      weekday: DateTime.fromISO(record.datetime).setZone(SALON_ZONE).weekday,
    }));
}

async function nailArt(): Promise<ScheduleOverview> {
  const { schedules } = await h.invoke('schedules.list', { locationId: SALON_ID });
  const found = schedules.find((s) => s.serviceTitle.startsWith('Nail art'));
  if (!found) throw new Error('no nail art schedule');
  return found;
}

const of = (overview: ScheduleOverview) => ({
  locationId: SALON_ID,
  eventId: overview.schedule.eventId,
  scheduleId: overview.schedule.id,
});
const dayOf = (overview: ScheduleOverview, weekday: string) => {
  const day = overview.schedule.days.find((d) => d.weekday === weekday);
  if (!day) throw new Error(`no ${weekday} series`);
  return day;
};

describe('schedules handlers', () => {
  it('lists the salon’s schedules with their series and enrolled clients', async () => {
    const { schedules } = await h.invoke('schedules.list', { locationId: SALON_ID });
    expect(schedules.map((s) => s.serviceTitle).sort()).toEqual([
      'Nail art workshop (group)',
      'Styling masterclass (group)',
    ]);
    const nail = schedules.find((s) => s.serviceTitle.startsWith('Nail'));
    expect(nail?.schedule.days.map((d) => d.weekday)).toEqual(['tue', 'fri']);
    expect(nail?.enrolments).toHaveLength(4);
    expect(nail?.enrolments.every((e) => e.clientName.length > 0)).toBe(true);
  });

  it('previews every future date, enrols a new client in two series exactly as previewed', async () => {
    const overview = await nailArt();
    const preview = await h.invoke('schedules.preview', { ...of(overview), clientId: null });
    expect(preview.length).toBeGreaterThan(0);
    expect(preview.every((o) => Date.parse(o.end) > TEST_NOW.getTime())).toBe(true);
    expect(preview.every((o) => o.state === 'free' || o.state === 'full')).toBe(true);
    const tue = dayOf(overview, 'tue');
    const fri = dayOf(overview, 'fri');
    for (const occurrence of preview) {
      const local = DateTime.fromISO(occurrence.start, { zone: SALON_ZONE });
      expect(local.weekday).toBe(occurrence.dayId === tue.id ? 2 : 5);
      expect(local.toFormat('HH:mm')).toBe('16:00');
    }

    const phone = freshPhone();
    const result = await h.invoke('schedules.enrol', {
      ...of(overview),
      client: { name: 'Nora Enrolled', phone },
      dayIds: [tue.id, fri.id],
    });
    const enrolment = result.overview.enrolments.find((e) => e.clientName === 'Nora Enrolled');
    expect(enrolment?.dayIds.sort()).toEqual([tue.id, fri.id].sort());
    const expected = preview.filter((o) => o.state === 'free').map((o) => o.start);
    expect(result.appointments.map((a) => Date.parse(a.start)).sort()).toEqual(
      expected.map((start) => Date.parse(start)).sort(),
    );
    const stored = await storedGroupAppointments(enrolment?.clientId ?? 0);
    expect(stored).toHaveLength(expected.length);

    const after = await h.invoke('schedules.preview', {
      ...of(overview),
      clientId: enrolment?.clientId ?? 0,
    });
    expect(after.filter((o) => o.state === 'enrolled')).toHaveLength(expected.length);
  });

  it('never enrols a client twice: a second enrol adds its series to the first enrolment', async () => {
    const overview = await nailArt();
    const tue = dayOf(overview, 'tue');
    const fri = dayOf(overview, 'fri');
    const client = { name: 'Twice Tried', phone: freshPhone() };
    await h.invoke('schedules.enrol', { ...of(overview), client, dayIds: [tue.id] });
    const again = await h.invoke('schedules.enrol', { ...of(overview), client, dayIds: [fri.id] });
    const mine = again.overview.enrolments.filter((e) => e.clientName === 'Twice Tried');
    expect(mine).toHaveLength(1);
    expect(mine[0]?.dayIds.sort()).toEqual([tue.id, fri.id].sort());
    expect(again.clientId).toBe(mine[0]?.clientId);
    const stored = await storedGroupAppointments(mine[0]?.clientId ?? 0);
    expect(new Set(stored.map((a) => a.weekday))).toEqual(new Set([2, 5]));
    expect(stored).toHaveLength(again.appointments.length);
  });

  it('drops a series and its future appointments, then unenrols (twice is still done)', async () => {
    const overview = await nailArt();
    const tue = dayOf(overview, 'tue');
    const fri = dayOf(overview, 'fri');
    const enrolled = await h.invoke('schedules.enrol', {
      ...of(overview),
      client: { name: 'Dropping Friday', phone: freshPhone() },
      dayIds: [tue.id, fri.id],
    });
    const enrolment = enrolled.overview.enrolments.find((e) => e.clientName === 'Dropping Friday');
    if (!enrolment) throw new Error('not enrolled');
    const changed = await h.invoke('schedules.changeSeries', {
      ...of(overview),
      enrolmentId: enrolment.id,
      dayIds: [tue.id],
    });
    expect(
      changed.appointments.every((a) => DateTime.fromISO(a.start).setZone(SALON_ZONE).weekday === 2),
    ).toBe(true);
    expect((await storedGroupAppointments(enrolment.clientId)).every((a) => a.weekday === 2)).toBe(true);

    const left = await h.invoke('schedules.unenrol', { ...of(overview), enrolmentId: enrolment.id });
    expect(left.enrolments.some((e) => e.id === enrolment.id)).toBe(false);
    expect(await storedGroupAppointments(enrolment.clientId)).toEqual([]);
    await expect(
      h.invoke('schedules.unenrol', { ...of(overview), enrolmentId: enrolment.id }),
    ).resolves.toMatchObject({ schedule: { id: overview.schedule.id } });
  });

  it('refuses a client of another location and a full series with Altegio’s words at the field', async () => {
    const overview = await nailArt();
    const studioClient = await h.http.post(`/clients/${STUDIO_ID}`, {
      name: 'Studio Only',
      phone: freshPhone(),
    });
    const foreign = await h.result('schedules.enrol', {
      ...of(overview),
      client: { id: studioClient.body.data.id, name: 'Studio Only', phone: '' },
      dayIds: [dayOf(overview, 'tue').id],
    });
    expect(foreign.error).toMatchObject({ code: 'VALIDATION' });
    expect(JSON.stringify(foreign.error)).toContain('another location');

    const tooMany = await h.result('schedules.enrol', {
      ...of(overview),
      client: { name: 'Greedy', phone: freshPhone() },
      dayIds: [1, 2, 3, 4, 5, 6, 7, 8],
    });
    expect(tooMany.error).toMatchObject({ code: 'VALIDATION' });
  });

  it('an extended schedule gives its enrolled clients places in the added classes', async () => {
    const overview = await nailArt();
    const tue = dayOf(overview, 'tue');
    const enrolled = await h.invoke('schedules.enrol', {
      ...of(overview),
      client: { name: 'Staying Longer', phone: freshPhone() },
      dayIds: [tue.id],
    });
    const before = enrolled.appointments.length;
    const clientId =
      enrolled.overview.enrolments.find((e) => e.clientName === 'Staying Longer')?.clientId ?? 0;
    await h.invoke('schedules.setEndDate', {
      ...of(overview),
      endDate: addDays(overview.schedule.endDate, 21),
    });
    const after = await storedGroupAppointments(clientId);
    expect(after).toHaveLength(before + 3);
    expect(after.every((a) => a.weekday === 2)).toBe(true);
  });

  it('creates a new weekly class with two series, shortens it, and removes it with its occurrences', async () => {
    const firstDate = addDays(SALON_TODAY, 7);
    const secondWeekday = weekdayOf(addDays(firstDate, 2));
    const services = await h.invoke('services.list', { locationId: SALON_ID });
    const styling = services.find((s) => s.title.startsWith('Styling masterclass'));
    if (!styling) throw new Error('no group service');
    const created = await h.invoke('schedules.create', {
      locationId: SALON_ID,
      source: {
        kind: 'new',
        event: {
          serviceId: styling.id,
          teamMemberId: EMMA,
          date: firstDate,
          time: '08:00',
          durationSeconds: 3600,
          capacity: 5,
        },
      },
      endDate: addDays(firstDate, 42),
      days: [
        {
          weekday: weekdayOf(firstDate),
          time: '08:00',
          durationSeconds: 3600,
          teamMemberId: EMMA,
          capacity: 5,
        },
        { weekday: secondWeekday, time: '07:30', durationSeconds: 3600, teamMemberId: EMMA, capacity: 5 },
      ],
    });
    expect(created.schedule.days.map((d) => d.weekday).sort()).toEqual(
      [weekdayOf(firstDate), secondWeekday].sort(),
    );
    const events = async () =>
      (
        (
          await h.http.get(
            `/activity/${SALON_ID}/search?from=${SALON_TODAY}&till=${addDays(firstDate, 60)}&staff_ids[]=${EMMA}&count=200`,
          )
        ).body.data as Array<{ id: number; date: string; service_id: number }>
      ).filter((e) => e.service_id === styling.id && ['08:00', '07:30'].includes(e.date.slice(11, 16)));
    const before = await events();
    expect(before.length).toBeGreaterThanOrEqual(12);

    const newEnd = addDays(firstDate, 14);
    const shortened = await h.invoke('schedules.setEndDate', { ...of(created), endDate: newEnd });
    expect(shortened.schedule.endDate).toBe(newEnd);
    const after = await events();
    expect(after.length).toBeLessThan(before.length);
    expect(after.every((e) => e.date.slice(0, 10) <= newEnd)).toBe(true);

    expect(await h.invoke('schedules.remove', of(created))).toBeNull();
    expect((await events()).every((e) => e.id === created.schedule.eventId)).toBe(true);
  });

  it('lists a one-off group event as one that could repeat, and repeats it weekly', async () => {
    const services = await h.invoke('services.list', { locationId: SALON_ID });
    const nail = services.find((s) => s.title.startsWith('Nail art'));
    if (!nail) throw new Error('no group service');
    const date = addDays(SALON_TODAY, 9);
    const made = await h.http.post(`/activity/${SALON_ID}`, {
      service_id: nail.id,
      staff_id: EMMA,
      date: `${date} 09:15:00`,
      capacity: 4,
    });
    expect(made.status).toBe(201);
    const before = await h.invoke('schedules.list', { locationId: SALON_ID });
    const oneOff = before.eventsWithoutSchedule.find((e) => e.id === made.body.data.id);
    expect(oneOff).toMatchObject({ capacity: 4, teamMemberId: EMMA });

    const weekday = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const)[
      DateTime.fromISO(date).weekday - 1
    ];
    const created = await h.invoke('schedules.create', {
      locationId: SALON_ID,
      source: { kind: 'event', eventId: made.body.data.id },
      endDate: addDays(date, 21),
      days: [
        { weekday: weekday ?? 'mon', time: '09:15', durationSeconds: 3600, teamMemberId: EMMA, capacity: 4 },
      ],
    });
    expect(created.schedule.eventId).toBe(made.body.data.id);
    expect(created.eventIds).toHaveLength(4);
    const after = await h.invoke('schedules.list', { locationId: SALON_ID });
    expect(after.eventsWithoutSchedule.some((e) => e.id === made.body.data.id)).toBe(false);
    expect(after.schedules.some((s) => s.schedule.id === created.schedule.id)).toBe(true);
    await h.invoke('schedules.remove', of(created));
  });

  it('adds, edits and removes a series, and its classes follow in Altegio', async () => {
    const overview = await nailArt();
    const wednesdays = async (time: string) =>
      (
        (
          await h.http.get(
            `/activity/${SALON_ID}/search?from=${SALON_TODAY}&till=${overview.schedule.endDate}&count=300`,
          )
        ).body.data as Array<{ date: string; staff_id: number }>
      ).filter((e) => DateTime.fromSQL(e.date).weekday === 3 && e.date.slice(11, 16) === time);
    const added = await h.invoke('schedules.addSeries', {
      ...of(overview),
      series: { weekday: 'wed', time: '12:00', durationSeconds: 3600, teamMemberId: EMMA, capacity: 5 },
    });
    const wed = dayOf(added, 'wed');
    expect(wed).toMatchObject({ time: '12:00', capacity: 5 });
    const count = (await wednesdays('12:00')).length;
    expect(count).toBeGreaterThan(0);

    const edited = await h.invoke('schedules.updateSeries', {
      ...of(overview),
      dayId: wed.id,
      series: { time: '13:30', durationSeconds: 3600, teamMemberId: EMMA, capacity: 6 },
    });
    expect(dayOf(edited, 'wed')).toMatchObject({ time: '13:30', capacity: 6 });
    expect(await wednesdays('12:00')).toEqual([]);
    expect(await wednesdays('13:30')).toHaveLength(count);

    const removed = await h.invoke('schedules.removeSeries', { ...of(overview), dayId: wed.id });
    expect(removed.schedule.days.some((d) => d.weekday === 'wed')).toBe(false);
    expect(await wednesdays('13:30')).toEqual([]);
  });

  it('a Retry of a new class after a half-way failure repeats the class the first try made', async () => {
    const services = await h.invoke('services.list', { locationId: SALON_ID });
    const styling = services.find((s) => s.title.startsWith('Styling masterclass'));
    if (!styling) throw new Error('no group service');
    const date = addDays(SALON_TODAY, 11);
    const event = {
      serviceId: styling.id,
      teamMemberId: EMMA,
      date,
      time: '07:45',
      durationSeconds: 3600,
      capacity: 3,
    };
    // The first try made the class, then lost the schedule's answer.
    const orphan = await h.atSalon((client, location) => client.schedules.createGroupEvent(location, event));
    const created = await h.invoke('schedules.create', {
      locationId: SALON_ID,
      source: { kind: 'new', event },
      endDate: addDays(date, 14),
      days: [
        { weekday: weekdayOf(date), time: '07:45', durationSeconds: 3600, teamMemberId: EMMA, capacity: 3 },
      ],
    });
    expect(created.schedule.eventId).toBe(orphan.id);
    const sameDay = (await h.http.get(`/activity/${SALON_ID}/search?from=${date}&till=${date}&count=200`))
      .body.data as Array<{ date: string }>;
    expect(sameDay.filter((e) => e.date.endsWith('07:45:00'))).toHaveLength(1);
    await h.invoke('schedules.remove', of(created));
  });

  it('refuses a first class off the series’ weekdays and an event that names another schedule', async () => {
    const date = addDays(SALON_TODAY, 8);
    const offDay = weekdayOf(addDays(date, 1));
    const refused = await h.result('schedules.create', {
      locationId: SALON_ID,
      source: {
        kind: 'new',
        event: { serviceId: 1, teamMemberId: EMMA, date, time: '09:00', durationSeconds: 3600, capacity: 3 },
      },
      endDate: addDays(date, 14),
      days: [{ weekday: offDay, time: '09:00', durationSeconds: 3600, teamMemberId: EMMA }],
    });
    expect(refused.error?.code).toBe('VALIDATION');
    const { schedules } = await h.invoke('schedules.list', { locationId: SALON_ID });
    const [first, second] = schedules;
    if (!first || !second) throw new Error('need two schedules');
    const crossed = await h.result('schedules.setEndDate', {
      locationId: SALON_ID,
      eventId: first.schedule.eventId,
      scheduleId: second.schedule.id,
      endDate: second.schedule.endDate,
    });
    expect(crossed.error?.code).toBe('NOT_FOUND');
  });

  it('keeps the local time of every appointment across the New York DST change', async () => {
    let change = DateTime.fromISO(SALON_TODAY, { zone: SALON_ZONE }).plus({ days: 21 });
    while (change.offset === change.plus({ days: 1 }).offset) change = change.plus({ days: 1 });
    const sunday = change.startOf('day');
    const firstDate = sunday.minus({ days: 14 }).toISODate() as string;
    const services = await h.invoke('services.list', { locationId: SALON_ID });
    const nail = services.find((s) => s.title.startsWith('Nail art'));
    if (!nail) throw new Error('no group service');
    const weekday = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const)[sunday.weekday - 1] ?? 'sun';
    const created = await h.invoke('schedules.create', {
      locationId: SALON_ID,
      source: {
        kind: 'new',
        event: {
          serviceId: nail.id,
          teamMemberId: EMMA,
          date: firstDate,
          time: '11:15',
          durationSeconds: 3600,
          capacity: 4,
        },
      },
      endDate: sunday.plus({ days: 14 }).toISODate() as string,
      days: [{ weekday, time: '11:15', durationSeconds: 3600, teamMemberId: EMMA, capacity: 4 }],
    });
    const result = await h.invoke('schedules.enrol', {
      ...of(created),
      client: { name: 'Across Daylight', phone: freshPhone() },
      dayIds: [created.schedule.days[0]?.id ?? 0],
    });
    expect(result.appointments.length).toBeGreaterThanOrEqual(4);
    const offsets = new Set(result.appointments.map((a) => a.start.slice(-6)));
    expect(offsets.size).toBe(2);
    for (const appointment of result.appointments)
      expect(DateTime.fromISO(appointment.start, { zone: SALON_ZONE }).toFormat('HH:mm')).toBe('11:15');
  });
});
