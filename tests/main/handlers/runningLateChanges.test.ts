import { describe, expect, it } from 'vitest';
import { addDays, EMMA, QUIET_DAY, SALON_ID, salonTime } from '../../support/demoSalon';
import { bookRaw, emmaLate, seenIn, storedStart } from '../../support/runningLate';
import { useHarness } from './harness';

const h = useHarness();

const instant = (iso: string) => Date.parse(iso);

describe('runningLate apply when the day changed since the preview', () => {
  it('moves nothing to a time the desk never saw, and names an appointment new since the preview', async () => {
    const date = QUIET_DAY;
    const first = await bookRaw(h.http, EMMA, date, '10:00', 60, 'Seen First');
    const second = await bookRaw(h.http, EMMA, date, '11:10', 30, 'Seen Second');
    const preview = await h.invoke('runningLate.preview', emmaLate(date, '10:00', 20, 'absorb'));
    expect(preview.rows.map((row) => row.newStart)).toEqual([
      salonTime(date, '10:20'),
      salonTime(date, '11:20'),
    ]);

    // Another desk fills the gap that absorbed half the delay: re-planned, 11:10 would go to 11:30.
    const gap = await bookRaw(h.http, EMMA, date, '11:00', 10, 'Gap Filler');
    const result = await h.invoke('runningLate.apply', {
      ...emmaLate(date, '10:00', 20, 'absorb'),
      expected: seenIn(preview),
    });

    expect(result.outcomes).toEqual([
      // Pushed, it would overlap the ones after it, which stay.
      expect.objectContaining({ id: first.id, result: 'not-moved', problem: 'busy', conflictId: second.id }),
      expect.objectContaining({
        id: gap.id,
        result: 'not-moved',
        problem: 'changed',
        error: expect.objectContaining({ params: { reason: 'newSincePreview' } }),
      }),
      expect.objectContaining({
        id: second.id,
        result: 'not-moved',
        problem: 'changed',
        error: expect.objectContaining({ params: { reason: 'newTime' } }),
      }),
    ]);
    for (const [record, time] of [
      [first, '10:00'],
      [gap, '11:00'],
      [second, '11:10'],
    ] as const)
      expect(instant(await storedStart(h.http, record.id))).toBe(instant(salonTime(date, time)));
  });

  it('does not push one another desk moved after it was read, even with the same version stamp', async () => {
    const date = addDays(QUIET_DAY, 21);
    const record = await bookRaw(h.http, EMMA, date, '10:00', 30, 'Moved Elsewhere');
    const preview = await h.invoke('runningLate.preview', emmaLate(date, '10:00'));
    // Right before the push reads it, another desk moves it to 15:00 (within the same second).
    let movedByOtherDesk = false;
    h.emulator.beforeRequest(async ({ method, path }) => {
      if (movedByOtherDesk || method !== 'GET' || !path.endsWith(`/record/${SALON_ID}/${record.id}`)) return;
      movedByOtherDesk = true;
      const reply = await h.http.put(`/record/${SALON_ID}/${record.id}`, {
        staff_id: EMMA,
        services: [],
        client: record.client,
        datetime: salonTime(date, '15:00'),
        seance_length: 1800,
        save_if_busy: true,
      });
      if (reply.status !== 200) throw new Error(`the other desk's move failed: ${reply.status}`);
    });
    let result;
    try {
      result = await h.invoke('runningLate.apply', { ...emmaLate(date, '10:00'), expected: seenIn(preview) });
    } finally {
      h.emulator.beforeRequest(null);
    }

    expect(movedByOtherDesk).toBe(true);
    expect(result.outcomes).toEqual([
      expect.objectContaining({ id: record.id, result: 'not-moved', problem: 'changed' }),
    ]);
    expect(instant(await storedStart(h.http, record.id))).toBe(instant(salonTime(date, '15:00')));
  });

  it('saves anyway only over the problem the desk saw and accepted', async () => {
    const date = addDays(QUIET_DAY, 7);
    const last = await bookRaw(h.http, EMMA, date, '17:35', 25, 'Closing Client');
    const preview = await h.invoke('runningLate.preview', emmaLate(date, '17:35'));
    expect(preview.rows.map((row) => row.problem)).toEqual(['outside-hours']);

    // Another desk books 17:30–18:00 (before "from", so not pushed): now the new time is taken as well.
    const taken = await bookRaw(h.http, EMMA, date, '17:30', 30, 'Other Desk');
    const result = await h.invoke('runningLate.apply', {
      ...emmaLate(date, '17:35'),
      expected: seenIn(preview),
      saveAnyway: [{ id: last.id, problem: 'outside-hours' }],
    });

    expect(result.outcomes).toEqual([
      expect.objectContaining({ id: last.id, result: 'not-moved', problem: 'busy', conflictId: taken.id }),
    ]);
    expect(instant(await storedStart(h.http, last.id))).toBe(instant(salonTime(date, '17:35')));
  });

  it('calls a move whose reply and re-read were lost unsure, and holds back what it may overlap at either time', async () => {
    const date = addDays(QUIET_DAY, 14);
    // 09:40 pushed overlaps the unsure one where it was; the double booking at 10:00 where it may be now.
    const early = await bookRaw(h.http, EMMA, date, '09:40', 20, 'Early Bird');
    const twin = await bookRaw(h.http, EMMA, date, '10:00', 15, 'Twin One');
    const lost = await bookRaw(h.http, EMMA, date, '10:00', 15, 'Twin Two');
    const preview = await h.invoke('runningLate.preview', emmaLate(date, '09:40'));
    expect(preview.rows.map((row) => [row.id, row.problem])).toEqual([
      [early.id, null],
      [twin.id, 'busy'],
      [lost.id, 'busy'],
    ]);

    // Every reply to the PUT of `lost`, and to the reads after it, is cut (the PUT itself is carried out).
    let putSeen = false;
    h.emulator.beforeRequest(({ method, path }) => {
      const aboutLost = path.endsWith(`/record/${SALON_ID}/${lost.id}`);
      if (aboutLost && method === 'PUT') putSeen = true;
      void h.emulator.faults.set({ dropRate: aboutLost && putSeen ? 1 : 0 });
    });
    let result;
    try {
      result = await h.invoke('runningLate.apply', {
        ...emmaLate(date, '09:40'),
        expected: seenIn(preview),
        saveAnyway: [twin, lost].map((record) => ({ id: record.id, problem: 'busy' as const })),
      });
    } finally {
      h.emulator.beforeRequest(null);
      h.emulator.faults.clear();
    }

    const held = (laterId: number) =>
      expect.objectContaining({
        result: 'not-moved',
        conflictId: laterId,
        error: expect.objectContaining({ params: { reason: 'laterUnsure', appointmentId: laterId } }),
      });
    expect(result.outcomes).toEqual([
      expect.objectContaining({ id: early.id }),
      expect.objectContaining({ id: twin.id }),
      expect.objectContaining({ id: lost.id, result: 'unsure' }),
    ]);
    expect(result.outcomes[0]).toEqual(held(lost.id));
    expect(result.outcomes[1]).toEqual(held(lost.id));
    // It did move; the ones held back did not.
    expect(instant(await storedStart(h.http, lost.id))).toBe(instant(salonTime(date, '10:20')));
    expect(instant(await storedStart(h.http, twin.id))).toBe(instant(salonTime(date, '10:00')));
    expect(instant(await storedStart(h.http, early.id))).toBe(instant(salonTime(date, '09:40')));
  }, 60_000);
});
