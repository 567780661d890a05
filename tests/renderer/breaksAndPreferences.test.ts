import { describe, expect, it } from 'vitest';
import { BREAK_MINUTES, TechnicalBreakSeconds } from '../../shared/domain/appointment';
import { PreferencesPatch, Preferences, defaultPreferences } from '../../shared/domain/preferences';
import type { Service } from '../../shared/domain/service';
import { breakText, serviceBreakRows } from '../../renderer/src/features/breaks/model';
import {
  BREAK_CHOICES,
  breakChoiceOf,
  breakSecondsOf,
  emptyForm,
} from '../../renderer/src/features/appointments/formModel';
import {
  atLocation,
  dayHoursProblem,
  hourTime,
  messages,
  refreshLabel,
  slotDuration,
} from '../../renderer/src/features/preferences/model';

const slot = { teamMemberId: 1001, start: '2027-01-12T10:00:00-05:00', end: '2027-01-12T11:00:00-05:00' };

describe('technical break rules', () => {
  it('offers none and 5 to 60 minutes in steps of 5, and Altegio takes each of them', () => {
    expect(BREAK_MINUTES).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60]);
    for (const minutes of BREAK_MINUTES)
      expect(TechnicalBreakSeconds.safeParse(minutes * 60).success).toBe(true);
    expect(BREAK_CHOICES).toEqual(['default', ...BREAK_MINUTES.map(String)]);
  });

  it.each([299, 301, 420.5, -300, 3900, 7200, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses %s seconds',
    (seconds) => {
      const parsed = TechnicalBreakSeconds.safeParse(seconds);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('issue.break.step');
    },
  );

  it('turns a choice into seconds and back; null is the location default', () => {
    for (const choice of BREAK_CHOICES) expect(breakChoiceOf(breakSecondsOf(choice))).toBe(choice);
    expect(breakSecondsOf('default')).toBeNull();
  });

  it('starts a new appointment with this desk’s default break for the location', () => {
    expect(emptyForm(slot, [], 900).breakChoice).toBe('15');
    expect(emptyForm(slot, [], 0).breakChoice).toBe('0');
    expect(emptyForm(slot, []).breakChoice).toBe('default');
    // The slot's length is the whole length, break included.
    expect(emptyForm(slot, [], 900).durationMinutes).toBe(60);
  });

  it('lists each service’s own break by title, saying which follow the location default', () => {
    const service = (id: number, title: string, breakSeconds: number | null): Service => ({
      id,
      title,
      categoryId: 1,
      priceMin: 0,
      priceMax: 0,
      durationSeconds: 2700,
      technicalBreakSeconds: breakSeconds,
      active: true,
      capacity: 0,
      weight: 0,
      comment: '',
      teamMembers: [],
    });
    const rows = serviceBreakRows([
      service(2, 'Perm', 900),
      service(1, 'Colour', null),
      service(3, 'Cut', 0),
    ]);
    expect(rows.map((row) => [row.title, breakText(row.breakSeconds), row.durationMinutes])).toEqual([
      ['Colour', 'Altegio’s location default', 45],
      ['Cut', 'None', 45],
      ['Perm', '15 min', 45],
    ]);
  });
});

describe('the desk’s calendar preferences', () => {
  it('accepts every choice the settings offer', () => {
    for (const patch of [
      { slotMinutes: 5 },
      { slotMinutes: 30 },
      { weekStart: 0 },
      { weekStart: 6 },
      { dayHours: { from: 0, to: 24 } },
      { dayHours: { from: 23, to: 24 } },
      { defaultView: 'list' },
      { refreshSeconds: 10 },
      { refreshSeconds: 600 },
      { breakDefaults: { '101': 0, '102': 3600 } },
      { labelFilter: { '101': [401, 402] } },
    ]) {
      expect(PreferencesPatch.safeParse(patch).success, JSON.stringify(patch)).toBe(true);
    }
  });

  it.each([
    { slotMinutes: 7 },
    { slotMinutes: '15' },
    { weekStart: 7 },
    { weekStart: 3 },
    { weekStart: -1 },
    { dayHours: { from: 10, to: 10 } },
    { dayHours: { from: 18, to: 9 } },
    { dayHours: { from: 0, to: 25 } },
    { dayHours: { from: 8 } },
    { defaultView: 'month' },
    { refreshSeconds: 9 },
    { refreshSeconds: 601 },
    { refreshSeconds: 10.5 },
    { breakDefaults: { '101': 301 } },
    { breakDefaults: { '101': 3900 } },
    { breakDefaults: { 'not-a-location': 300 } },
    { labelFilter: { '101': ['401'] } },
    { somethingElse: true },
    { theme: undefined },
  ])('refuses %o', (patch) => {
    expect(PreferencesPatch.safeParse(patch).success).toBe(false);
  });

  it('has defaults that follow its own rules', () => {
    expect(Preferences.parse(defaultPreferences)).toEqual(defaultPreferences);
  });

  it('speaks FullCalendar’s durations and the desk’s words', () => {
    expect(slotDuration(5)).toBe('00:05:00');
    expect(slotDuration(30)).toBe('00:30:00');
    expect(hourTime(8)).toBe('08:00:00');
    expect(hourTime(24)).toBe('24:00:00');
    const t = messages.get();
    expect(dayHoursProblem(t, 9, 9)).not.toBeNull();
    expect(dayHoursProblem(t, 9, 18)).toBeNull();
    expect([10, 60, 120].map((seconds) => refreshLabel(t, seconds))).toEqual([
      'Every 10 seconds',
      'Every minute',
      'Every 2 minutes',
    ]);
  });

  it('sets, replaces and takes out one location’s entry, leaving the others', () => {
    const stored = { '101': 900, '102': 300 };
    expect(atLocation(stored, 101, 600)).toEqual({ '101': 600, '102': 300 });
    expect(atLocation(stored, 103, 0)).toEqual({ '101': 900, '102': 300, '103': 0 });
    expect(atLocation(stored, 101, undefined)).toEqual({ '102': 300 });
    expect(stored).toEqual({ '101': 900, '102': 300 });
  });
});
