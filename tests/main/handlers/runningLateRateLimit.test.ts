import { describe, expect, it } from 'vitest';
import { LIAM, QUIET_DAY, SALON_ID, salonTime } from '../../support/demoSalon';
import { bookRaw, storedStart } from '../../support/runningLate';
import { useHarness } from './harness';

// The emulator answers 429 beyond 5 requests a second, as Altegio does.
const h = useHarness({ rateLimit: true });

describe('runningLate within the rate limit', () => {
  it('pushes 15 appointments one by one and loses none', async () => {
    const date = QUIET_DAY;
    // Liam works 10–19 on Tuesdays: 15 half-hours from 10:00, pushed 20 minutes, end by 17:50.
    const booked = [];
    for (let i = 0; i < 15; i += 1) {
      const time = `${String(10 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`;
      booked.push(await bookRaw(h.http, LIAM, date, time, 30, `Queue Client ${i + 1}`));
    }
    const request = {
      locationId: SALON_ID,
      teamMemberId: LIAM,
      from: salonTime(date, '10:00'),
      delayMinutes: 20,
      mode: 'all' as const,
    };
    const preview = await h.invoke('runningLate.preview', request);
    expect(preview.rows).toHaveLength(15);
    expect(preview.rows.every((row) => row.problem === null)).toBe(true);

    const result = await h.invoke('runningLate.apply', {
      ...request,
      expected: preview.rows.map((row) => ({
        id: row.id,
        lastChangedAt: row.lastChangedAt,
        newStart: row.newStart,
      })),
    });

    expect(result.outcomes.map((o) => [o.id, o.result])).toEqual(booked.map((b) => [b.id, 'moved']));
    for (const record of booked) {
      expect(Date.parse(await storedStart(h.http, record.id))).toBe(
        Date.parse(record.datetime) + 20 * 60_000,
      );
    }
  }, 60_000);
});
