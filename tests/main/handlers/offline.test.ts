import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { QUIET_DAY, SALON_ID, SALON_TODAY } from '../../support/demoSalon';
import { useHarness } from './harness';

const h = useHarness();
// The salon is closed on Sundays: a day with appointments is today, or Monday.
const OPEN_DAY = DateTime.fromISO(SALON_TODAY)
  .plus({ days: DateTime.fromISO(SALON_TODAY).weekday === 7 ? 1 : 0 })
  .toISODate()!;
const openDay = { locationId: SALON_ID, from: OPEN_DAY, to: OPEN_DAY };

describe('offline handlers', () => {
  it('answer what the calendar last loaded, and nothing for a day it did not', async () => {
    const listed = await h.invoke('appointments.list', openDay);
    const team = await h.invoke('team.list', { locationId: SALON_ID });
    const hours = await h.invoke('team.workingHours', openDay);
    expect(listed.appointments.length).toBeGreaterThan(0);

    const kept = await h.invoke('offline.days', openDay);
    expect(kept.appointments).toEqual(listed.appointments);
    expect(kept.cursor).toBe(listed.cursor);
    expect(kept.days).toEqual([{ date: OPEN_DAY, syncedAt: expect.any(Number) }]);
    expect((await h.invoke('offline.team', { locationId: SALON_ID }))?.members).toEqual(team);
    expect(await h.invoke('offline.workingHours', openDay)).toEqual(hours);

    const other = { locationId: SALON_ID, from: QUIET_DAY, to: QUIET_DAY };
    expect(await h.invoke('offline.days', other)).toEqual({
      days: [{ date: QUIET_DAY, syncedAt: null }],
      appointments: [],
      cursor: null,
    });
    expect(await h.invoke('offline.workingHours', other)).toBeNull();
    expect(await h.invoke('offline.status', { locationId: SALON_ID })).toEqual({ storage: 'encrypted' });
  });

  it('answer with Altegio gone, without claiming Altegio answered', async () => {
    await h.invoke('appointments.list', openDay);
    await h.emulator.stop();
    try {
      const live = await h.core.invoke('appointments.list', openDay, {
        senderUrl: 'app://frontdesk/index.html',
      });
      expect(live).toMatchObject({ ok: false, error: { code: 'NETWORK' } });
      const kept = await h.core.invoke('offline.days', openDay, { senderUrl: 'app://frontdesk/index.html' });
      expect(kept).toMatchObject({ ok: true, data: { days: [{ syncedAt: expect.any(Number) }] } });
      expect(kept).not.toHaveProperty('reachedAltegio');
    } finally {
      await h.emulator.restart();
    }
  });

  it('are wiped when the desk signs out (the store test shows the disk copy goes too)', async () => {
    await h.invoke('appointments.list', openDay);
    h.core.session.signOut();
    await h.core.session.openDemo();
    expect((await h.invoke('offline.days', openDay)).cursor).toBeNull();
    expect(await h.invoke('offline.team', { locationId: SALON_ID })).toBeNull();
  });

  it('are wiped by a fresh sign-in too: a session that never ended (a failed restore) leaves nothing', async () => {
    await h.invoke('appointments.list', openDay);
    await h.core.session.openDemo();
    expect((await h.invoke('offline.days', openDay)).cursor).toBeNull();
  });
});
