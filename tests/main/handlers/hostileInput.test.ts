import { describe, expect, it } from 'vitest';
import type { AppointmentInput } from '../../../shared/domain/appointment';
import { LIAM, QUIET_DAY, SALON_ID, salonTime } from '../../support/demoSalon';
import { useHarness } from './harness';

const h = useHarness();

const valid: AppointmentInput = {
  teamMemberId: LIAM,
  start: salonTime(QUIET_DAY, '10:00'),
  durationSeconds: 3600,
  technicalBreakSeconds: null,
  services: [{ id: 2001, firstCost: 45, discountPercent: 0 }],
  client: { name: 'Hostile Input', phone: '+12025550111', email: 'ok@example.com' },
};

/** What the booking form refuses, main refuses too: each of these must never reach Altegio. */
const hostile: Array<[string, Record<string, unknown>]> = [
  ['a 1-second appointment', { durationSeconds: 1 }],
  ['a 2^31-second appointment', { durationSeconds: 2 ** 31 }],
  ['a length that is not whole minutes', { durationSeconds: 3601 }],
  ['a 700-second break', { technicalBreakSeconds: 700 }],
  ['a 2^31-hour reminder', { smsReminderHours: 2 ** 31 }],
  ['a negative price', { services: [{ id: 2001, firstCost: -5 }] }],
  ['a 101% discount', { services: [{ id: 2001, firstCost: 45, discountPercent: 101 }] }],
  ['a 500,000-character comment', { comment: 'x'.repeat(500_000) }],
  ['an empty client name', { client: { name: '   ', phone: '+12025550111' } }],
  ['a phone with 3 digits', { client: { name: 'A', phone: '123' } }],
  ['an invalid e-mail', { client: { name: 'A', phone: '+12025550111', email: 'not an address' } }],
  ['the year 0001', { start: '0001-02-02T10:00:00-04:56' }],
  ['the year 9999', { start: '9999-02-02T10:00:00-05:00' }],
  ['February 30th', { start: '2027-02-30T10:00:00-05:00' }],
  ['200 services', { services: Array.from({ length: 200 }, () => ({ id: 2001 })) }],
  ['a 100,000-character custom field', { customFields: { stylist_notes: 'x'.repeat(100_000) } }],
];

async function recordsOfTheDay(): Promise<number> {
  const reply = await h.http.get(`/records/${SALON_ID}?start_date=${QUIET_DAY}&end_date=${QUIET_DAY}`);
  return (reply.body.data as unknown[]).length;
}

describe('hostile input through the channels', () => {
  it.each(hostile)('refuses %s with VALIDATION, and Altegio never sees it', async (_what, change) => {
    const before = await recordsOfTheDay();
    const refused = await h.result('appointments.create', {
      locationId: SALON_ID,
      input: { ...valid, ...change },
    });
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('VALIDATION');
    expect(Object.keys(refused.error?.detail?.fields ?? {}).every((key) => key.startsWith('input.'))).toBe(
      true,
    );
    // The error never repeats the input back at length.
    expect(JSON.stringify(refused.error).length).toBeLessThan(2_000);
    expect(await recordsOfTheDay()).toBe(before);
  });

  it('refuses a move of 1 second, and one in the year 9999', async () => {
    const created = await h.invoke('appointments.create', { locationId: SALON_ID, input: valid });
    const move = {
      locationId: SALON_ID,
      id: created.id,
      teamMemberId: LIAM,
      start: created.start,
      durationSeconds: 3600,
      expectedLastChangedAt: created.lastChangedAt,
    };
    expect((await h.result('appointments.move', { ...move, durationSeconds: 1 })).error?.code).toBe(
      'VALIDATION',
    );
    expect(
      (await h.result('appointments.move', { ...move, start: '9999-01-01T10:00:00-05:00' })).error?.code,
    ).toBe('VALIDATION');
    const stored = await h.http.get(`/record/${SALON_ID}/${created.id}`);
    expect(stored.body.data.seance_length).toBe(3600);
    await h.http.delete(`/record/${SALON_ID}/${created.id}`);
  });

  it('accepts the same appointment within bounds', async () => {
    const created = await h.invoke('appointments.create', { locationId: SALON_ID, input: valid });
    expect(created.durationSeconds).toBe(3600);
    await h.http.delete(`/record/${SALON_ID}/${created.id}`);
  });
});

describe('preferences', () => {
  it('refuses a key that is present but undefined, instead of failing inside', async () => {
    const refused = await h.result('preferences.set', { theme: undefined });
    expect(refused.error).toMatchObject({ code: 'VALIDATION' });
    expect((await h.invoke('preferences.get')).theme).toBe('system');
  });

  it('answers a 200,000-character unknown key with a short error', async () => {
    const refused = await h.result('preferences.set', { ['k'.repeat(200_000)]: 1 });
    expect(refused.error).toMatchObject({ code: 'VALIDATION' });
    expect(JSON.stringify(refused.error).length).toBeLessThan(1_000);
  });
});
