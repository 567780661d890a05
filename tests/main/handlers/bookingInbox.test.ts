import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../../../electron/emulator';
import { APP_ORIGIN } from '../../../electron/main/security';
import { BookingInbox, type InboxItem } from '../../../shared/contract/bookingInbox';
import { appointmentToInput } from '../../../shared/domain/appointment';
import { addDays, EMMA, freshPhone, LIAM, QUIET_DAY, SALON_ID } from '../../support/demoSalon';
import { createTestCore } from '../../support/mainCore';
import { bookOnline } from '../../support/onlineBooking';
import { TEST_NOW } from '../../support/testClock';
import { useHarness } from './harness';

const h = useHarness();
const own = { senderUrl: `${APP_ORIGIN}/index.html` };

const inbox = async () => (await h.invoke('bookingInbox.list', { locationId: SALON_ID })).items;
const itemOf = (items: InboxItem[], id: number) => items.find((item) => item.appointmentId === id);

/** A second desk: another Frontdesk installation (its own settings) at the same Altegio location. */
async function otherDesk() {
  const core = createTestCore({
    trustedOrigins: [APP_ORIGIN],
    startDemo: async () => ({ baseUrl: h.emulator.url, ...DEMO_CREDENTIALS }),
  });
  await core.session.openDemo();
  return async () => {
    const result = await core.invoke('bookingInbox.list', { locationId: SALON_ID }, own);
    if (!result.ok) throw new Error(result.error.code);
    return BookingInbox.parse(result.data).items;
  };
}

const moveLater = (id: number, teamMemberId: number) =>
  h.atSalon(async (client, location) => {
    const current = await client.appointments.get(location, id);
    const start = DateTime.fromISO(current.start).plus({ hours: 2 }).toISO() ?? '';
    return client.appointments.update(
      location,
      id,
      { ...appointmentToInput(current), start, teamMemberId },
      { saveIfBusy: true },
    );
  });

const rawRecord = async (id: number) => (await h.http.get(`/record/${SALON_ID}/${id}`)).body.data;

describe('bookingInbox handlers', () => {
  it('starts a desk from the last 24 hours and words new, moved and cancelled online bookings', async () => {
    const first = await h.invoke('bookingInbox.list', { locationId: SALON_ID });
    // Main's clock runs on from the pinned instant; the first look reaches a day back from it.
    const dayBefore = TEST_NOW.getTime() - 86_400_000;
    expect(Date.parse(first.lookedAt)).toBeGreaterThanOrEqual(dayBefore - 1000);
    expect(Date.parse(first.lookedAt)).toBeLessThan(dayBefore + 60_000);
    // Only online bookings, newest change first.
    const seeded = first.items.map((item) => Date.parse(item.lastChangedAt));
    expect(seeded).toEqual([...seeded].sort((a, b) => b - a));

    const kept = await bookOnline(h.http, {
      teamMemberId: EMMA,
      date: QUIET_DAY,
      fullname: 'Ava Online',
      phone: freshPhone(),
    });
    const moved = await bookOnline(h.http, {
      teamMemberId: LIAM,
      date: QUIET_DAY,
      fullname: 'Ben Online',
      phone: freshPhone(),
    });
    const cancelled = await bookOnline(h.http, {
      teamMemberId: EMMA,
      date: QUIET_DAY,
      fullname: 'Cy Online',
      phone: freshPhone(),
    });
    // A desk booking is not an online one.
    const desk = await h.atSalon((client, location) =>
      client.appointments.create(location, {
        teamMemberId: LIAM,
        start: DateTime.fromISO(moved.datetime).plus({ hours: 4 }).toISO() ?? '',
        durationSeconds: 3600,
        technicalBreakSeconds: null,
        services: [],
        client: { name: 'Desk Booking', phone: freshPhone() },
      }),
    );

    const fresh = await inbox();
    expect(itemOf(fresh, desk.id)).toBeUndefined();
    const ava = itemOf(fresh, kept.recordId);
    expect(ava).toMatchObject({
      change: { kind: 'new' },
      client: { name: 'Ava Online' },
      services: [{ id: kept.service.id, title: kept.service.title }],
      teamMemberId: EMMA,
    });
    expect(Date.parse(ava?.start ?? '')).toBe(Date.parse(kept.datetime));
    expect(itemOf(fresh, moved.recordId)?.change).toEqual({ kind: 'new' });

    const before = await rawRecord(kept.recordId);
    for (const id of [kept.recordId, moved.recordId]) {
      const item = itemOf(fresh, id);
      await h.invoke('bookingInbox.acknowledge', {
        locationId: SALON_ID,
        appointmentId: id,
        lastChangedAt: item?.lastChangedAt ?? '',
      });
    }
    // Acknowledging is this desk's business: Altegio's record is untouched.
    expect(await rawRecord(kept.recordId)).toEqual(before);
    const acknowledged = await inbox();
    expect(itemOf(acknowledged, kept.recordId)).toBeUndefined();
    expect(itemOf(acknowledged, moved.recordId)).toBeUndefined();
    expect(itemOf(acknowledged, cancelled.recordId)?.change).toEqual({ kind: 'new' });
    // The next read starts no later than the oldest booking still waiting, and after the first look.
    const state = h.core.settings.getBookingInbox(SALON_ID);
    const waiting = Math.min(...acknowledged.map((item) => Date.parse(item.lastChangedAt)));
    expect(Date.parse(state?.readFrom ?? '')).toBeLessThanOrEqual(waiting);
    expect(Date.parse(state?.readFrom ?? '')).toBeGreaterThan(Date.parse(first.lookedAt));

    await moveLater(moved.recordId, EMMA);
    await h.atSalon((client, location) => client.appointments.remove(location, cancelled.recordId));
    const later = await inbox();
    expect(itemOf(later, kept.recordId)).toBeUndefined();
    const ben = itemOf(later, moved.recordId);
    expect(ben?.change).toMatchObject({ kind: 'moved', from: { teamMemberId: LIAM } });
    expect(ben?.change.kind === 'moved' && Date.parse(ben.change.from.start)).toBe(
      Date.parse(moved.datetime),
    );
    expect(ben?.teamMemberId).toBe(EMMA);
    expect(Date.parse(ben?.start ?? '')).toBe(Date.parse(moved.datetime) + 2 * 3_600_000);
    expect(itemOf(later, cancelled.recordId)).toMatchObject({
      change: { kind: 'cancelled' },
      client: { name: 'Cy Online' },
    });

    // Another desk has its own "last looked": it never acknowledged anything.
    const deskB = await otherDesk();
    const seenByB = await deskB();
    expect(itemOf(seenByB, kept.recordId)?.change).toEqual({ kind: 'new' });
    expect(itemOf(seenByB, moved.recordId)?.change).toEqual({ kind: 'new' });
    expect(itemOf(seenByB, cancelled.recordId)?.change).toEqual({ kind: 'cancelled' });
  });

  it('acknowledges all that was shown; a change after it stays in the inbox', async () => {
    const shown = await inbox();
    expect(shown.length).toBeGreaterThan(0);
    const upTo = shown[0]?.lastChangedAt ?? '';
    await h.invoke('bookingInbox.acknowledgeAll', { locationId: SALON_ID, upTo });
    const after = await h.invoke('bookingInbox.list', { locationId: SALON_ID });
    expect(after.items).toEqual([]);
    expect(after.lookedAt).toBe(upTo);

    const day = addDays(QUIET_DAY, 7);
    const newer = await bookOnline(h.http, {
      teamMemberId: LIAM,
      date: day,
      fullname: 'Dee Online',
      phone: freshPhone(),
    });
    const acknowledgedBefore = shown.find((item) => item.change.kind !== 'cancelled');
    if (!acknowledgedBefore) throw new Error('nothing to move');
    await moveLater(acknowledgedBefore.appointmentId, acknowledgedBefore.teamMemberId);
    const items = await inbox();
    expect(items.map((item) => item.appointmentId).sort()).toEqual(
      [newer.recordId, acknowledgedBefore.appointmentId].sort(),
    );
    expect(itemOf(items, newer.recordId)?.change).toEqual({ kind: 'new' });
    expect(itemOf(items, acknowledgedBefore.appointmentId)?.change).toMatchObject({
      kind: 'moved',
      from: { start: acknowledgedBefore.start, teamMemberId: acknowledgedBefore.teamMemberId },
    });
  });

  it('refuses another location, a malformed version and a change time days ahead', async () => {
    expect((await h.result('bookingInbox.list', { locationId: 999 })).error?.code).toBe('FORBIDDEN');
    const refused = await h.result('bookingInbox.acknowledge', {
      locationId: SALON_ID,
      appointmentId: 1,
      lastChangedAt: 'yesterday',
    });
    expect(refused.error?.code).toBe('VALIDATION');
    const ahead = await h.result('bookingInbox.acknowledgeAll', {
      locationId: SALON_ID,
      upTo: new Date(TEST_NOW.getTime() + 3 * 86_400_000).toISOString(),
    });
    expect(ahead.error).toMatchObject({
      code: 'VALIDATION',
      detail: { fields: { upTo: 'issue.inbox.ahead' } },
    });
    const oneAhead = await h.result('bookingInbox.acknowledge', {
      locationId: SALON_ID,
      appointmentId: 1,
      lastChangedAt: new Date(TEST_NOW.getTime() + 3 * 86_400_000).toISOString(),
    });
    expect(oneAhead.error).toMatchObject({ detail: { fields: { lastChangedAt: 'issue.inbox.ahead' } } });
  });
});
