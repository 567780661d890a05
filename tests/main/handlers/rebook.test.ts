import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  EMMA,
  freshPhone,
  SALON_ID,
  SALON_TODAY,
  SALON_ZONE,
  salonTime,
} from '../../support/demoSalon';
import { rebookableRecord, type WireRecord } from '../../support/rebook';
import type { WireTime } from '../../support/walkIn';
import { useHarness } from './harness';

const h = useHarness();
const WEEKS = 2;

const services = (ids: number[]) => ids.map((id) => `service_ids%5B%5D=${id}`).join('&');
const freeTimes = async (memberId: number, date: string, serviceIds: number[]) =>
  ((await h.http.get(`/book_times/${SALON_ID}/${memberId}/${date}?${services(serviceIds)}`)).body
    .data as WireTime[]) ?? [];
const record = async (id: number) => (await h.http.get(`/record/${SALON_ID}/${id}`)).body.data as WireRecord;
const serviceIdsOf = (r: WireRecord) => [...new Set(r.services.map((s) => s.id))];
const dayOf = (iso: string) => DateTime.fromISO(iso).setZone(SALON_ZONE).toISODate()!;
const soon = () =>
  rebookableRecord(h.http, SALON_ID, addDays(SALON_TODAY, 1), addDays(SALON_TODAY, 6), WEEKS);

describe('rebook handlers', () => {
  it('proposes the same member N weeks on, at the free time nearest the usual one, and books it', async () => {
    const expected = await soon();
    const original = expected.record;
    const found = await h.invoke('rebook.find', {
      locationId: SALON_ID,
      appointmentId: original.id,
      weeks: WEEKS,
    });
    expect(found.targetDate).toBe(expected.targetDate);
    expect(found.proposals).toHaveLength(1);
    const [proposal] = found.proposals;
    if (!proposal) throw new Error('no proposal');
    expect(proposal).toMatchObject({
      teamMemberId: original.staff_id,
      datetime: expected.datetime,
      durationSeconds: expected.durationSeconds,
    });

    const booked = await h.invoke('rebook.book', {
      locationId: SALON_ID,
      appointmentId: original.id,
      teamMemberId: proposal.teamMemberId,
      datetime: proposal.datetime,
      durationSeconds: proposal.durationSeconds,
      apiId: 'rebook-handler-1',
    });
    expect(booked.id).not.toBe(original.id);
    const saved = await record(booked.id);
    expect(saved.staff_id).toBe(original.staff_id);
    expect(Date.parse(saved.datetime)).toBe(Date.parse(expected.datetime));
    expect(saved.client?.id).toBe(original.client?.id);
    expect(saved.services.map((s) => s.id)).toEqual(original.services.map((s) => s.id));
    // The original is left as it was.
    expect((await record(original.id)).datetime).toBe(original.datetime);
    // The time is taken now: booking it again is refused as busy, and nothing more is created.
    const again = await h.result('rebook.book', {
      locationId: SALON_ID,
      appointmentId: original.id,
      teamMemberId: proposal.teamMemberId,
      datetime: proposal.datetime,
      durationSeconds: proposal.durationSeconds,
      apiId: 'rebook-handler-2',
    });
    expect(again.error?.code).toBe('SLOT_BUSY');
    const after = await h.invoke('rebook.find', {
      locationId: SALON_ID,
      appointmentId: original.id,
      weeks: WEEKS,
    });
    expect(after.proposals[0]?.datetime).not.toBe(proposal.datetime);
  });

  it('a retry after an unknown outcome finds the booking it made instead of booking twice', async () => {
    const { record: original, datetime, durationSeconds } = await soon();
    const booking = {
      locationId: SALON_ID,
      appointmentId: original.id,
      teamMemberId: original.staff_id,
      datetime,
      durationSeconds,
      apiId: 'rebook-retried',
    };
    const first = await h.invoke('rebook.book', booking);
    const again = await h.invoke('rebook.book', { ...booking, retry: true });
    expect(again.id).toBe(first.id);
    const day = dayOf(datetime);
    const same = (
      (await h.http.get(`/records/${SALON_ID}?start_date=${day}&end_date=${day}&count=500`)).body
        .data as WireRecord[]
    ).filter(
      (r) => r.client?.id === original.client?.id && Date.parse(r.datetime) === Date.parse(first.start),
    );
    expect(same.map((r) => r.id)).toEqual([first.id]);
  });

  it('finds the nearest other day with a free time for the same member', async () => {
    const { record: original, targetDate } = await soon();
    const found = await h.invoke('rebook.find', {
      locationId: SALON_ID,
      appointmentId: original.id,
      weeks: WEEKS,
      search: 'otherDays',
    });
    const [proposal] = found.proposals;
    if (!proposal) throw new Error('no other day');
    expect(proposal.teamMemberId).toBe(original.staff_id);
    const day = dayOf(proposal.start);
    const distance = DateTime.fromISO(day).diff(DateTime.fromISO(targetDate), 'days').days;
    expect(day).not.toBe(targetDate);
    expect(Math.abs(distance)).toBeLessThanOrEqual(7);
    const ids = serviceIdsOf(original);
    expect((await freeTimes(original.staff_id, day, ids)).map((t) => t.datetime)).toContain(
      proposal.datetime,
    );
    // No nearer day has a free time, nor the day as near on the other side when this one is earlier.
    for (let d = 1; d < Math.abs(distance); d += 1) {
      for (const other of [addDays(targetDate, d), addDays(targetDate, -d)]) {
        if (other > SALON_TODAY) expect(await freeTimes(original.staff_id, other, ids)).toEqual([]);
      }
    }
    if (distance < 0)
      expect(await freeTimes(original.staff_id, addDays(targetDate, -distance), ids)).toEqual([]);
  });

  it('offers the other members who do the same services, each at their nearest time', async () => {
    const { record: original, targetDate } = await soon();
    const found = await h.invoke('rebook.find', {
      locationId: SALON_ID,
      appointmentId: original.id,
      weeks: WEEKS,
      search: 'otherMembers',
    });
    const ids = serviceIdsOf(original);
    const staff = (await h.http.get(`/book_staff/${SALON_ID}?${services(ids)}`)).body.data as Array<{
      id: number;
      name: string;
    }>;
    const others = staff.filter((member) => member.id !== original.staff_id);
    const withTimes = [];
    for (const member of others)
      if ((await freeTimes(member.id, targetDate, ids)).length) withTimes.push(member.id);
    expect(withTimes.length).toBeGreaterThan(0);
    expect(found.proposals.map((p) => p.teamMemberId).sort()).toEqual(withTimes.sort());
    for (const proposal of found.proposals) {
      expect(proposal.name).toBe(staff.find((m) => m.id === proposal.teamMemberId)?.name);
      expect(dayOf(proposal.start)).toBe(targetDate);
    }
  });

  it('refuses what cannot be rebooked, and weeks outside 1 to 12', async () => {
    const { record: original } = await soon();
    const tooFar = await h.result('rebook.find', {
      locationId: SALON_ID,
      appointmentId: original.id,
      weeks: 13,
    });
    expect(tooFar.error?.code).toBe('VALIDATION');
    // Cancelled at another desk (a record later on, which the other tests do not use).
    const { record: later } = await rebookableRecord(
      h.http,
      SALON_ID,
      addDays(SALON_TODAY, 8),
      addDays(SALON_TODAY, 12),
      WEEKS,
    );
    expect((await h.http.delete(`/record/${SALON_ID}/${later.id}`)).status).toBeLessThan(300);
    const gone = { id: later.id };
    const refused = await h.result('rebook.find', { locationId: SALON_ID, appointmentId: gone.id, weeks: 4 });
    // Altegio no longer gives a cancelled record out at all.
    expect(refused.error?.code).toBe('NOT_FOUND');
  });
});

describe('rebooking across a change of clocks', () => {
  it('keeps the wall-clock time: 10:00 before the change is proposed at 10:00 after it', async () => {
    // The first Tuesday whose next Tuesday has another UTC offset in the salon's zone.
    let day = DateTime.fromISO(addDays(SALON_TODAY, 1), { zone: SALON_ZONE });
    while (
      day.weekday !== 2 ||
      day.set({ hour: 10 }).offset === day.plus({ weeks: 1 }).set({ hour: 10 }).offset
    )
      day = day.plus({ days: 1 });
    const date = day.toISODate()!;
    const created = await h.http.post(`/records/${SALON_ID}`, {
      staff_id: EMMA,
      services: [{ id: 2001, first_cost: 45, discount: 0, cost: 45 }],
      client: { name: 'Dana Daylight', phone: freshPhone() },
      datetime: salonTime(date, '10:00'),
      seance_length: 3600,
    });
    expect(created.status).toBe(201);
    const found = await h.invoke('rebook.find', {
      locationId: SALON_ID,
      appointmentId: created.body.data.id,
      weeks: 1,
    });
    expect(found.targetDate).toBe(addDays(date, 7));
    const [proposal] = found.proposals;
    if (!proposal) throw new Error('Emma is not free a week on');
    const start = DateTime.fromISO(proposal.start).setZone(SALON_ZONE);
    expect(start.toISODate()).toBe(addDays(date, 7));
    expect(start.toFormat('HH:mm')).toBe('10:00');
    expect(start.offset).not.toBe(day.set({ hour: 10 }).offset);
  });
});
