import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../electron/emulator';
import { appointmentToInput, type AppointmentInput } from '../../../shared/domain/appointment';
import { versionOf } from '../../../shared/domain/appointmentVersion';
import { findFreeSlot, isoAt, rawGet, SALON, salonDate, signedInClient, startTestEmulator } from './helpers';

type WireRecord = Record<string, unknown> & {
  services?: Array<Record<string, unknown>>;
  client?: Record<string, unknown> | null;
};

/** What a reduced create or save reply leaves out: fields the client would otherwise fill with defaults. */
function reduce(record: WireRecord): void {
  for (const field of ['record_labels', 'custom_fields', 'sms_remain_hours', 'technical_break_duration'])
    delete record[field];
  for (const service of record.services ?? []) delete service.amount;
  if (record.client) delete record.client.email;
}

describe('one appointment read every way has one version', () => {
  let emulator: RunningEmulator;
  let userToken: string;

  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  /** A client whose create and save replies are, when `reduced`, cut down; it counts its single-record reads. */
  async function watchedClient(reduced: boolean) {
    const recordReads: string[] = [];
    const client = await signedInClient(emulator, {
      fetch: async (input, init) => {
        const url = String(input);
        const method = init?.method ?? 'GET';
        if (method === 'GET' && url.includes('/record/')) recordReads.push(url);
        const response = await fetch(input, init);
        const write = (method === 'POST' && url.includes('/records/')) || method === 'PUT';
        if (!reduced || !write || !response.ok) return response;
        const body = (await response.json()) as { data: WireRecord };
        reduce(body.data);
        return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
      },
    });
    userToken = client.userToken;
    return { client, recordReads };
  }

  async function fullBooking(client: Awaited<ReturnType<typeof signedInClient>>): Promise<AppointmentInput> {
    const labels = (await rawGet(emulator, userToken, `/labels/${SALON.id}/record`)).body.data as Array<{
      id: number;
    }>;
    const services = (await rawGet(emulator, userToken, `/company/${SALON.id}/services/`)).body
      .data as Array<{
      id: number;
    }>;
    const slot = await findFreeSlot(client, SALON, salonDate(1), 60);
    return {
      ...slot,
      durationSeconds: 3600,
      technicalBreakSeconds: 600,
      services: [
        { id: services[1]?.id ?? 0, amount: 2, cost: 30, firstCost: 30, discountPercent: 0 },
        { id: services[0]?.id ?? 0 },
      ],
      client: { name: 'Every Way', phone: '+12025550166', email: 'every@example.com' },
      comment: 'read every way',
      customColour: '#f44336',
      labelIds: labels.slice(0, 2).map(({ id }) => id),
      customFields: { stylist_notes: 'keep me', product_grams: 5 },
      smsReminderHours: 2,
      emailReminderHours: 24,
      apiId: 'crm-every-way',
    };
  }

  it('fingerprints the list, the changes poll, a read, and reduced create and save replies alike', async () => {
    const { client, recordReads } = await watchedClient(true);
    const input = await fullBooking(client);
    const created = await client.appointments.create(SALON, input);
    const saved = await client.appointments.update(SALON, created.id, appointmentToInput(created));
    // Both replies lacked fields, so both were read back whole.
    expect(recordReads).toHaveLength(2);

    const read = await client.appointments.get(SALON, created.id);
    const date = salonDate(1);
    const listed = (await client.appointments.list(SALON, { from: date, to: date })).appointments;
    const polled = (await client.appointments.changedSince(SALON, isoAt(salonDate(0), '00:00'))).appointments;
    expect(read).toMatchObject({ technicalBreakSeconds: 600, smsReminderHours: 2, labels: [{}, {}] });
    const version = versionOf(read);
    for (const copy of [created, saved, ...[listed, polled].map((all) => all.find((a) => a.id === read.id))])
      expect(copy && versionOf(copy)).toEqual(version);
  });

  it('takes whole create and save replies as they are, with no read back', async () => {
    const { client, recordReads } = await watchedClient(false);
    const input = await fullBooking(client);
    const created = await client.appointments.create(SALON, { ...input, apiId: 'crm-whole' });
    const saved = await client.appointments.update(SALON, created.id, appointmentToInput(created));
    expect(recordReads).toEqual([]);
    expect(versionOf(saved)).toEqual(versionOf(created));
  });
});
