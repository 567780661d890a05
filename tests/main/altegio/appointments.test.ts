import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../electron/emulator';
import { AltegioError } from '../../../electron/main/altegio/errors';
import { appointmentToInput, type AppointmentInput } from '../../../shared/domain/appointment';
import { findFreeSlot, rawGet, SALON, salonDate, signedInClient, startTestEmulator } from './helpers';

type Client = Awaited<ReturnType<typeof signedInClient>>;

interface WireRecord {
  id: number;
  staff_id: number;
  date: string;
  seance_length: number;
  technical_break_duration: number;
  api_id: string;
  attendance: number;
  comment: string;
  custom_color: string;
  record_labels: Array<{ id: number }>;
  custom_fields: Record<string, unknown> | unknown[];
  client: { phone: string; name: string } | null;
  services: Array<{ id: number; first_cost: number; discount: number; cost: number }>;
  deleted: boolean;
}

describe('appointments', () => {
  let emulator: RunningEmulator;
  let client: Client;
  let userToken: string;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    client = await signedInClient(emulator);
    userToken = client.userToken;
  });
  afterAll(() => emulator.close());

  const readBack = async (id: number) => {
    const reply = await rawGet(emulator, userToken, `/record/${SALON.id}/${id}`);
    return { status: reply.status, record: reply.body.data as WireRecord };
  };

  it('lists every page of a week, the same records the raw API has', async () => {
    const from = salonDate(-2);
    const to = salonDate(4);
    const { appointments: week } = await client.appointments.list(SALON, { from, to });
    const raw = await rawGet(
      emulator,
      userToken,
      `/records/${SALON.id}?start_date=${from}&end_date=${to}&count=1000`,
    );
    const rawIds = (raw.body.data as WireRecord[]).map((r) => r.id).sort();
    expect(week.length).toBeGreaterThan(200); // more than one page of 200
    expect(week.map((a) => a.id).sort()).toEqual(rawIds);
    for (const appointment of week) {
      expect(appointment.start.slice(0, 10) >= from && appointment.start.slice(0, 10) <= to).toBe(true);
      expect(appointment.start).toMatch(/-0[45]:00$/);
      expect(Date.parse(appointment.end) - Date.parse(appointment.start)).toBe(
        appointment.durationSeconds * 1000,
      );
    }
  });

  it('filters by team members', async () => {
    const { appointments: all } = await client.appointments.list(SALON, {
      from: salonDate(0),
      to: salonDate(1),
    });
    const [first, second] = [...new Set(all.map((a) => a.teamMemberId))];
    const { appointments: one } = await client.appointments.list(SALON, {
      from: salonDate(0),
      to: salonDate(1),
      teamMemberIds: [first ?? 0],
    });
    const { appointments: two } = await client.appointments.list(SALON, {
      from: salonDate(0),
      to: salonDate(1),
      teamMemberIds: [first ?? 0, second ?? 0],
    });
    expect(one.length).toBe(all.filter((a) => a.teamMemberId === first).length);
    expect(two.length).toBe(all.filter((a) => a.teamMemberId === first || a.teamMemberId === second).length);
    expect(one.length).toBeGreaterThan(0);
  });

  it('creates with every field, reads it back, updates in full and deletes', async () => {
    const date = salonDate(2);
    const slot = await findFreeSlot(client, SALON, date, 60);
    const [service] = await client.services.list(SALON, { teamMemberId: slot.teamMemberId });
    const labels = await client.labels.list(SALON, 'record');
    const fields = await client.customFields.list(SALON, 'record');
    const textField = fields.find((f) => f.type === 'text');
    expect(service && labels[0] && textField).toBeTruthy();
    const input: AppointmentInput = {
      teamMemberId: slot.teamMemberId,
      start: slot.start,
      durationSeconds: 3600,
      technicalBreakSeconds: 600,
      services: [{ id: service?.id ?? 0, firstCost: 100, discountPercent: 10 }],
      client: { name: 'Ada Lovelace', phone: '+1 (212) 555-0199', email: 'ada@example.com' },
      status: 'confirmed',
      comment: 'First visit',
      customColour: '#f44336',
      labelIds: [labels[0]?.id ?? 0],
      customFields: { [textField?.code ?? '']: 'hello' },
      requestedTeamMember: true,
      smsReminderHours: 2,
    };
    const created = await client.appointments.create(SALON, input);
    expect(created.apiId).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({
      teamMemberId: slot.teamMemberId,
      start: slot.start,
      durationSeconds: 3600,
      technicalBreakSeconds: 600,
      status: 'confirmed',
      comment: 'First visit',
      customColour: '#f44336',
      requestedTeamMember: true,
      smsReminderHours: 2,
      client: { phone: '+12125550199', email: 'ada@example.com' },
      services: [{ id: service?.id, firstCost: 100, discountPercent: 10, cost: 90 }],
      labels: [{ id: labels[0]?.id, colour: labels[0]?.colour }],
      customFields: { [textField?.code ?? '']: 'hello' },
    });

    const wire = (await readBack(created.id)).record;
    expect(wire).toMatchObject({
      staff_id: slot.teamMemberId,
      seance_length: 3600,
      technical_break_duration: 600,
      api_id: created.apiId,
      attendance: 2,
      custom_color: 'f44336',
      client: { phone: '+12125550199' },
    });
    // A create's reply leaves the payments out; a read lists them (none yet).
    expect(created.payments).toBeNull();
    expect(await client.appointments.get(SALON, created.id)).toEqual({ ...created, payments: [] });

    // A full-replace update changing only the comment keeps everything else.
    const updated = await client.appointments.update(SALON, created.id, {
      ...appointmentToInput(created),
      comment: 'Moved by phone',
    });
    const { lastChangedAt: _a, comment: _c, ...rest } = updated;
    const { lastChangedAt: _b, comment: _d, ...before } = created;
    expect(rest).toEqual(before);
    expect(updated.comment).toBe('Moved by phone');

    const patched = await client.appointments.patch(SALON, created.id, {
      status: 'arrived',
      customColour: null,
    });
    expect(patched).toMatchObject({
      status: 'arrived',
      customColour: null,
      comment: 'Moved by phone',
      labels: updated.labels,
    });
    expect((await readBack(created.id)).record).toMatchObject({ attendance: 1, custom_color: '' });

    await client.appointments.remove(SALON, created.id);
    expect((await readBack(created.id)).status).toBe(404);
    await expect(client.appointments.get(SALON, created.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reports a PUT whose every reply was lost as saved when a re-read shows it, and as failed when not', async () => {
    const slot = await findFreeSlot(client, SALON, salonDate(3), 30);
    const created = await client.appointments.create(SALON, {
      teamMemberId: slot.teamMemberId,
      start: slot.start,
      durationSeconds: 1800,
      technicalBreakSeconds: null,
      client: { name: 'Lost Reply', phone: '+12125550166' },
      services: [],
      apiId: null,
    });
    // Every PUT is carried out, then its connection cut; reads answer normally.
    emulator.beforeRequest(({ method }) => void emulator.faults.set({ dropRate: method === 'PUT' ? 1 : 0 }));
    try {
      const saved = await client.appointments.update(SALON, created.id, {
        ...appointmentToInput(created),
        comment: 'Saved though the reply was lost',
      });
      expect(saved.comment).toBe('Saved though the reply was lost');
      expect((await readBack(created.id)).record.comment).toBe('Saved though the reply was lost');

      // Refused reads too: nothing shows the save landed, so the failure stays a failure.
      emulator.beforeRequest(() => void emulator.faults.set({ dropRate: 1 }));
      await expect(
        client.appointments.update(SALON, created.id, { ...appointmentToInput(saved), comment: 'Unknown' }),
      ).rejects.toMatchObject({ ambiguous: true });
    } finally {
      emulator.beforeRequest(null);
      emulator.faults.clear();
    }
    await client.appointments.remove(SALON, created.id);
  });

  it('reports a busy slot as SLOT_BUSY and saves it with saveIfBusy', async () => {
    const {
      appointments: [taken],
    } = await client.appointments.list(SALON, { from: salonDate(3), to: salonDate(3) });
    if (!taken) throw new Error('no seeded appointment');
    const input: AppointmentInput = {
      ...appointmentToInput(taken),
      client: { name: 'Busy Bee', phone: '+12125550177' },
      apiId: null,
    };
    const error = await client.appointments.create(SALON, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AltegioError);
    expect(error).toMatchObject({ code: 'SLOT_BUSY', status: 422, altegioCodes: [433] });
    const forced = await client.appointments.create(SALON, input, { saveIfBusy: true });
    expect(forced).toMatchObject({ teamMemberId: taken.teamMemberId, start: taken.start });
    await client.appointments.remove(SALON, forced.id);
  });

  it('maps Altegio field errors to the form fields', async () => {
    const slot = await findFreeSlot(client, SALON, salonDate(5), 30);
    const bad: AppointmentInput = {
      teamMemberId: slot.teamMemberId,
      start: slot.start,
      durationSeconds: 1800,
      technicalBreakSeconds: 250,
      services: [],
      client: { name: 'X', phone: '12' },
    };
    const error = await client.appointments.create(SALON, bad).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VALIDATION', status: 422 });
    expect(Object.keys((error as AltegioError).detail?.fields ?? {}).sort()).toEqual([
      'client.phone',
      'technicalBreakSeconds',
    ]);
  });

  it('reports changes since a moment, deleted ones flagged', async () => {
    const slot = await findFreeSlot(client, SALON, salonDate(6), 30);
    const made = await client.appointments.create(SALON, {
      teamMemberId: slot.teamMemberId,
      start: slot.start,
      durationSeconds: 1800,
      technicalBreakSeconds: null,
      services: [],
      client: { name: 'Change Watcher', phone: '+12125550166' },
    });
    // The emulator's clock starts at the pinned NOW, so "since" comes from its own stamps.
    const stamp = Date.parse(made.lastChangedAt ?? '');
    const since = new Date(stamp - 1000).toISOString();
    const { appointments: first } = await client.appointments.changedSince(SALON, since);
    expect(first.find((a) => a.id === made.id)).toMatchObject({ deleted: false });
    await client.appointments.remove(SALON, made.id);
    const { appointments: second } = await client.appointments.changedSince(SALON, since);
    expect(second.find((a) => a.id === made.id)).toMatchObject({ deleted: true });
    const { appointments: later } = await client.appointments.changedSince(
      SALON,
      new Date(stamp + 120_000).toISOString(),
    );
    expect(later.find((a) => a.id === made.id)).toBeUndefined();
  });

  it('refuses a bad range before asking Altegio', async () => {
    await expect(
      client.appointments.list(SALON, { from: '2026-03-09', to: '2026-03-02' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });
});
