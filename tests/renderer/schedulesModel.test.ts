import { describe, expect, it } from 'vitest';
import type { Occurrence } from '../../shared/domain/schedule';
import {
  compareWithPreview,
  expectedAppointments,
  lengthText,
  occurrenceWhen,
  seriesChange,
} from '../../renderer/src/features/schedules/model';
import { parseDraft, weekdayOf } from '../../renderer/src/features/schedules/seriesForm';

const occurrence = (dayId: number, start: string, state: Occurrence['state']): Occurrence => ({
  dayId,
  eventId: 1,
  start,
  end: start.replace('T16:00', 'T18:00'),
  state,
  clashWith: null,
  fill: { enrolled: 2, capacity: 8 },
});

const TUE = occurrence(1, '2027-03-09T16:00:00-05:00', 'free');
const FRI_FULL = occurrence(2, '2027-03-12T16:00:00-05:00', 'full');
const TUE_AFTER = occurrence(1, '2027-03-16T16:00:00-04:00', 'clash');
const FRI_MINE = occurrence(2, '2027-03-19T16:00:00-04:00', 'enrolled');

describe('the schedules screen’s model', () => {
  it('expects an appointment on free, clashing and already enrolled dates, not on full ones', () => {
    expect(expectedAppointments([TUE, FRI_FULL, TUE_AFTER, FRI_MINE])).toEqual([TUE, TUE_AFTER, FRI_MINE]);
  });

  it('sets what Altegio made against the preview by instant, whatever the offset is written as', () => {
    const made = [
      { id: 1, eventId: 1, start: '2027-03-09T21:00:00Z' },
      { id: 2, eventId: 1, start: '2027-03-23T16:00:00-04:00' },
    ];
    const compared = compareWithPreview([TUE, TUE_AFTER], made);
    expect(compared.matched).toBe(1);
    expect(compared.missing).toEqual([TUE_AFTER]);
    expect(compared.unexpected.map((a) => a.id)).toEqual([2]);
  });

  it('lists the dates a change of series adds and removes', () => {
    const change = seriesChange([TUE, FRI_FULL, TUE_AFTER, FRI_MINE], [2], [1]);
    expect(change.added).toEqual([1]);
    expect(change.dropped).toEqual([2]);
    expect(change.gained).toEqual([TUE, TUE_AFTER]);
    expect(change.lost).toEqual([FRI_MINE]);
  });

  it('writes dates in the location’s zone, not the computer’s', () => {
    expect(occurrenceWhen(TUE_AFTER, 'America/New_York')).toBe('Tue 16 Mar 2027, 16:00–18:00');
    expect(occurrenceWhen(TUE_AFTER, 'Europe/London')).toBe('Tue 16 Mar 2027, 20:00–22:00');
    expect(lengthText(5400)).toBe('1 h 30 min');
    expect(lengthText(2700)).toBe('45 min');
  });

  it('reads a series form: the weekday of a date, and each bad input at its field', () => {
    expect(weekdayOf('2027-03-14')).toBe('sun');
    expect(weekdayOf('2028-02-29')).toBe('tue');
    expect(
      parseDraft({ weekday: 'mon', time: '16:30', minutes: '90', teamMemberId: 7, capacity: '8' }),
    ).toEqual({
      ok: true,
      series: { weekday: 'mon', time: '16:30', durationSeconds: 5400, teamMemberId: 7, capacity: 8 },
    });
    const bad = parseDraft({ weekday: 'mon', time: '25:00', minutes: '2', teamMemberId: '', capacity: '0' });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(Object.keys(bad.problems).sort()).toEqual(['capacity', 'minutes', 'teamMemberId', 'time']);
  });
});
