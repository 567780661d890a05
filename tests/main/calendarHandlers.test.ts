import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS, startEmulator, type RunningEmulator } from '../../electron/emulator';
import { APP_ORIGIN } from '../../electron/main/security';
import type { Appointment } from '../../shared/domain/appointment';
import { addDays, QUIET_DAY, salonTime } from '../support/demoSalon';
import { createTestCore, type TestCore } from '../support/mainCore';
import { TEST_NOW } from '../support/testClock';

const own = { senderUrl: `${APP_ORIGIN}/index.html` };
const DAY = QUIET_DAY;
let emulator: RunningEmulator;
let core: TestCore;

async function invoke<T>(channel: string, input?: unknown): Promise<T> {
  const result = await core.invoke(channel, input, own);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.data as T;
}

async function rawPut(id: number, body: Record<string, unknown>) {
  const auth = await fetch(`${emulator.url}/auth`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${DEMO_CREDENTIALS.partnerToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ login: DEMO_CREDENTIALS.login, password: DEMO_CREDENTIALS.password }),
  });
  const token = ((await auth.json()) as { data: { user_token: string } }).data.user_token;
  const response = await fetch(`${emulator.url}/record/101/${id}`, {
    method: 'PUT',
    headers: {
      Authorization: `Bearer ${DEMO_CREDENTIALS.partnerToken}, User ${token}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  expect(response.status).toBeLessThan(300);
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false, now: TEST_NOW });
  core = createTestCore({
    trustedOrigins: [APP_ORIGIN],
    startDemo: async () => ({ baseUrl: emulator.url, ...DEMO_CREDENTIALS }),
  });
  await core.session.openDemo();
});
afterAll(async () => {
  await emulator.close();
});

describe('calendar handlers', () => {
  it('lists a day and then reports only what changed since', async () => {
    const today = await invoke<{ appointments: Appointment[]; cursor: string }>('appointments.list', {
      from: DAY,
      to: DAY,
    });
    expect(today.appointments).toEqual([]);
    const members = await invoke<Array<{ id: number }>>('team.list');
    expect(members.length).toBe(12);
    const hours = await invoke<Array<{ teamMemberId: number; intervals: unknown[] }>>('team.workingHours', {
      from: DAY,
      to: DAY,
    });
    expect(hours.find((day) => day.teamMemberId === 1001)?.intervals).toHaveLength(2);

    const idle = await invoke<{ appointments: Appointment[]; cursor: string }>('appointments.changes', {
      cursor: today.cursor,
    });
    const booked = await core.session.withClient((client, location) =>
      client.appointments.create(location, {
        teamMemberId: 1002,
        start: salonTime(DAY, '11:00'),
        durationSeconds: 3600,
        technicalBreakSeconds: null,
        services: [],
        client: { name: 'Changed Since', phone: '+12125550123' },
      }),
    );
    const changes = await invoke<{ appointments: Appointment[] }>('appointments.changes', {
      cursor: idle.cursor,
    });
    expect(changes.appointments.map((appointment) => appointment.id)).toContain(booked.id);
  });

  it('moves an appointment, and refuses to overwrite a newer version unless told to', async () => {
    const booked = await core.session.withClient((client, location) =>
      client.appointments.create(location, {
        teamMemberId: 1001,
        start: salonTime(DAY, '09:00'),
        durationSeconds: 1800,
        technicalBreakSeconds: null,
        services: [],
        client: { name: 'Conflict Case', phone: '+12125550177' },
      }),
    );
    // Another desk changes the comment after this desk loaded it.
    await new Promise((done) => setTimeout(done, 1100));
    await rawPut(booked.id, {
      staff_id: 1001,
      services: [],
      client: { phone: '+12125550177', name: 'Conflict Case' },
      datetime: salonTime(DAY, '09:00'),
      seance_length: 1800,
      comment: 'changed at the other desk',
    });
    const move = { id: booked.id, teamMemberId: 1002, start: salonTime(DAY, '12:00'), durationSeconds: 1800 };
    await expect(
      invoke('appointments.move', { ...move, expectedLastChangedAt: booked.lastChangedAt }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Someone else changed this appointment'),
    });
    const moved = await invoke<Appointment>('appointments.move', {
      ...move,
      expectedLastChangedAt: booked.lastChangedAt,
      overwrite: true,
    });
    expect([moved.teamMemberId, moved.start, moved.comment]).toEqual([
      1002,
      salonTime(DAY, '12:00'),
      'changed at the other desk',
    ]);
  });

  it('reports a busy slot as SLOT_BUSY and saves it when asked to', async () => {
    const base = { technicalBreakSeconds: null, services: [], durationSeconds: 3600 };
    const [first, second] = await core.session.withClient((client, location) =>
      Promise.all([
        client.appointments.create(location, {
          ...base,
          teamMemberId: 1006,
          start: salonTime(DAY, '14:00'),
          client: { name: 'A', phone: '+12125550181' },
        }),
        client.appointments.create(location, {
          ...base,
          teamMemberId: 1006,
          start: salonTime(DAY, '16:00'),
          client: { name: 'B', phone: '+12125550182' },
        }),
      ]),
    );
    const move = {
      id: second!.id,
      teamMemberId: 1006,
      start: first!.start,
      durationSeconds: 3600,
      expectedLastChangedAt: second!.lastChangedAt,
    };
    await expect(invoke('appointments.move', move)).rejects.toMatchObject({ code: 'SLOT_BUSY' });
    const saved = await invoke<Appointment>('appointments.move', { ...move, saveIfBusy: true });
    expect(saved.start).toBe(first!.start);
  });

  it('changes the status and keeps everything else', async () => {
    const list = await invoke<{ appointments: Appointment[] }>('appointments.list', { from: DAY, to: DAY });
    const target = list.appointments[0]!;
    const saved = await invoke<Appointment>('appointments.setStatus', {
      id: target.id,
      status: 'no-show',
      expectedLastChangedAt: target.lastChangedAt,
    });
    expect(saved.status).toBe('no-show');
    expect({ ...saved, status: target.status, lastChangedAt: null }).toEqual({
      ...target,
      lastChangedAt: null,
    });
  });

  it('refuses a range that is backwards or too long', async () => {
    await expect(invoke('appointments.list', { from: addDays(DAY, 1), to: DAY })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(invoke('appointments.list', { from: '2027-01-01', to: '2027-06-01' })).rejects.toMatchObject(
      { code: 'VALIDATION' },
    );
  });
});
