import { describe, expect, it } from 'vitest';
import {
  addDays,
  EMMA,
  freshPhone,
  LIAM,
  QUIET_DAY,
  SALON_ID,
  salonTime,
  STUDIO_ID,
} from '../../support/demoSalon';
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
      [[{ from: '24:00', to: '24:00' }], 'slots.0.from', 'issue.teamHours.time'],
      [[{ from: '09:00', to: '24:30' }], 'slots.0.to', 'issue.teamHours.time'],
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

  it('lists an appointment in a break, and not one across two touching blocks', async () => {
    const date = addDays(QUIET_DAY, 21);
    const across = await book(EMMA, date, '12:30', 60, 'Across Touch');
    const inBreak = await book(EMMA, date, '13:15', 30, 'In Break');
    const preview = (slots: Array<{ from: string; to: string }>) =>
      h.invoke('teamHours.preview', { locationId: SALON_ID, teamMemberId: EMMA, date, slots });

    const touching = await preview([
      { from: '13:00', to: '18:00' },
      { from: '09:00', to: '13:00' },
    ]);
    expect(touching.appointmentsOutside.map((a) => a.id)).not.toContain(across.id);
    expect(touching.appointmentsOutside.map((a) => a.id)).not.toContain(inBreak.id);

    const withBreak = await preview([
      { from: '09:00', to: '13:00' },
      { from: '14:00', to: '18:00' },
    ]);
    expect(withBreak.appointmentsOutside.map((a) => a.id)).toEqual(
      expect.arrayContaining([across.id, inBreak.id]),
    );
    expect(withBreak.unreadable).toBe(0);
  });

  it('lists an appointment of the evening before that runs past midnight into the day', async () => {
    const date = addDays(QUIET_DAY, 28);
    const straddler = await book(EMMA, addDays(date, -1), '23:00', 120, 'Night Owl');
    const evening = await book(EMMA, addDays(date, -1), '20:00', 60, 'Evening Only');
    const preview = (slots: Array<{ from: string; to: string }>) =>
      h.invoke('teamHours.preview', { locationId: SALON_ID, teamMemberId: EMMA, date, slots });

    const ids = (await preview([{ from: '09:00', to: '18:00' }])).appointmentsOutside.map((a) => a.id);
    expect(ids).toContain(straddler.id);
    expect(ids).not.toContain(evening.id);
    expect(
      (await preview([{ from: '09:00', to: '18:00' }])).appointmentsOutside.find(
        (a) => a.id === straddler.id,
      ),
    ).toMatchObject({ start: salonTime(addDays(date, -1), '23:00'), clientName: 'Night Owl' });
    // Its part on this day (00:00–01:00) lies inside hours from midnight: the evening is the day before's.
    const fromMidnight = await preview([{ from: '00:00', to: '18:00' }]);
    expect(fromMidnight.appointmentsOutside.map((a) => a.id)).not.toContain(straddler.id);
  });

  it('counts the records it could not read, and checks an appointment ending at 24:00', async () => {
    const date = addDays(QUIET_DAY, 35);
    const late = await book(EMMA, date, '23:00', 60, 'Till Midnight');
    const broken = await h.http.post(`/records/${SALON_ID}`, {
      staff_id: EMMA,
      services: [],
      client: { name: 'Endless', phone: freshPhone() },
      datetime: salonTime(date, '10:00'),
      seance_length: 9_000_000_000_000_000,
      save_if_busy: true,
    });
    expect(broken.status).toBe(201);
    const preview = await h.invoke('teamHours.preview', {
      locationId: SALON_ID,
      teamMemberId: EMMA,
      date,
      slots: [{ from: '09:00', to: '24:00' }],
    });
    expect(preview.unreadable).toBe(1);
    expect(preview.appointmentsOutside.map((a) => a.id)).not.toContain(late.id);
    const saved = await h.invoke('teamHours.set', {
      locationId: SALON_ID,
      teamMemberId: EMMA,
      date,
      slots: [{ from: '09:00', to: '24:00' }],
    });
    expect(saved.intervals).toEqual([
      { start: salonTime(date, '09:00'), end: salonTime(addDays(date, 1), '00:00') },
    ]);
    expect(await storedHours(EMMA, date)).toEqual([{ from: '09:00', to: '24:00' }]);
  });

  it('refuses to preview the hours of someone not on the location’s team, as saving does', async () => {
    const studio = await h.http.get(`/staff/${STUDIO_ID}`);
    const stranger = (studio.body.data as Array<{ id: number }>)[0]?.id;
    expect(stranger).toBeDefined();
    const change = {
      locationId: SALON_ID,
      teamMemberId: stranger,
      date: QUIET_DAY,
      slots: [{ from: '09:00', to: '12:00' }],
    };
    const previewed = await h.result('teamHours.preview', change);
    const saved = await h.result('teamHours.set', change);
    for (const refused of [previewed, saved]) {
      expect(refused.error?.code).toBe('VALIDATION');
      expect(Object.keys(refused.error?.detail?.fields ?? {})).toEqual(['teamMemberId']);
    }
  });
});
