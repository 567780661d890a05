import { describe, expect, it } from 'vitest';
import { pruneInboxState } from '../../electron/main/bookingInboxState';
import { createSettings, defaultWindowState } from '../../electron/main/settings';
import { createMemoryStore } from '../../electron/main/store';
import { defaultPreferences } from '../../shared/domain/preferences';

describe('settings', () => {
  it('starts from defaults and keeps what is changed', () => {
    const store = createMemoryStore();
    const settings = createSettings(store);
    expect(settings.getPreferences()).toEqual(defaultPreferences);
    expect(settings.updatePreferences({ theme: 'dark' })).toEqual({ ...defaultPreferences, theme: 'dark' });
    expect(createSettings(store).getPreferences().theme).toBe('dark');
  });

  it('falls back to defaults for values that no longer fit, without losing the valid ones', () => {
    const store = createMemoryStore({
      preferences: { theme: 'neon', navigationOpen: false },
      windowState: 'huge',
    });
    const settings = createSettings(store);
    expect(settings.getPreferences()).toEqual({ ...defaultPreferences, navigationOpen: false });
    expect(settings.getWindowState()).toEqual(defaultWindowState);
    settings.updatePreferences({ theme: 'dark' });
    expect(settings.getPreferences()).toEqual({
      ...defaultPreferences,
      theme: 'dark',
      navigationOpen: false,
    });
    expect(settings.resetPreferences()).toEqual(['theme']);
  });

  it.each<[string, unknown]>([
    ['a string', 'not preferences'],
    ['an array', [1, 2, 3]],
    ['null', null],
    ['a number', 42],
  ])('resets preferences stored as %s to the defaults, and says so', (_name, stored) => {
    const store = createMemoryStore({ preferences: stored });
    const settings = createSettings(store);
    expect(settings.getPreferences()).toEqual(defaultPreferences);
    expect(settings.resetPreferences().sort()).toEqual(Object.keys(defaultPreferences).sort());
    // The repaired whole is written back, so the next start reads it cleanly.
    expect(store.dump()['preferences']).toEqual(defaultPreferences);
    expect(createSettings(store).resetPreferences()).toEqual([]);
  });

  it('resets each hostile value on its own and keeps the sound ones', () => {
    const store = createMemoryStore({
      preferences: {
        theme: 'dark',
        slotMinutes: 7,
        dayHours: { from: 18, to: 9 },
        weekStart: 9,
        refreshSeconds: 1,
        defaultView: 'year',
        breakDefaults: { '101': 301, '102': 900 },
        labelFilter: { __proto__: [1], '101': [401] },
        hiddenTeamMembers: { '101': ['1001'] },
        navigationOpen: 'yes',
        rebookWeeks: 13,
        extra: { evil: true },
      },
    });
    const settings = createSettings(store);
    const preferences = settings.getPreferences();
    expect(preferences).toEqual({ ...defaultPreferences, theme: 'dark', labelFilter: { '101': [401] } });
    expect(Object.getPrototypeOf(preferences.labelFilter)).toBe(Object.prototype);
    expect(settings.resetPreferences().sort()).toEqual(
      [
        'breakDefaults',
        'dayHours',
        'defaultView',
        'hiddenTeamMembers',
        'navigationOpen',
        'rebookWeeks',
        'refreshSeconds',
        'slotMinutes',
        'weekStart',
      ].sort(),
    );
    expect(preferences).not.toHaveProperty('extra');
  });

  it('does not count a preference that was never stored as reset', () => {
    const settings = createSettings(createMemoryStore({ preferences: { theme: 'light' } }));
    expect(settings.getPreferences()).toEqual({ ...defaultPreferences, theme: 'light' });
    expect(settings.resetPreferences()).toEqual([]);
  });

  it('refuses a change that breaks a rule, and stores nothing', () => {
    const store = createMemoryStore();
    const settings = createSettings(store);
    expect(() => settings.updatePreferences({ dayHours: { from: 10, to: 10 } })).toThrow();
    expect(() => settings.updatePreferences({ refreshSeconds: 5 })).toThrow();
    expect(() => settings.updatePreferences({ breakDefaults: { '101': 3900 } })).toThrow();
    expect(settings.updatePreferences({ breakDefaults: { '101': 600 }, slotMinutes: 5 })).toMatchObject({
      breakDefaults: { '101': 600 },
      slotMinutes: 5,
    });
  });

  it('refuses to store a window state that makes no sense', () => {
    const settings = createSettings(createMemoryStore());
    expect(() => settings.setWindowState({ width: 10, height: 10, maximized: false })).toThrow();
    settings.setWindowState({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(settings.getWindowState()).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
  });
});

describe('the booking inbox entry', () => {
  const snapshot = {
    acknowledged: '2027-01-12T09:00:00-05:00',
    start: '2027-01-20T10:00:00-05:00',
    teamMemberId: 1001,
    serviceIds: [2001],
    deleted: false,
  };

  it('keeps each location’s own "last looked" and acknowledgements', () => {
    const store = createMemoryStore();
    const settings = createSettings(store);
    expect(settings.getBookingInbox(101)).toBeNull();
    settings.setBookingInbox(101, { lookedAt: '2027-01-11T10:00:00-05:00', records: { '5001': snapshot } });
    settings.setBookingInbox(102, {
      lookedAt: '2027-01-11T20:00:00+05:00',
      readFrom: '2027-01-12T08:00:00+05:00',
      records: {},
    });
    const again = createSettings(store);
    expect(again.getBookingInbox(101)).toEqual({
      lookedAt: '2027-01-11T10:00:00-05:00',
      records: { '5001': snapshot },
    });
    expect(again.getBookingInbox(102)?.readFrom).toBe('2027-01-12T08:00:00+05:00');
  });

  it('reads a damaged entry leniently: a bad location is a first look, a bad acknowledgement is dropped', () => {
    const store = createMemoryStore({
      bookingInbox: {
        '101': {
          lookedAt: '2027-01-11T10:00:00-05:00',
          readFrom: 'soon',
          records: {
            '5001': snapshot,
            '5002': { ...snapshot, start: 'tomorrow' },
            '5003': { ...snapshot, serviceIds: ['2001'] },
            abc: snapshot,
          },
        },
        '102': { lookedAt: 'last week', records: {} },
        '103': 'junk',
        evil: { lookedAt: '2027-01-11T10:00:00-05:00', records: {} },
      },
    });
    const settings = createSettings(store);
    expect(settings.getBookingInbox(101)).toEqual({
      lookedAt: '2027-01-11T10:00:00-05:00',
      records: { '5001': snapshot },
    });
    expect(settings.getBookingInbox(102)).toBeNull();
    expect(settings.getBookingInbox(103)).toBeNull();
    settings.setBookingInbox(102, { lookedAt: '2027-01-12T10:00:00+05:00', records: {} });
    // The unreadable entries are gone from the store once it is written.
    expect(Object.keys(store.dump()['bookingInbox'] as object).sort()).toEqual(['101', '102']);

    for (const stored of ['junk', [1, 2], null, 42]) {
      expect(createSettings(createMemoryStore({ bookingInbox: stored })).getBookingInbox(101)).toBeNull();
    }
  });

  it('forgets acknowledgements older than 60 days', () => {
    const now = Date.parse('2027-03-20T12:00:00Z');
    const old = { ...snapshot, acknowledged: '2027-01-10T12:00:00Z' };
    const recent = { ...snapshot, acknowledged: '2027-01-25T12:00:00Z' };
    expect(
      pruneInboxState({ lookedAt: '2027-03-01T00:00:00Z', records: { '1': old, '2': recent } }, now),
    ).toEqual({ lookedAt: '2027-03-01T00:00:00Z', records: { '2': recent } });
  });
});
