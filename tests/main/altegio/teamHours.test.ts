import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../electron/emulator';
import { isoAt, rawGet, SALON, salonDate, signedInClient, startTestEmulator } from './helpers';

const EMMA = 1001;

describe('team hours client', () => {
  let emulator: RunningEmulator;
  let client: Awaited<ReturnType<typeof signedInClient>>;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    client = await signedInClient(emulator);
  });
  afterAll(() => emulator.close());

  it('sets a date’s hours (after the DST change) and reads them back in the location’s zone', async () => {
    const tuesday = salonDate(6); // 10 March 2026, after New York's clocks went forward
    const day = await client.teamHours.setDay(SALON, EMMA, tuesday, [{ from: '07:30', to: '11:00' }]);
    expect(day).toEqual({
      teamMemberId: EMMA,
      date: tuesday,
      intervals: [{ start: isoAt(tuesday, '07:30'), end: isoAt(tuesday, '11:00') }],
    });
    expect(day.intervals[0]?.start).toMatch(/-04:00$/);
    const raw = await rawGet(
      emulator,
      client.userToken,
      `/company/${SALON.id}/staff/schedule?start_date=${tuesday}&end_date=${tuesday}&staff_ids[]=${EMMA}`,
    );
    expect(raw.body.data).toEqual([
      { staff_id: EMMA, date: tuesday, slots: [{ from: '07:30', to: '11:00' }] },
    ]);
  });

  it('clears a date to a day off with schedules_to_delete', async () => {
    const date = salonDate(7);
    const day = await client.teamHours.setDay(SALON, EMMA, date, []);
    expect(day).toEqual({ teamMemberId: EMMA, date, intervals: [] });
  });

  it('maps Altegio’s field errors to the request’s fields', async () => {
    const date = salonDate(13);
    await expect(
      client.teamHours.setDay(SALON, EMMA, date, [{ from: '12:00', to: '11:00' }]),
    ).rejects.toMatchObject({ code: 'VALIDATION', detail: { fields: { 'slots.0.to': expect.any(String) } } });
    await expect(
      client.teamHours.setDay(SALON, EMMA, date, [
        { from: '09:00', to: '12:00' },
        { from: '11:00', to: '13:00' },
      ]),
    ).rejects.toMatchObject({ detail: { fields: { slots: expect.any(String) } } });
    await expect(
      client.teamHours.setDay(SALON, 999_999, date, [{ from: '09:00', to: '12:00' }]),
    ).rejects.toMatchObject({ detail: { fields: { teamMemberId: expect.any(String) } } });
  });
});
