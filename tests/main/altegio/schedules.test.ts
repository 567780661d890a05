import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../electron/emulator';
import { rawGet, SALON, salonDate, signedInClient, startTestEmulator } from './helpers';

describe('group events, schedules and client schedules', () => {
  let emulator: RunningEmulator;
  let client: Awaited<ReturnType<typeof signedInClient>>;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    client = await signedInClient(emulator);
  });
  afterAll(() => emulator.close());

  const events = () => client.schedules.groupEvents(SALON, { from: salonDate(0), till: salonDate(60) });

  it('lists group events in the location zone', async () => {
    const list = await events();
    expect(list.length).toBeGreaterThan(0);
    for (const event of list) {
      expect(event.start).toMatch(/-0[45]:00$/);
      expect(Date.parse(event.end) - Date.parse(event.start)).toBe(event.durationSeconds * 1000);
      expect(event.capacity).toBeGreaterThan(1);
      expect(event.serviceTitle).not.toBe('');
    }
  });

  it('finds the schedule of a repeating event', async () => {
    const [event] = await events();
    const schedule = await client.schedules.findByEvent(SALON, event?.id ?? 0);
    expect(schedule?.days.length).toBeGreaterThan(0);
    expect(schedule?.days.some((d) => d.teamMemberId === event?.teamMemberId)).toBe(true);
    expect(schedule?.days[0]?.time).toMatch(/^\d{2}:\d{2}$/);
    expect(await client.schedules.findByEvent(SALON, 999_999)).toBeNull();
  });

  it('re-creates a schedule, enrols a client, changes days, unenrols and deletes', async () => {
    // The seed has no one-off event: free one by deleting its schedule (the original event stays).
    const [event] = await events();
    const old = await client.schedules.findByEvent(SALON, event?.id ?? 0);
    if (!event || !old) throw new Error('no repeating group event in the seed');
    await client.schedules.remove(SALON, old.id);
    expect(await client.schedules.findByEvent(SALON, old.eventId)).toBeNull();
    const original = { ...event, id: old.eventId };
    const time = original.start.slice(11, 16);
    const schedule = await client.schedules.create(SALON, {
      eventId: original.id,
      endDate: salonDate(40),
      days: [
        {
          weekday: 'tue',
          time,
          durationSeconds: original.durationSeconds,
          teamMemberId: original.teamMemberId,
          capacity: 4,
        },
        {
          weekday: 'thu',
          time,
          durationSeconds: original.durationSeconds,
          teamMemberId: original.teamMemberId,
          capacity: 4,
        },
      ],
    });
    expect(schedule).toMatchObject({ eventId: original.id, endDate: salonDate(40) });
    expect(schedule.days.map((d) => d.weekday).sort()).toEqual(['thu', 'tue']);
    expect(await client.schedules.findByEvent(SALON, original.id)).toEqual(schedule);

    const [tuesday, thursday] = [...schedule.days]
      .sort((a, b) => a.weekday.localeCompare(b.weekday))
      .reverse();
    const dayEvents = await client.schedules.dayEvents(SALON, tuesday?.id ?? 0);
    expect(dayEvents.length).toBeGreaterThan(3);
    expect(dayEvents.every((e) => e.start.slice(11, 16) === time)).toBe(true);

    const [someone] = (await client.clients.search(SALON, '', { pageSize: 1 })).items;
    const enrolment = await client.schedules.enrol(SALON, schedule.id, someone?.id ?? 0, [tuesday?.id ?? 0]);
    expect(enrolment.dayIds).toEqual([tuesday?.id]);
    const booked = async () =>
      (await client.appointments.list(SALON, { from: salonDate(0), to: salonDate(40) })).appointments.filter(
        (a) => a.client?.id === someone?.id && a.activityId !== null,
      ).length;
    const afterEnrol = await booked();
    const changed = await client.schedules.changeDays(SALON, schedule.id, enrolment.id, [
      tuesday?.id ?? 0,
      thursday?.id ?? 0,
    ]);
    expect(changed.dayIds.sort()).toEqual([tuesday?.id, thursday?.id].sort());
    expect(await booked()).toBeGreaterThan(afterEnrol);
    await client.schedules.unenrol(SALON, schedule.id, enrolment.id);
    expect(await booked()).toBeLessThan(afterEnrol);

    const extended = await client.schedules.setEndDate(SALON, schedule.id, salonDate(50));
    expect(extended.endDate).toBe(salonDate(50));
    const edited = await client.schedules.updateDay(SALON, thursday?.id ?? 0, { capacity: 6 }, true);
    expect(edited.capacity).toBe(6);
    await expect(client.schedules.enrol(SALON, schedule.id, someone?.id ?? 0, [])).rejects.toMatchObject({
      code: 'VALIDATION',
      detail: { fields: { dayIds: expect.any(String) } },
    });

    await client.schedules.remove(SALON, schedule.id);
    expect(await client.schedules.findByEvent(SALON, original.id)).toBeNull();
    const raw = await rawGet(
      emulator,
      client.userToken,
      `/company/${SALON.id}/schedules/search/activity/${original.id}`,
    );
    expect(raw.status).toBe(404);
  });
});
