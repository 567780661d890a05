import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppointmentInput } from '../../../shared/domain/appointment';
import {
  addDays,
  EMMA,
  LIAM,
  QUIET_DAY,
  SALON_ID,
  SALON_TODAY,
  SALON_ZONE,
  salonTime,
} from '../../support/demoSalon';
import { useHarness } from './harness';

const DAY = QUIET_DAY;
const h = useHarness();

const base = (overrides: Partial<AppointmentInput> = {}): AppointmentInput => ({
  teamMemberId: LIAM,
  start: salonTime(DAY, '10:00'),
  durationSeconds: 3600,
  technicalBreakSeconds: null,
  services: [],
  client: { name: 'Handler Test', phone: '+12025550101' },
  ...overrides,
});

const dayRecords = async (date = DAY) =>
  (await h.http.get(`/records/${SALON_ID}?start_date=${date}&end_date=${date}&count=200`)).body
    .data as Array<{ id: number; staff_id: number; date: string; comment: string; api_id: string }>;

afterEach(async () => {
  h.emulator.faults.clear();
  for (const record of await dayRecords()) await h.http.delete(`/record/${SALON_ID}/${record.id}`);
});

describe('appointments handlers', () => {
  it('lists a day and then reports only what changed since', async () => {
    const today = await h.invoke('appointments.list', { locationId: SALON_ID, from: DAY, to: DAY });
    expect(today).toMatchObject({ appointments: [], unreadable: 0 });
    const idle = await h.invoke('appointments.changes', { locationId: SALON_ID, cursor: today.cursor });
    const booked = await h.atSalon((client, location) =>
      client.appointments.create(location, base({ start: salonTime(DAY, '11:00') })),
    );
    const changes = await h.invoke('appointments.changes', { locationId: SALON_ID, cursor: idle.cursor });
    expect(changes.appointments.map((appointment) => appointment.id)).toContain(booked.id);
  });

  it('lists cancelled appointments too, and what each visit was paid', async () => {
    const [paid, cancelled] = await h.atSalon((client, location) =>
      Promise.all([
        client.appointments.create(location, base({ start: salonTime(DAY, '10:00') })),
        client.appointments.create(location, base({ start: salonTime(DAY, '12:00') })),
      ]),
    );
    await h.http.delete(`/record/${SALON_ID}/${cancelled.id}`);
    const payment = await h.http.put(`/visits/${paid.visitId}/${paid.id}`, {
      attendance: 1,
      comment: '',
      new_transactions: [{ amount: 25.5, account_id: 1 }],
    });
    expect(payment.status).toBe(200);
    const { appointments } = await h.invoke('appointments.list', {
      locationId: SALON_ID,
      from: DAY,
      to: DAY,
    });
    expect(appointments.find((item) => item.id === cancelled.id)).toMatchObject({ deleted: true });
    expect(appointments.find((item) => item.id === paid.id)).toMatchObject({
      deleted: false,
      status: 'arrived',
      payments: [{ amount: 25.5 }],
    });
  });

  it('reads prepayments as Altegio flags them', async () => {
    const ahead = { from: addDays(SALON_TODAY, 1), to: addDays(SALON_TODAY, 13) };
    const { appointments } = await h.invoke('appointments.list', { locationId: SALON_ID, ...ahead });
    const received = appointments.filter((item) => item.prepaid && item.prepaidConfirmed);
    const due = appointments.filter((item) => item.prepaid && !item.prepaidConfirmed);
    expect(received.length).toBeGreaterThan(0);
    expect(due.length).toBeGreaterThan(0);
    for (const item of received) expect(item.payments?.length).toBeGreaterThan(0);
    for (const item of due) expect(item.payments).toEqual([]);
  });

  it('moves an appointment, and refuses to overwrite a newer version unless told to', async () => {
    const booked = await h.atSalon((client, location) =>
      client.appointments.create(location, base({ teamMemberId: EMMA, start: salonTime(DAY, '09:00') })),
    );
    // Another desk changes the comment after this desk loaded it.
    await new Promise((done) => setTimeout(done, 1100));
    await h.http.put(`/record/${SALON_ID}/${booked.id}`, {
      staff_id: EMMA,
      services: [],
      client: { phone: '+12025550101', name: 'Handler Test' },
      datetime: salonTime(DAY, '09:00'),
      seance_length: 3600,
      comment: 'changed at the other desk',
    });
    const move = {
      locationId: SALON_ID,
      id: booked.id,
      teamMemberId: LIAM,
      start: salonTime(DAY, '12:00'),
      durationSeconds: 1800,
      expectedLastChangedAt: booked.lastChangedAt,
    };
    const refused = await h.result('appointments.move', move);
    expect(refused.error).toMatchObject({ code: 'CONFLICT', params: { changedAt: expect.any(String) } });
    // The time of the other change is on the salon's clock (its offset), for the renderer to word.
    const changedAt = String(refused.error?.params?.['changedAt']);
    expect(changedAt.slice(-6)).toBe(DateTime.fromISO(changedAt).setZone(SALON_ZONE).toFormat('ZZ'));
    const moved = await h.invoke('appointments.move', { ...move, overwrite: true });
    expect([moved.teamMemberId, moved.start, moved.comment]).toEqual([
      LIAM,
      salonTime(DAY, '12:00'),
      'changed at the other desk',
    ]);
  });

  it('reports a busy slot as SLOT_BUSY and saves it when asked to', async () => {
    const [first, second] = await h.atSalon((client, location) =>
      Promise.all([
        client.appointments.create(location, base({ teamMemberId: 1006, start: salonTime(DAY, '14:00') })),
        client.appointments.create(
          location,
          base({
            teamMemberId: 1006,
            start: salonTime(DAY, '16:00'),
            client: { name: 'B', phone: '+12025550182' },
          }),
        ),
      ]),
    );
    const move = {
      locationId: SALON_ID,
      id: second.id,
      teamMemberId: 1006,
      start: first.start,
      durationSeconds: 3600,
      expectedLastChangedAt: second.lastChangedAt,
    };
    expect((await h.result('appointments.move', move)).error).toMatchObject({ code: 'SLOT_BUSY' });
    const saved = await h.invoke('appointments.move', { ...move, saveIfBusy: true });
    expect(saved.start).toBe(first.start);
  });

  it('changes the status and keeps everything else', async () => {
    const target = await h.invoke('appointments.create', { locationId: SALON_ID, input: base() });
    const saved = await h.invoke('appointments.setStatus', {
      locationId: SALON_ID,
      id: target.id,
      status: 'no-show',
      expectedLastChangedAt: target.lastChangedAt,
    });
    expect(saved.status).toBe('no-show');
    // The answer is the re-read after the save, which lists the visit's payments (none) too.
    expect({ ...saved, status: target.status, lastChangedAt: null, payments: null }).toEqual({
      ...target,
      lastChangedAt: null,
    });
  });

  it('refuses a range that is backwards or too long', async () => {
    for (const range of [
      { from: addDays(DAY, 1), to: DAY },
      { from: DAY, to: addDays(DAY, 100) },
    ]) {
      const refused = await h.result('appointments.list', { locationId: SALON_ID, ...range });
      expect(refused.error).toMatchObject({
        code: 'VALIDATION',
        detail: { fields: { to: /^issue\.range/ } },
      });
    }
  });

  it('creates with the same apiId once, however often the save is retried', async () => {
    const input = base({ apiId: 'fd-once', comment: 'first try' });
    const first = await h.invoke('appointments.create', { locationId: SALON_ID, input });
    const again = await h.invoke('appointments.create', { locationId: SALON_ID, input, retry: true });
    expect(again.id).toBe(first.id);
    expect((await dayRecords()).map((record) => [record.api_id, record.comment])).toEqual([
      ['fd-once', 'first try'],
    ]);
  });

  it('maps Altegio’s field errors to the dialog’s field names', async () => {
    const refused = await h.result('appointments.create', {
      locationId: SALON_ID,
      input: base({ customFields: { hair_type: ['Purple'] } }),
    });
    expect(refused.error).toMatchObject({
      code: 'VALIDATION',
      detail: { fields: { 'customFields.hair_type': expect.stringContaining('Fine') } },
    });
  });

  it('updates the whole record from the current one plus the form, with the conflict check', async () => {
    const created = await h.invoke('appointments.create', {
      locationId: SALON_ID,
      input: base({ comment: 'kept', customFields: { stylist_notes: 'keep me' } }),
    });
    const update = (comment: string, expectedLastChangedAt: string | null) =>
      h.result('appointments.update', {
        locationId: SALON_ID,
        id: created.id,
        input: { ...base({ teamMemberId: EMMA, start: salonTime(DAY, '14:00') }), comment },
        expectedLastChangedAt,
      });
    const updated = await update('changed', created.lastChangedAt);
    expect(updated.ok).toBe(true);
    const [record] = await dayRecords();
    expect([record?.staff_id, record?.date, record?.comment]).toEqual([EMMA, `${DAY} 14:00:00`, 'changed']);
    await new Promise((done) => setTimeout(done, 1100));
    await update('newer', null);
    expect((await update('stale', created.lastChangedAt)).error).toMatchObject({ code: 'CONFLICT' });
    expect((await dayRecords())[0]?.comment).toBe('newer');
  });

  it('cancels and answers with the deleted appointment, which books again as it was', async () => {
    const created = await h.invoke('appointments.create', {
      locationId: SALON_ID,
      input: base({ comment: 'undo me', status: 'confirmed' }),
    });
    const deleted = await h.invoke('appointments.cancel', {
      locationId: SALON_ID,
      id: created.id,
      expectedLastChangedAt: created.lastChangedAt,
    });
    expect(deleted).toMatchObject({ id: created.id, deleted: true, comment: 'undo me' });
    expect(await dayRecords()).toEqual([]);
  });
});

describe('a record main cannot read', () => {
  it('is counted and logged, never hides the day or stops live updates', async () => {
    const ok = await h.invoke('appointments.create', { locationId: SALON_ID, input: base() });
    const cursor = (await h.invoke('appointments.list', { locationId: SALON_ID, from: DAY, to: DAY })).cursor;
    // Another program books a length no calendar can hold; Altegio stores it as sent.
    const broken = await h.http.post(`/records/${SALON_ID}`, {
      staff_id: EMMA,
      services: [],
      client: { name: 'Endless', phone: '+12025550999' },
      datetime: salonTime(DAY, '09:00'),
      seance_length: 9_000_000_000_000_000,
      save_if_busy: true,
    });
    expect(broken.status).toBe(201);
    const day = await h.invoke('appointments.list', { locationId: SALON_ID, from: DAY, to: DAY });
    const shown = day.appointments.filter((appointment) => !appointment.deleted);
    expect(shown.map((appointment) => appointment.id)).toEqual([ok.id]);
    expect(day.unreadable).toBe(1);
    const changes = await h.invoke('appointments.changes', { locationId: SALON_ID, cursor });
    expect(changes.unreadable).toBeGreaterThanOrEqual(1);
    expect(
      h.core.logs.some(
        (line) => line.includes('could not be read') && line.includes(String(broken.body.data.id)),
      ),
    ).toBe(true);
  });
});
