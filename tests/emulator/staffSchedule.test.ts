import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../electron/emulator/index';
import { type Api, SALON, salonDate, signedIn, startTestEmulator } from './helpers';

const EMMA = 1001; // 09–13, 14–18 on Tuesdays
const TUESDAY = salonDate(6); // the pinned "today" is a Wednesday
const PATH = `/company/${SALON}/staff/schedule`;

interface WireDay {
  staff_id: number;
  date: string;
  slots: Array<{ from: string; to: string }>;
}

async function hoursOf(api: Api, staffId: number, date: string) {
  const reply = await api.get<WireDay[]>(
    `${PATH}?start_date=${date}&end_date=${date}&staff_ids[]=${staffId}`,
  );
  return reply.body.data.find((day) => day.staff_id === staffId)?.slots;
}

function setBody(slots: unknown, staffId: unknown = EMMA, dates: unknown = [TUESDAY]) {
  return { schedules_to_set: [{ staff_id: staffId, dates, slots }] };
}

describe('PUT /company/{id}/staff/schedule', () => {
  let emulator: RunningEmulator;
  let api: Api;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    api = await signedIn(emulator);
  });
  afterAll(() => emulator.close());

  it('sets a date’s hours: the schedule, the free times and the neighbouring days follow', async () => {
    expect(await hoursOf(api, EMMA, TUESDAY)).toEqual([
      { from: '09:00', to: '13:00' },
      { from: '14:00', to: '18:00' },
    ]);
    const reply = await api.put<WireDay[]>(PATH, setBody([{ from: '11:00', to: '15:30' }]));
    expect(reply.status).toBe(200);
    expect(reply.body.data).toEqual([
      { staff_id: EMMA, date: TUESDAY, slots: [{ from: '11:00', to: '15:30' }] },
    ]);
    expect(await hoursOf(api, EMMA, TUESDAY)).toEqual([{ from: '11:00', to: '15:30' }]);

    const seances = await api.get<Array<{ time: string }>>(`/timetable/seances/${SALON}/${EMMA}/${TUESDAY}`);
    expect(seances.body.data[0]?.time).toBe('11:00');
    expect(seances.body.data.at(-1)?.time).toBe('15:15');
    // The weekly pattern still holds on the next Tuesday.
    expect(await hoursOf(api, EMMA, salonDate(13))).toHaveLength(2);
  });

  it('makes a date a day off, and a day off a working day', async () => {
    const off = await api.put(PATH, { schedules_to_delete: [{ staff_id: EMMA, dates: [TUESDAY] }] });
    expect(off.status).toBe(200);
    expect(await hoursOf(api, EMMA, TUESDAY)).toEqual([]);
    expect((await api.get<unknown[]>(`/timetable/seances/${SALON}/${EMMA}/${TUESDAY}`)).body.data).toEqual(
      [],
    );

    const sunday = salonDate(4);
    expect(await hoursOf(api, EMMA, sunday)).toEqual([]);
    const on = await api.put(PATH, setBody([{ from: '10:00', to: '14:00' }], EMMA, [sunday]));
    expect(on.status).toBe(200);
    expect(await hoursOf(api, EMMA, sunday)).toEqual([{ from: '10:00', to: '14:00' }]);
  });

  it('refuses bad hours at their field with a 422 and changes nothing', async () => {
    const before = await hoursOf(api, EMMA, salonDate(13));
    const cases: Array<[unknown, string]> = [
      [setBody([{ from: '12:00', to: '12:00' }], EMMA, [salonDate(13)]), 'schedules_to_set.0.slots.0.to'],
      [setBody([{ from: '9am', to: '12:00' }], EMMA, [salonDate(13)]), 'schedules_to_set.0.slots.0.from'],
      [setBody([{ from: '09:00', to: '25:00' }], EMMA, [salonDate(13)]), 'schedules_to_set.0.slots.0.to'],
      [
        setBody(
          [
            { from: '09:00', to: '13:00' },
            { from: '12:00', to: '16:00' },
          ],
          EMMA,
          [salonDate(13)],
        ),
        'schedules_to_set.0.slots',
      ],
      [setBody([], EMMA, [salonDate(13)]), 'schedules_to_set.0.slots'],
      [setBody([{ from: '09:00', to: '12:00' }], 999_999, [salonDate(13)]), 'schedules_to_set.0.staff_id'],
      [setBody([{ from: '09:00', to: '12:00' }], EMMA, ['13.03.2026']), 'schedules_to_set.0.dates.0'],
      [{}, 'schedules_to_set'],
    ];
    for (const [body, field] of cases) {
      const reply = await api.put<null, { errors: Record<string, string[]> }>(PATH, body);
      expect(reply.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys(reply.body.meta.errors), JSON.stringify(body)).toContain(field);
    }
    // All or nothing: a valid item beside a bad one is not applied either.
    const mixed = await api.put(PATH, {
      schedules_to_set: [
        { staff_id: EMMA, dates: [salonDate(13)], slots: [{ from: '10:00', to: '11:00' }] },
        { staff_id: EMMA, dates: [salonDate(13)], slots: [{ from: '11:00', to: '10:00' }] },
      ],
    });
    expect(mixed.status).toBe(422);
    expect(await hoursOf(api, EMMA, salonDate(13))).toEqual(before);
  });

  it('refuses a member of another location', async () => {
    const studioMember = (await api.get<Array<{ id: number }>>(`/staff/102`)).body.data[0]?.id;
    const reply = await api.put(PATH, setBody([{ from: '09:00', to: '12:00' }], studioMember));
    expect(reply.status).toBe(422);
  });
});

describe('staff schedule persistence', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'altegio-hours-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps a date’s hours across a restart', async () => {
    const dataFile = join(dir, 'demo.json');
    const first = await startTestEmulator({ dataFile });
    const api = await signedIn(first);
    expect((await api.put(PATH, setBody([{ from: '07:15', to: '12:45' }]))).status).toBe(200);
    await first.close();
    const second = await startTestEmulator({ dataFile });
    try {
      expect(await hoursOf(await signedIn(second), EMMA, TUESDAY)).toEqual([{ from: '07:15', to: '12:45' }]);
    } finally {
      await second.close();
    }
  });
});
