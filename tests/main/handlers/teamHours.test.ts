import { describe, expect, it } from 'vitest';
import { addDays, EMMA, freshPhone, LIAM, QUIET_DAY, SALON_ID, salonTime } from '../../support/demoSalon';
import { useHarness } from './harness';

const h = useHarness();

interface WireRecord {
  id: number;
  staff_id: number;
  datetime: string;
  seance_length: number;
  deleted: boolean;
}

async function storedHours(staffId: number, date: string) {
  const reply = await h.http.get(
    `/company/${SALON_ID}/staff/schedule?start_date=${date}&end_date=${date}&staff_ids[]=${staffId}`,
  );
  return (reply.body.data as Array<{ staff_id: number; slots: unknown[] }>).find(
    (d) => d.staff_id === staffId,
  )?.slots;
}

async function book(staffId: number, date: string, time: string, minutes: number, name: string) {
  const reply = await h.http.post(`/records/${SALON_ID}`, {
    staff_id: staffId,
    services: [],
    client: { phone: freshPhone(), name },
    datetime: salonTime(date, time),
    seance_length: minutes * 60,
    save_if_busy: true,
  });
  expect(reply.status).toBe(201);
  return reply.body.data as WireRecord;
}

describe('teamHours handlers', () => {
  it('previews exactly the appointments left outside the new hours, and changes nothing', async () => {
    const date = QUIET_DAY;
    const inside = await book(EMMA, date, '09:30', 60, 'Inside Hours');
    const late = await book(EMMA, date, '16:00', 45, 'Late Client');
    const across = await book(EMMA, date, '12:30', 60, 'Across End');
    await book(LIAM, date, '17:00', 60, 'Other Member');
    const slots = [{ from: '09:00', to: '13:00' }];
    const before = await storedHours(EMMA, date);

    const preview = await h.invoke('teamHours.preview', {
      locationId: SALON_ID,
      teamMemberId: EMMA,
      date,
      slots,
    });

    // Independently from Altegio's records: Emma's that do not lie wholly within 09:00–13:00.
    const raw = await h.http.get(`/records/${SALON_ID}?staff_id=${EMMA}&start_date=${date}&end_date=${date}`);
    const nine = Date.parse(salonTime(date, '09:00'));
    const one = Date.parse(salonTime(date, '13:00'));
    const expected = (raw.body.data as WireRecord[])
      .filter((r) => !r.deleted && r.staff_id === EMMA)
      .filter((r) => {
        const start = Date.parse(r.datetime);
        return start < nine || start + r.seance_length * 1000 > one;
      })
      .map((r) => r.id)
      .sort((a, b) => a - b);
    expect(preview.appointmentsOutside.map((a) => a.id).sort((a, b) => a - b)).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining([late.id, across.id]));
    expect(expected).not.toContain(inside.id);
    expect(preview.appointmentsOutside.find((a) => a.id === late.id)).toMatchObject({
      start: salonTime(date, '16:00'),
      end: salonTime(date, '16:45'),
      clientName: 'Late Client',
      clientPhone: expect.stringMatching(/\d{9,}/),
    });
    expect(await storedHours(EMMA, date)).toEqual(before);

    const dayOff = await h.invoke('teamHours.preview', {
      locationId: SALON_ID,
      teamMemberId: EMMA,
      date,
      slots: [],
    });
    expect(dayOff.appointmentsOutside.map((a) => a.id)).toEqual(expect.arrayContaining([inside.id, late.id]));
  });

  it('saves a day’s hours, a break and a day off in Altegio and returns them in the location’s zone', async () => {
    const date = addDays(QUIET_DAY, 7);
    const saved = await h.invoke('teamHours.set', {
      locationId: SALON_ID,
      teamMemberId: EMMA,
      date,
      slots: [
        { from: '08:00', to: '12:00' },
        { from: '12:30', to: '15:00' },
      ],
    });
    expect(saved).toEqual({
      teamMemberId: EMMA,
      date,
      intervals: [
        { start: salonTime(date, '08:00'), end: salonTime(date, '12:00') },
        { start: salonTime(date, '12:30'), end: salonTime(date, '15:00') },
      ],
    });
    expect(await storedHours(EMMA, date)).toEqual([
      { from: '08:00', to: '12:00' },
      { from: '12:30', to: '15:00' },
    ]);
    const off = await h.invoke('teamHours.set', {
      locationId: SALON_ID,
      teamMemberId: EMMA,
      date,
      slots: [],
    });
    expect(off.intervals).toEqual([]);
    expect(await storedHours(EMMA, date)).toEqual([]);
  });

  it('refuses overlapping, backwards and malformed hours at their field before Altegio sees them', async () => {
    const date = addDays(QUIET_DAY, 14);
    const before = await storedHours(EMMA, date);
    const cases: Array<[Array<{ from: string; to: string }>, string, string]> = [
      [
        [
          { from: '09:00', to: '13:00' },
          { from: '12:00', to: '16:00' },
        ],
        'slots.1.from',
        'issue.teamHours.overlap',
      ],
      [[{ from: '14:00', to: '10:00' }], 'slots.0.to', 'issue.teamHours.endBeforeStart'],
      [[{ from: '9:00', to: '10:00' }], 'slots.0.from', 'issue.teamHours.time'],
      [[{ from: '09:00', to: '24:00' }], 'slots.0.to', 'issue.teamHours.time'],
    ];
    for (const [slots, field, issue] of cases) {
      for (const channel of ['teamHours.set', 'teamHours.preview']) {
        const refused = await h.result(channel, { locationId: SALON_ID, teamMemberId: EMMA, date, slots });
        expect(refused.error?.code, JSON.stringify(slots)).toBe('VALIDATION');
        expect(refused.error?.detail?.fields?.[field], JSON.stringify(slots)).toBe(issue);
      }
    }
    expect(await storedHours(EMMA, date)).toEqual(before);
  });

  it('shows Altegio’s refusal of an unknown team member at that field', async () => {
    const refused = await h.result('teamHours.set', {
      locationId: SALON_ID,
      teamMemberId: 999_999,
      date: QUIET_DAY,
      slots: [{ from: '09:00', to: '12:00' }],
    });
    expect(refused.error?.code).toBe('VALIDATION');
    expect(Object.keys(refused.error?.detail?.fields ?? {})).toContain('teamMemberId');
  });
});
