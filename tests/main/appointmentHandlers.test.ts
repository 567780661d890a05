import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS, startEmulator, type RunningEmulator } from '../../electron/emulator';
import { APP_ORIGIN } from '../../electron/main/security';
import type { FreeTimes, RecentVisit, SlotCheck } from '../../shared/appointmentForm';
import type { Appointment, AppointmentInput } from '../../shared/domain/appointment';
import type { ClientSearchHit } from '../../shared/domain/client';
import type { CustomField } from '../../shared/domain/customField';
import type { Label } from '../../shared/domain/label';
import type { Service } from '../../shared/domain/service';
import { addDays, QUIET_DAY, SALON_TODAY, salonTime } from '../support/demoSalon';
import { createTestCore, type TestCore } from '../support/mainCore';
import { TEST_NOW } from '../support/testClock';

const own = { senderUrl: `${APP_ORIGIN}/index.html` };
const DAY = QUIET_DAY;
const EMMA = 1001;
const LIAM = 1002;
let emulator: RunningEmulator;
let core: TestCore;

async function invoke<T>(channel: string, input?: unknown): Promise<T> {
  const result = await core.invoke(channel, input, own);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.data as T;
}

function dayRecords(): Promise<Appointment[]> {
  return core.session.withClient((client, location) =>
    client.appointments.list(location, { from: DAY, to: DAY }),
  );
}

const base = (overrides: Partial<AppointmentInput> = {}): AppointmentInput => ({
  teamMemberId: LIAM,
  start: salonTime(DAY, '10:00'),
  durationSeconds: 3600,
  technicalBreakSeconds: null,
  services: [],
  client: { name: 'Handler Test', phone: '+12125550101' },
  ...overrides,
});

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false, now: TEST_NOW });
  core = createTestCore({
    trustedOrigins: [APP_ORIGIN],
    startDemo: async () => ({ baseUrl: emulator.url, ...DEMO_CREDENTIALS }),
  });
  await core.session.openDemo();
});
afterEach(async () => {
  emulator.faults.clear();
  for (const appointment of await dayRecords()) {
    await core.session.withClient((client, location) => client.appointments.remove(location, appointment.id));
  }
});
afterAll(async () => {
  await emulator.close();
});

describe('appointment handlers', () => {
  it('offers the catalogue the dialog needs', async () => {
    const services = await invoke<Service[]>('catalog.services');
    expect(
      services.find((s) => s.title === "Women's haircut")?.teamMembers.map((l) => l.teamMemberId),
    ).toContain(EMMA);
    const labels = await invoke<Label[]>('catalog.labels');
    expect(labels.map((label) => label.title).sort()).toEqual(['Deposit paid', 'New client', 'VIP']);
    const fields = await invoke<CustomField[]>('catalog.customFields');
    expect(fields.map((field) => [field.code, field.type])).toEqual([
      ['stylist_notes', 'text'],
      ['product_grams', 'number'],
      ['hair_type', 'select'],
      ['patch_test_date', 'date'],
    ]);
  });

  it('creates with the same apiId once, however often the save is retried', async () => {
    const input = base({ apiId: 'fd-once', comment: 'first try' });
    const first = await invoke<Appointment>('appointments.create', { input });
    const again = await invoke<Appointment>('appointments.create', { input, retry: true });
    expect(again.id).toBe(first.id);
    expect((await dayRecords()).map((a) => [a.apiId, a.comment])).toEqual([['fd-once', 'first try']]);
  });

  it('refuses a taken slot with SLOT_BUSY, and saves it when told to', async () => {
    await invoke('appointments.create', { input: base() });
    await expect(
      invoke('appointments.create', { input: base({ client: { name: 'Second', phone: '+12125550102' } }) }),
    ).rejects.toMatchObject({ code: 'SLOT_BUSY' });
    const check = await invoke<SlotCheck>('availability.check', {
      teamMemberId: LIAM,
      serviceIds: [
        (await invoke<Service[]>('catalog.services')).find((s) => s.title === "Men's haircut")!.id,
      ],
      start: salonTime(DAY, '10:00'),
    });
    expect(check).toEqual({ bookable: false, problem: 'busy', message: expect.stringContaining('taken') });
    await invoke('appointments.create', {
      input: base({ client: { name: 'Second', phone: '+12125550102' } }),
      saveIfBusy: true,
    });
    expect(await dayRecords()).toHaveLength(2);
  });

  it('maps Altegio field errors to the dialog’s field names', async () => {
    await expect(
      invoke('appointments.create', {
        input: base({ technicalBreakSeconds: 700, customFields: { hair_type: ['Purple'] } }),
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      fields: {
        technicalBreakSeconds: expect.any(String),
        'customFields.hair_type': expect.stringContaining('Fine'),
      },
    });
  });

  it('updates the whole record from the current one plus the form, with the conflict check', async () => {
    const created = await invoke<Appointment>('appointments.create', {
      input: base({ comment: 'kept', customFields: { stylist_notes: 'keep me' } }),
    });
    const updated = await invoke<Appointment>('appointments.update', {
      id: created.id,
      input: { ...base({ teamMemberId: EMMA, start: salonTime(DAY, '14:00') }), comment: 'changed' },
      expectedLastChangedAt: created.lastChangedAt,
    });
    expect([updated.teamMemberId, updated.start, updated.comment, updated.customFields]).toEqual([
      EMMA,
      salonTime(DAY, '14:00'),
      'changed',
      { stylist_notes: 'keep me' },
    ]);
    await new Promise((done) => setTimeout(done, 1100));
    const newer = await invoke<Appointment>('appointments.update', {
      id: created.id,
      input: base({ teamMemberId: EMMA, start: salonTime(DAY, '14:00'), comment: 'newer' }),
      expectedLastChangedAt: updated.lastChangedAt,
    });
    await expect(
      invoke('appointments.update', {
        id: created.id,
        input: base({ teamMemberId: EMMA, start: salonTime(DAY, '14:00'), comment: 'stale' }),
        expectedLastChangedAt: created.lastChangedAt,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await dayRecords())[0]?.comment).toBe(newer.comment);
  });

  it('cancels and answers with the deleted appointment, which books again as it was', async () => {
    const created = await invoke<Appointment>('appointments.create', {
      input: base({ comment: 'undo me', status: 'confirmed' }),
    });
    const deleted = await invoke<Appointment>('appointments.cancel', {
      id: created.id,
      expectedLastChangedAt: created.lastChangedAt,
    });
    expect(deleted).toMatchObject({ id: created.id, deleted: true, comment: 'undo me' });
    expect(await dayRecords()).toEqual([]);
  });

  it('finds clients, and a client’s last visits newest first', async () => {
    const hits = await invoke<ClientSearchHit[]>('clients.search', { text: 'Nobody Byname' });
    expect(hits).toEqual([]);
    const created = await invoke<Appointment>('appointments.create', {
      input: base({
        start: salonTime(addDays(SALON_TODAY, -60), '10:00'),
        client: { name: 'Visit Keeper', phone: '+12125550155' },
      }),
      saveIfBusy: true,
    });
    const found = await invoke<ClientSearchHit[]>('clients.search', { text: 'Visit Keeper' });
    expect(found.map((hit) => [hit.id, hit.phone])).toEqual([[created.client!.id, '+12125550155']]);
    const visits = await invoke<RecentVisit[]>('clients.recentVisits', { clientId: created.client!.id });
    expect(visits.map((visit) => [visit.id, visit.start])).toEqual([
      [created.id, salonTime(addDays(SALON_TODAY, -60), '10:00')],
    ]);
    await core.session.withClient((client, location) => client.appointments.remove(location, created.id));
  });

  it('lists free times for a member and for anyone, and says when a day has none', async () => {
    const services = await invoke<Service[]>('catalog.services');
    const haircut = services.find((s) => s.title === "Men's haircut")!;
    const liam = await invoke<FreeTimes>('availability.times', {
      teamMemberId: LIAM,
      date: DAY,
      serviceIds: [haircut.id],
    });
    expect(liam.times[0]).toMatchObject({
      time: '10:00',
      start: salonTime(DAY, '10:00'),
      teamMemberIds: [LIAM],
    });
    const anyone = await invoke<FreeTimes>('availability.times', {
      teamMemberId: 0,
      date: DAY,
      serviceIds: [haircut.id],
    });
    const nine = anyone.times.find((time) => time.time === '09:00');
    expect(nine?.teamMemberIds).toContain(EMMA);
    expect(nine?.teamMemberIds).not.toContain(LIAM);
    const sunday = await invoke<FreeTimes>('availability.times', {
      teamMemberId: LIAM,
      date: addDays(DAY, 5),
      serviceIds: [haircut.id],
    });
    expect(sunday).toEqual({ times: [], nextDate: addDays(DAY, 7) });
    const dates = await invoke<{ bookingDates: string[] }>('availability.dates', {
      teamMemberId: LIAM,
      serviceIds: [haircut.id],
      from: DAY,
    });
    expect(dates.bookingDates).toContain(DAY);
    expect(dates.bookingDates).not.toContain(addDays(DAY, 5));
  });
});
