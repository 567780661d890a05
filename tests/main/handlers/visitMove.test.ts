import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { VisitMoveStep } from '../../../shared/contract/visitMove';
import {
  addDays,
  EMMA,
  freshPhone,
  LIAM,
  QUIET_DAY,
  SALON_ID,
  SALON_TODAY,
  SALON_ZONE,
  salonTime,
} from '../../support/demoSalon';
import { TEST_NOW } from '../../support/testClock';
import { useHarness } from './harness';

const h = useHarness();

interface WireRecord {
  id: number;
  staff_id: number;
  visit_id: number;
  datetime: string;
  seance_length: number;
  deleted: boolean;
}

async function book(staffId: number, date: string, time: string, minutes: number, phone: string) {
  const reply = await h.http.post(`/records/${SALON_ID}`, {
    staff_id: staffId,
    services: [],
    client: { phone, name: 'Whole Visit' },
    datetime: salonTime(date, time),
    seance_length: minutes * 60,
    save_if_busy: true,
  });
  expect(reply.status).toBe(201);
  return reply.body.data as WireRecord;
}

/** Emma at 10:00 for 30 minutes and Liam at 11:00 for an hour, one client: one visit. */
async function twoAppointmentVisit(date: string) {
  const phone = freshPhone();
  const emma = await book(EMMA, date, '10:00', 30, phone);
  const liam = await book(LIAM, date, '11:00', 60, phone);
  expect(liam.visit_id).toBe(emma.visit_id);
  return { emma, liam };
}

/** Where Altegio has the record now (raw HTTP, not Frontdesk's client). */
async function startOf(id: number) {
  const reply = await h.http.get(`/record/${SALON_ID}/${id}`);
  expect(reply.status).toBe(200);
  return Date.parse((reply.body.data as WireRecord).datetime);
}

const at = (date: string, time: string) => Date.parse(salonTime(date, time));
const expectedOf = (steps: VisitMoveStep[]) =>
  steps.map(({ appointment: { id, lastChangedAt, teamMemberId, start, durationSeconds } }) => ({
    id,
    lastChangedAt,
    teamMemberId,
    start,
    durationSeconds,
  }));

describe('visitMove handlers', () => {
  it('previews the whole visit, moves both appointments by an hour, and Altegio has them there', async () => {
    const date = QUIET_DAY;
    const { emma, liam } = await twoAppointmentVisit(date);
    const request = { locationId: SALON_ID, appointmentId: liam.id, offset: { days: 0, minutes: 60 } };

    const preview = await h.invoke('visitMove.preview', request);
    expect(preview.visitId).toBe(emma.visit_id);
    expect(preview.steps.map((s) => [s.appointment.id, s.targetStart, s.targetEnd, s.problem])).toEqual([
      [emma.id, salonTime(date, '11:00'), salonTime(date, '11:30'), null],
      [liam.id, salonTime(date, '12:00'), salonTime(date, '13:00'), null],
    ]);

    const { outcomes } = await h.invoke('visitMove.apply', {
      ...request,
      expected: expectedOf(preview.steps),
    });
    expect(outcomes.map((o) => [o.id, o.result, o.appointment?.start])).toEqual([
      [emma.id, 'moved', salonTime(date, '11:00')],
      [liam.id, 'moved', salonTime(date, '12:00')],
    ]);
    expect(await startOf(emma.id)).toBe(at(date, '11:00'));
    expect(await startOf(liam.id)).toBe(at(date, '12:00'));
  });

  it('names every problem in the preview, and apply then moves nothing', async () => {
    const date = addDays(QUIET_DAY, 7);
    const phone = freshPhone();
    const emma = await book(EMMA, date, '11:00', 60, phone);
    const liam = await book(LIAM, date, '11:30', 60, phone);
    const other = await book(LIAM, date, '13:30', 30, freshPhone());
    const request = { locationId: SALON_ID, appointmentId: emma.id, offset: { days: 0, minutes: 120 } };

    const preview = await h.invoke('visitMove.preview', request);
    // Emma would be 13:00–14:00, her lunch break; Liam 13:30, where another client is booked.
    expect(preview.steps.map((s) => [s.appointment.id, s.problem, s.conflictId])).toEqual([
      [emma.id, 'outside-hours', null],
      [liam.id, 'busy', other.id],
    ]);
    const { outcomes } = await h.invoke('visitMove.apply', {
      ...request,
      expected: expectedOf(preview.steps),
    });
    expect(outcomes.map((o) => [o.id, o.result, o.problem])).toEqual([
      [emma.id, 'not-moved', 'outside-hours'],
      [liam.id, 'not-moved', 'busy'],
    ]);
    expect(await startOf(emma.id)).toBe(at(date, '11:00'));
    expect(await startOf(liam.id)).toBe(at(date, '11:30'));

    // A day back from tomorrow noon is yesterday: gone by.
    const tomorrow = addDays(SALON_TODAY, 1);
    const soon = await book(EMMA, tomorrow, '12:00', 30, freshPhone());
    const past = await h.invoke('visitMove.preview', {
      locationId: SALON_ID,
      appointmentId: soon.id,
      offset: { days: -2, minutes: 0 },
    });
    expect(past.steps.map((s) => s.problem)).toEqual(['past']);
  });

  it('refuses with nothing moved when another desk took a target or changed an appointment since the preview', async () => {
    const date = addDays(QUIET_DAY, 14);
    const { emma, liam } = await twoAppointmentVisit(date);
    const request = { locationId: SALON_ID, appointmentId: emma.id, offset: { days: 0, minutes: 60 } };
    const preview = await h.invoke('visitMove.preview', request);
    expect(preview.steps.every((s) => s.problem === null)).toBe(true);

    const taken = await book(LIAM, date, '12:30', 30, freshPhone());
    const { outcomes } = await h.invoke('visitMove.apply', {
      ...request,
      expected: expectedOf(preview.steps),
    });
    expect(outcomes.map((o) => [o.id, o.result, o.problem, o.conflictId])).toEqual([
      [emma.id, 'not-moved', null, null],
      [liam.id, 'not-moved', 'busy', taken.id],
    ]);
    expect(await startOf(emma.id)).toBe(at(date, '10:00'));
    expect(await startOf(liam.id)).toBe(at(date, '11:00'));

    // Another desk lengthens Emma's appointment: the desk did not see that version.
    await h.http.delete(`/record/${SALON_ID}/${taken.id}`);
    const current = (await h.http.get(`/record/${SALON_ID}/${emma.id}`)).body.data as WireRecord;
    const lengthened = await h.http.put(`/record/${SALON_ID}/${emma.id}`, {
      staff_id: EMMA,
      services: [],
      client: { phone: (current as unknown as { client: { phone: string } }).client.phone },
      datetime: current.datetime,
      seance_length: 2700,
    });
    expect(lengthened.status).toBe(201);
    const changed = await h.invoke('visitMove.apply', { ...request, expected: expectedOf(preview.steps) });
    expect(changed.outcomes.map((o) => [o.id, o.result, o.problem])).toEqual([
      [emma.id, 'not-moved', 'changed'],
      [liam.id, 'not-moved', null],
    ]);
    expect(await startOf(emma.id)).toBe(at(date, '10:00'));
    expect(await startOf(liam.id)).toBe(at(date, '11:00'));
  });

  it('puts back what moved when Altegio refuses one mid-way (a slot taken after the check), and says which', async () => {
    const date = addDays(QUIET_DAY, 21);
    const { emma, liam } = await twoAppointmentVisit(date);
    const request = { locationId: SALON_ID, appointmentId: emma.id, offset: { days: 0, minutes: 60 } };
    const preview = await h.invoke('visitMove.preview', request);
    expect(preview.steps.every((s) => s.problem === null)).toBe(true);

    // Moving later, Liam (the later one) goes first. As Frontdesk saves Emma, after its own re-check has
    // passed, another desk books her new time.
    let taken: WireRecord | null = null;
    h.emulator.beforeRequest(async ({ method, path }) => {
      if (method !== 'PUT' || path !== `/api/v1/record/${SALON_ID}/${emma.id}` || taken) return;
      taken = await book(EMMA, date, '11:00', 30, freshPhone());
    });
    try {
      const { outcomes } = await h.invoke('visitMove.apply', {
        ...request,
        expected: expectedOf(preview.steps),
      });
      expect(outcomes.map((o) => [o.id, o.result, o.problem, o.error?.code])).toEqual([
        [emma.id, 'not-moved', 'busy', 'SLOT_BUSY'],
        [liam.id, 'put-back', null, undefined],
      ]);
    } finally {
      h.emulator.beforeRequest(null);
    }
    expect(taken).not.toBeNull();
    expect(await startOf(emma.id)).toBe(at(date, '10:00'));
    expect(await startOf(liam.id)).toBe(at(date, '11:00'));
    expect(await startOf(taken!.id)).toBe(at(date, '11:00'));
  });

  it('reports one it could not put back as stranded, where it now is', async () => {
    const date = addDays(QUIET_DAY, 28);
    const { emma, liam } = await twoAppointmentVisit(date);
    const request = { locationId: SALON_ID, appointmentId: liam.id, offset: { days: 0, minutes: 60 } };
    const preview = await h.invoke('visitMove.preview', request);

    // After Liam moved to 12:00, another desk books Emma's new time and Liam's old one.
    let armed = true;
    h.emulator.beforeRequest(async ({ method, path }) => {
      if (method !== 'PUT' || path !== `/api/v1/record/${SALON_ID}/${emma.id}` || !armed) return;
      armed = false;
      await book(EMMA, date, '11:00', 30, freshPhone());
      await book(LIAM, date, '11:00', 30, freshPhone());
    });
    try {
      const { outcomes } = await h.invoke('visitMove.apply', {
        ...request,
        expected: expectedOf(preview.steps),
      });
      expect(outcomes.map((o) => [o.id, o.result, o.error?.code, o.appointment?.start])).toEqual([
        [emma.id, 'not-moved', 'SLOT_BUSY', salonTime(date, '10:00')],
        [liam.id, 'stranded', 'SLOT_BUSY', salonTime(date, '12:00')],
      ]);
    } finally {
      h.emulator.beforeRequest(null);
    }
    expect(await startOf(emma.id)).toBe(at(date, '10:00'));
    expect(await startOf(liam.id)).toBe(at(date, '12:00'));
  });

  it('reports a move whose reply was lost and could not be re-read as unsure, and leaves the others moved', async () => {
    const date = addDays(QUIET_DAY, 35);
    const { emma, liam } = await twoAppointmentVisit(date);
    const request = { locationId: SALON_ID, appointmentId: emma.id, offset: { days: 0, minutes: 60 } };
    const preview = await h.invoke('visitMove.preview', request);

    // Liam moves first; Emma's save is carried out, but every reply to it and to its re-read is cut.
    const emmaPath = `/api/v1/record/${SALON_ID}/${emma.id}`;
    let saving = false;
    h.emulator.beforeRequest(({ method, path }) => {
      if (method === 'PUT' && path === emmaPath) saving = true;
      const cut = saving && path === emmaPath && (method === 'PUT' || method === 'GET');
      h.emulator.faults.set({ dropRate: cut ? 1 : 0 });
    });
    try {
      const { outcomes } = await h.invoke('visitMove.apply', {
        ...request,
        expected: expectedOf(preview.steps),
      });
      expect(outcomes.map((o) => [o.id, o.result, o.error?.code])).toEqual([
        [emma.id, 'unsure', 'NETWORK'],
        [liam.id, 'moved', undefined],
      ]);
    } finally {
      h.emulator.beforeRequest(null);
      h.emulator.faults.clear();
    }
    // Nothing was put back: Liam stays moved, and Emma did land after all.
    expect(await startOf(liam.id)).toBe(at(date, '12:00'));
    expect(await startOf(emma.id)).toBe(at(date, '11:00'));
  });

  it('reports a put-back whose reply was lost and could not be re-read as unsure, not stranded', async () => {
    const date = addDays(QUIET_DAY, 42);
    const { emma, liam } = await twoAppointmentVisit(date);
    const request = { locationId: SALON_ID, appointmentId: liam.id, offset: { days: 0, minutes: 60 } };
    const preview = await h.invoke('visitMove.preview', request);

    // Liam moves to 12:00; another desk takes Emma's new time; Liam's put-back lands but its replies are cut.
    const emmaPath = `/api/v1/record/${SALON_ID}/${emma.id}`;
    const liamPath = `/api/v1/record/${SALON_ID}/${liam.id}`;
    let refused = false;
    h.emulator.beforeRequest(async ({ method, path }) => {
      if (method === 'PUT' && path === emmaPath && !refused) {
        refused = true;
        await book(EMMA, date, '11:00', 30, freshPhone());
      }
      h.emulator.faults.set({ dropRate: refused && path === liamPath ? 1 : 0 });
    });
    try {
      const { outcomes } = await h.invoke('visitMove.apply', {
        ...request,
        expected: expectedOf(preview.steps),
      });
      expect(outcomes.map((o) => [o.id, o.result, o.error?.code])).toEqual([
        [emma.id, 'not-moved', 'SLOT_BUSY'],
        [liam.id, 'unsure', 'NETWORK'],
      ]);
    } finally {
      h.emulator.beforeRequest(null);
      h.emulator.faults.clear();
    }
    expect(await startOf(emma.id)).toBe(at(date, '10:00'));
    expect(await startOf(liam.id)).toBe(at(date, '11:00'));
  });

  it('moves a visit by a week across a daylight-saving change to the same wall-clock time', async () => {
    // The first week after the other tests' days (same weekday) that spans a change of the salon's UTC offset.
    const offsetAt = (date: string) => DateTime.fromISO(salonTime(date, '10:00'), { setZone: true }).offset;
    let date = addDays(QUIET_DAY, 49);
    while (offsetAt(date) === offsetAt(addDays(date, 7))) date = addDays(date, 7);
    const week = addDays(date, 7);
    const { emma, liam } = await twoAppointmentVisit(date);
    const request = { locationId: SALON_ID, appointmentId: emma.id, offset: { days: 7, minutes: 0 } };

    const preview = await h.invoke('visitMove.preview', request);
    expect(preview.steps.map((s) => [s.targetStart, s.problem])).toEqual([
      [salonTime(week, '10:00'), null],
      [salonTime(week, '11:00'), null],
    ]);
    const { outcomes } = await h.invoke('visitMove.apply', {
      ...request,
      expected: expectedOf(preview.steps),
    });
    expect(outcomes.map((o) => o.result)).toEqual(['moved', 'moved']);
    expect(await startOf(emma.id)).toBe(at(week, '10:00'));
    expect(await startOf(liam.id)).toBe(at(week, '11:00'));
  });

  it('leaves an appointment the client was marked arrived for where it is, names it, and moves the rest', async () => {
    const date = addDays(QUIET_DAY, 1);
    const { emma, liam } = await twoAppointmentVisit(date);
    const current = (await h.http.get(`/record/${SALON_ID}/${emma.id}`)).body.data as WireRecord & {
      client: { phone: string };
    };
    const arrived = await h.http.put(`/record/${SALON_ID}/${emma.id}`, {
      staff_id: EMMA,
      services: [],
      client: { phone: current.client.phone },
      datetime: current.datetime,
      seance_length: current.seance_length,
      attendance: 1,
    });
    expect(arrived.status).toBe(201);
    const request = { locationId: SALON_ID, appointmentId: liam.id, offset: { days: 0, minutes: 60 } };

    const preview = await h.invoke('visitMove.preview', request);
    expect(preview.steps.map((s) => [s.appointment.id, s.stays, s.targetStart, s.problem])).toEqual([
      [emma.id, 'arrived', salonTime(date, '10:00'), null],
      [liam.id, null, salonTime(date, '12:00'), null],
    ]);
    const { outcomes } = await h.invoke('visitMove.apply', {
      ...request,
      expected: expectedOf(preview.steps),
    });
    expect(outcomes.map((o) => [o.id, o.result])).toEqual([[liam.id, 'moved']]);
    expect(await startOf(emma.id)).toBe(at(date, '10:00'));
    expect(await startOf(liam.id)).toBe(at(date, '12:00'));
  });

  it('leaves an appointment that has already begun where it is', async () => {
    const now = DateTime.fromJSDate(TEST_NOW, { zone: SALON_ZONE });
    const phone = freshPhone();
    const booked: WireRecord[] = [];
    for (const [staffId, start] of [
      [EMMA, now.minus({ minutes: 15 })],
      [LIAM, now.plus({ minutes: 15 })],
    ] as const) {
      const reply = await h.http.post(`/records/${SALON_ID}`, {
        staff_id: staffId,
        services: [],
        client: { phone, name: 'Begun Visit' },
        datetime: start.toISO({ suppressMilliseconds: true }),
        seance_length: 600,
        save_if_busy: true,
      });
      expect(reply.status).toBe(201);
      booked.push(reply.body.data as WireRecord);
    }
    const [begun, later] = booked as [WireRecord, WireRecord];
    expect(later.visit_id).toBe(begun.visit_id);
    const preview = await h.invoke('visitMove.preview', {
      locationId: SALON_ID,
      appointmentId: later.id,
      offset: { days: 0, minutes: 60 },
    });
    expect(preview.steps.map((s) => [s.appointment.id, s.stays, Date.parse(s.targetStart)])).toEqual([
      [begun.id, 'began', Date.parse(begun.datetime)],
      [later.id, null, Date.parse(later.datetime) + 3_600_000],
    ]);
  });

  it('refuses a seat of a group event, which moves with its event', async () => {
    const reply = await h.http.get(
      `/records/${SALON_ID}?start_date=${SALON_TODAY}&end_date=${addDays(SALON_TODAY, 13)}&count=500`,
    );
    const seat = (reply.body.data as Array<WireRecord & { activity_id: number }>).find(
      (record) => record.activity_id > 0 && !record.deleted,
    );
    expect(seat).toBeDefined();
    const refused = await h.result('visitMove.preview', {
      locationId: SALON_ID,
      appointmentId: seat!.id,
      offset: { days: 0, minutes: 60 },
    });
    expect(refused.ok).toBe(false);
    expect(refused.error).toMatchObject({
      code: 'VALIDATION',
      detail: { fields: { appointmentId: 'issue.visitMove.seat' } },
    });
  });

  it('moves a single appointment with no other in its visit alone, and refuses to apply a zero offset', async () => {
    const date = addDays(QUIET_DAY, 7);
    const alone = await book(EMMA, date, '15:00', 30, freshPhone());
    const preview = await h.invoke('visitMove.preview', {
      locationId: SALON_ID,
      appointmentId: alone.id,
      offset: { days: 0, minutes: -30 },
    });
    expect(preview.steps.map((s) => [s.appointment.id, s.targetStart, s.problem])).toEqual([
      [alone.id, salonTime(date, '14:30'), null],
    ]);
    const zero = await h.result('visitMove.apply', {
      locationId: SALON_ID,
      appointmentId: alone.id,
      offset: { days: 0, minutes: 0 },
      expected: expectedOf(preview.steps),
    });
    expect(zero.ok).toBe(false);
    expect(zero.error?.code).toBe('VALIDATION');
  });
});
