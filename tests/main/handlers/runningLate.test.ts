import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import {
  addDays,
  EMMA,
  LIAM,
  QUIET_DAY,
  SALON_ID,
  SALON_TODAY,
  SALON_ZONE,
  salonTime,
} from '../../support/demoSalon';
import { bookRaw, emmaLate, seenIn, storedStart } from '../../support/runningLate';
import { useHarness } from './harness';

const h = useHarness();

const instant = (iso: string) => Date.parse(iso);

describe('runningLate handlers', () => {
  // Emma works 09–13 and 14–18 on Tuesdays; every date below is a quiet Tuesday.
  it('previews the later appointments with their new times and who to tell, and changes nothing', async () => {
    const date = QUIET_DAY;
    await bookRaw(h.http, EMMA, date, '09:00', 30, 'Before From');
    const first = await bookRaw(h.http, EMMA, date, '10:00', 60, 'First Client');
    const second = await bookRaw(h.http, EMMA, date, '11:00', 45, 'Second Client');
    const third = await bookRaw(h.http, EMMA, date, '14:00', 60, 'Third Client');
    await bookRaw(h.http, LIAM, date, '10:30', 60, 'Liam Client');

    const preview = await h.invoke('runningLate.preview', emmaLate(date, '10:00'));

    expect(preview.rows.map((row) => row.id)).toEqual([first.id, second.id, third.id]);
    expect(preview.rows[1]).toMatchObject({
      clientName: 'Second Client',
      clientPhone: second.client?.phone,
      start: salonTime(date, '11:00'),
      end: salonTime(date, '11:45'),
      newStart: salonTime(date, '11:20'),
      newEnd: salonTime(date, '12:05'),
      moves: true,
      problem: null,
    });
    expect(preview.rows.every((row) => row.problem === null)).toBe(true);
    expect(instant(await storedStart(h.http, first.id))).toBe(instant(salonTime(date, '10:00')));
  });

  it('pushes every later appointment by 20 minutes, as Altegio then has them', async () => {
    const date = addDays(QUIET_DAY, 7);
    const booked = [
      await bookRaw(h.http, EMMA, date, '10:00', 60, 'Push One'),
      await bookRaw(h.http, EMMA, date, '11:00', 60, 'Push Two'),
      await bookRaw(h.http, EMMA, date, '15:00', 30, 'Push Three'),
    ];
    const preview = await h.invoke('runningLate.preview', emmaLate(date, '10:00'));
    const result = await h.invoke('runningLate.apply', {
      ...emmaLate(date, '10:00'),
      expected: seenIn(preview),
    });

    expect(result.outcomes.map((o) => [o.id, o.result])).toEqual(booked.map((b) => [b.id, 'moved']));
    const stored = await Promise.all(booked.map((b) => storedStart(h.http, b.id)));
    expect(stored.map(instant)).toEqual(['10:20', '11:20', '15:20'].map((t) => instant(salonTime(date, t))));
    expect(result.outcomes[0]?.appointment?.start).toBe(salonTime(date, '10:20'));
  });

  it('absorbs the delay in a gap: the ones after it stay', async () => {
    const date = addDays(QUIET_DAY, 14);
    const first = await bookRaw(h.http, EMMA, date, '10:00', 60, 'Absorb One');
    const second = await bookRaw(h.http, EMMA, date, '11:10', 30, 'Absorb Two');
    const after = await bookRaw(h.http, EMMA, date, '15:00', 60, 'After Gap');
    const preview = await h.invoke('runningLate.preview', emmaLate(date, '10:00', 20, 'absorb'));
    expect(preview.rows.map((row) => [row.id, row.newStart, row.moves])).toEqual([
      [first.id, salonTime(date, '10:20'), true],
      [second.id, salonTime(date, '11:20'), true],
      [after.id, salonTime(date, '15:00'), false],
    ]);

    const result = await h.invoke('runningLate.apply', {
      ...emmaLate(date, '10:00', 20, 'absorb'),
      expected: seenIn(preview),
    });
    expect(result.outcomes.map((o) => [o.id, o.result])).toEqual([
      [first.id, 'moved'],
      [second.id, 'moved'],
    ]);
    expect(instant(await storedStart(h.http, second.id))).toBe(instant(salonTime(date, '11:20')));
    expect(instant(await storedStart(h.http, after.id))).toBe(instant(salonTime(date, '15:00')));
  });

  it('names a push past closing; without "save anyway" it stays and holds back the one it would overlap', async () => {
    const date = addDays(QUIET_DAY, 21);
    const early = await bookRaw(h.http, EMMA, date, '15:00', 30, 'Early Client');
    const before = await bookRaw(h.http, EMMA, date, '16:50', 45, 'Before Last');
    const last = await bookRaw(h.http, EMMA, date, '17:35', 25, 'Last Client');
    const preview = await h.invoke('runningLate.preview', emmaLate(date, '15:00'));
    expect(preview.rows.map((row) => [row.id, row.problem])).toEqual([
      [early.id, null],
      [before.id, null],
      [last.id, 'outside-hours'],
    ]);

    const refused = await h.invoke('runningLate.apply', {
      ...emmaLate(date, '15:00'),
      expected: seenIn(preview),
    });
    expect(refused.outcomes).toEqual([
      expect.objectContaining({ id: early.id, result: 'moved' }),
      expect.objectContaining({
        id: before.id,
        result: 'not-moved',
        problem: 'busy',
        conflictId: last.id,
        error: expect.objectContaining({
          code: 'SLOT_BUSY',
          params: expect.objectContaining({ reason: 'laterStays' }),
        }),
      }),
      expect.objectContaining({ id: last.id, result: 'not-moved', problem: 'outside-hours' }),
    ]);
    expect(instant(await storedStart(h.http, last.id))).toBe(instant(salonTime(date, '17:35')));
    expect(instant(await storedStart(h.http, before.id))).toBe(instant(salonTime(date, '16:50')));
    expect(instant(await storedStart(h.http, early.id))).toBe(instant(salonTime(date, '15:20')));

    const again = await h.invoke('runningLate.preview', emmaLate(date, '16:00'));
    const forced = await h.invoke('runningLate.apply', {
      ...emmaLate(date, '16:00'),
      expected: seenIn(again),
      saveAnyway: [{ id: last.id, problem: 'outside-hours' }],
    });
    expect(forced.outcomes.map((o) => [o.id, o.result])).toEqual([
      [before.id, 'moved'],
      [last.id, 'moved'],
    ]);
    expect(instant(await storedStart(h.http, last.id))).toBe(instant(salonTime(date, '17:55')));
  });

  it('names a slot another desk took between preview and apply, and what that holds back', async () => {
    const date = addDays(QUIET_DAY, 28);
    const first = await bookRaw(h.http, EMMA, date, '10:00', 60, 'Desk One');
    const second = await bookRaw(h.http, EMMA, date, '11:00', 30, 'Desk Two');
    const preview = await h.invoke('runningLate.preview', emmaLate(date, '10:00'));
    expect(preview.rows.every((row) => row.problem === null)).toBe(true);

    // Another desk books 11:40 meanwhile: 11:00 pushed to 11:20–11:50 would overlap it.
    const taken = await bookRaw(h.http, EMMA, date, '11:40', 30, 'Other Desk');
    const result = await h.invoke('runningLate.apply', {
      ...emmaLate(date, '10:00'),
      expected: seenIn(preview),
    });

    expect(result.outcomes).toEqual([
      // 10:20–11:20 would overlap 11:00, which stays.
      expect.objectContaining({ id: first.id, result: 'not-moved', problem: 'busy', conflictId: second.id }),
      expect.objectContaining({
        id: second.id,
        result: 'not-moved',
        problem: 'busy',
        conflictId: taken.id,
        error: null,
      }),
      // New since the preview: it falls in the push range, and stays where it was booked.
      expect.objectContaining({
        id: taken.id,
        result: 'not-moved',
        problem: 'changed',
        error: expect.objectContaining({ params: { reason: 'newSincePreview' } }),
      }),
    ]);
    expect(instant(await storedStart(h.http, first.id))).toBe(instant(salonTime(date, '10:00')));
    expect(instant(await storedStart(h.http, second.id))).toBe(instant(salonTime(date, '11:00')));
    expect(instant(await storedStart(h.http, taken.id))).toBe(instant(salonTime(date, '11:40')));
  });

  it('names a group event in the way as busy time, and never pushes its seats', async () => {
    const from = addDays(SALON_TODAY, 1);
    const events = await h.invoke('schedules.groupEvents', {
      locationId: SALON_ID,
      from,
      to: addDays(from, 13),
    });
    // The seed must leave the event's member free around it (no appointment but the event's seats), or
    // something else could be what is in the way: take the first event where it does.
    const dayRecords = async (memberId: number, date: string) => {
      const reply = await h.http.get(
        `/records/${SALON_ID}?staff_id=${memberId}&start_date=${date}&end_date=${date}`,
      );
      return reply.body.data as Array<{
        id: number;
        activity_id?: number;
        datetime: string;
        seance_length: number;
        deleted?: boolean;
      }>;
    };
    const candidates = events.filter(
      (e) => e.recordsCount > 0 && DateTime.fromISO(e.start).setZone(SALON_ZONE).hour >= 10,
    );
    let event: (typeof candidates)[number] | undefined;
    for (const candidate of candidates) {
      const start = Date.parse(candidate.start);
      const day = DateTime.fromISO(candidate.start).setZone(SALON_ZONE).toISODate() ?? '';
      const near = (await dayRecords(candidate.teamMemberId, day)).filter(
        (r) =>
          !r.deleted &&
          !r.activity_id &&
          Date.parse(r.datetime) < start + 3_600_000 &&
          start - 3_600_000 < Date.parse(r.datetime) + r.seance_length * 1000,
      );
      if (near.length === 0) {
        event = candidate;
        break;
      }
    }
    if (!event)
      throw new Error('the seed has a group event in the next two weeks with its member free around it');
    const eventStart = DateTime.fromISO(event.start).setZone(SALON_ZONE);
    const date = eventStart.toISODate() ?? '';
    // Right before the event, on the event's member: pushed by 20 minutes it runs into the event.
    const before = await bookRaw(
      h.http,
      event.teamMemberId,
      date,
      eventStart.minus({ minutes: 30 }).toFormat('HH:mm'),
      30,
      'Before Class',
    );
    const preview = await h.invoke('runningLate.preview', {
      ...emmaLate(date, eventStart.minus({ minutes: 30 }).toFormat('HH:mm')),
      teamMemberId: event.teamMemberId,
    });

    expect(preview.rows.find((row) => row.id === before.id)).toMatchObject({
      problem: 'busy',
      conflictId: event.id,
      conflictKind: 'group-event',
    });
    const seats = await h.http.get(
      `/records/${SALON_ID}?staff_id=${event.teamMemberId}&start_date=${date}&end_date=${date}`,
    );
    const seatIds = (seats.body.data as Array<{ id: number; activity_id?: number }>)
      .filter((record) => record.activity_id === event.id)
      .map((record) => record.id);
    expect(seatIds.length).toBeGreaterThan(0);
    expect(preview.rows.filter((row) => seatIds.includes(row.id))).toEqual([]);
  });
});
