import { afterEach, describe, expect, it, vi } from 'vitest';
import { AHEAD_DAYS, createOfflineDays, MAX_DAYS } from '../../electron/main/offlineDays';
import { keepForOffline } from '../../electron/main/handlers/offline';
import type { Handlers } from '../../electron/main/ipc/invoker';
import { createMemoryStore } from '../../electron/main/store';
import type { Appointment } from '../../shared/domain/appointment';
import { appointment } from '../support/appointmentFixture';
import { createTestSecretBox } from '../support/mainCore';

const ZONE = 'America/New_York';
const SALON = 101;
/** 10:00 at the salon on 2027-01-12. */
const NOW = Date.parse('2027-01-12T15:00:00Z');

function on(date: string, id: number, overrides: Partial<Appointment> = {}): Appointment {
  return appointment(id, {
    start: `${date}T10:00:00-05:00`,
    end: `${date}T11:00:00-05:00`,
    client: { id: id + 1, name: `Client ${id}`, phone: '+12025550100', email: '' },
    ...overrides,
  });
}

function setUp({ canEncrypt = true, store = createMemoryStore() } = {}) {
  let now = NOW;
  const days = createOfflineDays(
    store,
    createTestSecretBox(canEncrypt),
    () => now,
    () => ZONE,
  );
  return { days, store, later: (ms: number) => void (now += ms) };
}

const cursor = (at: string) => `${at}-05:00`;

afterEach(() => vi.useRealTimers());

describe('offline days', () => {
  it('keeps each listed day with its appointments, sync time and cursor; a day not listed is not kept', () => {
    const { days } = setUp();
    days.recordList(
      SALON,
      { from: '2027-01-12', to: '2027-01-13' },
      { appointments: [on('2027-01-12', 1), on('2027-01-13', 2)], cursor: cursor('2027-01-12T10:00:00') },
    );
    expect(days.days(SALON, '2027-01-13', '2027-01-13')).toEqual({
      days: [{ date: '2027-01-13', syncedAt: NOW }],
      appointments: [on('2027-01-13', 2)],
      cursor: cursor('2027-01-12T10:00:00'),
    });
    const withMissing = days.days(SALON, '2027-01-12', '2027-01-14');
    expect(withMissing.days.map((day) => day.syncedAt)).toEqual([NOW, NOW, null]);
    expect(days.days(202, '2027-01-12', '2027-01-12').cursor).toBeNull();
  });

  it('brings kept days up to date with the changes, moving an appointment between days', () => {
    const { days, later } = setUp();
    days.recordList(
      SALON,
      { from: '2027-01-12', to: '2027-01-13' },
      { appointments: [on('2027-01-12', 1), on('2027-01-13', 2)], cursor: cursor('2027-01-12T10:00:00') },
    );
    later(10_000);
    days.recordChanges(SALON, cursor('2027-01-12T10:00:00'), {
      appointments: [on('2027-01-13', 1), on('2027-01-12', 3, { deleted: true })],
      cursor: cursor('2027-01-12T10:00:10'),
    });
    const twelfth = days.days(SALON, '2027-01-12', '2027-01-12');
    expect(twelfth.appointments.map((item) => [item.id, item.deleted])).toEqual([[3, true]]);
    expect(twelfth).toMatchObject({
      days: [{ syncedAt: NOW + 10_000 }],
      cursor: cursor('2027-01-12T10:00:10'),
    });
    expect(
      days
        .days(SALON, '2027-01-13', '2027-01-13')
        .appointments.map((item) => item.id)
        .sort(),
    ).toEqual([1, 2]);
  });

  it('does not call a day synced by changes that began after it was listed', () => {
    const { days, later } = setUp();
    days.recordList(
      SALON,
      { from: '2027-01-12', to: '2027-01-12' },
      { appointments: [], cursor: cursor('2027-01-12T10:00:00') },
    );
    later(60_000);
    // A poll from a cursor later than the day's listing: what changed in between is not in it.
    days.recordChanges(SALON, cursor('2027-01-12T10:00:30'), {
      appointments: [],
      cursor: cursor('2027-01-12T10:01:00'),
    });
    expect(days.days(SALON, '2027-01-12', '2027-01-12')).toMatchObject({
      days: [{ syncedAt: NOW }],
      cursor: cursor('2027-01-12T10:00:00'),
    });
  });

  it(`keeps today and the next ${AHEAD_DAYS} days, then the most recent others, ${MAX_DAYS} at most`, () => {
    const { days, later } = setUp();
    const list = (date: string) => {
      later(1_000);
      days.recordList(
        SALON,
        { from: date, to: date },
        { appointments: [], cursor: cursor(`${date}T10:00:00`) },
      );
    };
    for (let day = 0; day <= AHEAD_DAYS; day++) list(`2027-01-${String(12 + day).padStart(2, '0')}`);
    // Thirty past days, loaded after the days ahead: the oldest of them go, the days ahead stay.
    for (let day = 1; day <= 30; day++) list(`2026-12-${String(day).padStart(2, '0')}`);
    const kept = (from: string, to: string) =>
      days
        .days(SALON, from, to)
        .days.filter((day) => day.syncedAt !== null)
        .map((day) => day.date);
    expect(kept('2027-01-12', '2027-01-19')).toHaveLength(AHEAD_DAYS + 1);
    const past = kept('2026-12-01', '2026-12-30');
    expect(past).toHaveLength(MAX_DAYS - AHEAD_DAYS - 1);
    expect(past.at(-1)).toBe('2026-12-30');
    expect(past[0]).toBe(`2026-12-${30 - past.length + 1}`);
  });

  it('seals what it writes after a short delay, reads it back in a new session, and wipes it', () => {
    vi.useFakeTimers();
    const { days, store } = setUp();
    days.recordList(
      SALON,
      { from: '2027-01-12', to: '2027-01-12' },
      { appointments: [on('2027-01-12', 1)], cursor: cursor('2027-01-12T10:00:00') },
    );
    days.recordTeam(SALON, []);
    expect(store.get('offlineDays')).toBeUndefined();
    vi.advanceTimersByTime(5_000);
    const raw = JSON.stringify(store.dump());
    expect(raw).toContain('sealed:');
    expect(raw).not.toContain('Client 1');

    const again = setUp({ store }).days;
    expect(again.storage).toBe('encrypted');
    expect(again.days(SALON, '2027-01-12', '2027-01-12').appointments).toEqual([on('2027-01-12', 1)]);
    expect(again.team(SALON)).toEqual({ members: [], syncedAt: NOW });

    again.wipe();
    expect(store.get('offlineDays')).toBeUndefined();
    expect(again.days(SALON, '2027-01-12', '2027-01-12').cursor).toBeNull();
    expect(setUp({ store }).days.team(SALON)).toBeNull();
  });

  it('writes a poll that changed nothing only once a minute, one that changed something soon', () => {
    vi.useFakeTimers();
    const { days, store, later } = setUp();
    const at = (seconds: number) => cursor(`2027-01-12T10:${String(seconds).padStart(2, '0')}:00`);
    days.recordList(SALON, { from: '2027-01-12', to: '2027-01-12' }, { appointments: [], cursor: at(0) });
    vi.advanceTimersByTime(5_000);
    const written = store.get('offlineDays');
    later(10_000);
    days.recordChanges(SALON, at(0), { appointments: [], cursor: at(1) });
    vi.advanceTimersByTime(5_000);
    expect(store.get('offlineDays')).toBe(written);
    days.recordChanges(SALON, at(1), { appointments: [on('2027-01-12', 7)], cursor: at(2) });
    vi.advanceTimersByTime(5_000);
    expect(store.get('offlineDays')).not.toBe(written);
    const second = store.get('offlineDays');
    later(60_000);
    days.recordChanges(SALON, at(2), { appointments: [], cursor: at(3) });
    vi.advanceTimersByTime(5_000);
    expect(store.get('offlineDays')).not.toBe(second);
  });

  it('keeps days in memory only, and writes nothing, without a real key store', () => {
    vi.useFakeTimers();
    const { days, store } = setUp({ canEncrypt: false });
    expect(days.storage).toBe('memory');
    days.recordList(
      SALON,
      { from: '2027-01-12', to: '2027-01-12' },
      { appointments: [on('2027-01-12', 1)], cursor: cursor('2027-01-12T10:00:00') },
    );
    vi.advanceTimersByTime(5_000);
    days.flush();
    expect(store.dump()).toEqual({});
    expect(days.days(SALON, '2027-01-12', '2027-01-12').appointments).toHaveLength(1);
  });

  it('starts empty when what is on disk cannot be unsealed, and removes it', () => {
    const store = createMemoryStore({ offlineDays: 'not sealed by this key' });
    const { days } = setUp({ store });
    expect(days.days(SALON, '2027-01-12', '2027-01-12').cursor).toBeNull();
    expect(store.get('offlineDays')).toBeUndefined();
  });

  it('keeps working hours per date; a range with a day not kept has none', () => {
    const { days } = setUp();
    const hours = [
      { teamMemberId: 1001, date: '2027-01-12', intervals: [] },
      { teamMemberId: 1001, date: '2027-01-13', intervals: [] },
    ];
    days.recordHours(SALON, { from: '2027-01-12', to: '2027-01-13' }, hours);
    expect(days.hours(SALON, '2027-01-13', '2027-01-13')).toEqual([hours[1]]);
    expect(days.hours(SALON, '2027-01-13', '2027-01-14')).toBeNull();
  });
});

describe('keeping answers for offline', () => {
  it('keeps nothing of an answer asked for before a sign-out and arriving after it', async () => {
    const { days } = setUp();
    let answer: (value: unknown) => void = () => undefined;
    const pending = new Promise((resolve) => (answer = resolve));
    const handlers = keepForOffline({ 'appointments.list': () => pending } as unknown as Handlers, days);
    const input = { locationId: SALON, from: '2027-01-12', to: '2027-01-12' };
    const listing = handlers['appointments.list'](input as never, {} as never);
    days.wipe();
    answer({ appointments: [on('2027-01-12', 1)], cursor: cursor('2027-01-12T10:00:00') });
    await listing;
    expect(days.days(SALON, '2027-01-12', '2027-01-12').cursor).toBeNull();

    await handlers['appointments.list'](input as never, {} as never);
    expect(days.days(SALON, '2027-01-12', '2027-01-12').cursor).toBe(cursor('2027-01-12T10:00:00'));
  });
});
