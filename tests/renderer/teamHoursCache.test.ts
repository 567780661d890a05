import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { teamKeys } from '../../renderer/src/features/team';
import { patchWorkingDay } from '../../renderer/src/features/teamHours/api';
import type { WorkingDay } from '../../shared/domain/teamMember';

const LOCATION = 101;
const day = (teamMemberId: number, date: string, from: string, to: string): WorkingDay => ({
  teamMemberId,
  date,
  intervals: [{ start: `${date}T${from}:00-05:00`, end: `${date}T${to}:00-05:00` }],
});

/** A range read long ago (updatedAt 1000), so a write to it would show. */
function cached(client: QueryClient, from: string, to: string, days: WorkingDay[]) {
  const key = teamKeys.workingHours(LOCATION, from, to);
  client.setQueryData(key, days, { updatedAt: 1000 });
  return key;
}

describe('the working hours cache after a save', () => {
  it('puts the saved day into the week and day ranges that hold its date, and leaves the others alone', () => {
    const client = new QueryClient();
    const week = cached(client, '2027-01-11', '2027-01-17', [
      day(1001, '2027-01-12', '09:00', '18:00'),
      day(1002, '2027-01-12', '10:00', '19:00'),
    ]);
    const emptyDay = cached(client, '2027-01-12', '2027-01-12', []);
    const otherWeek = cached(client, '2027-01-18', '2027-01-24', [day(1001, '2027-01-19', '09:00', '18:00')]);
    const otherLocation = teamKeys.workingHours(102, '2027-01-11', '2027-01-17');
    client.setQueryData(otherLocation, []);
    const saved = day(1001, '2027-01-12', '07:00', '20:00');

    patchWorkingDay(client, LOCATION, saved);

    expect(client.getQueryData(week)).toEqual([saved, day(1002, '2027-01-12', '10:00', '19:00')]);
    // The day had no entry for the member: the saved day is added.
    expect(client.getQueryData(emptyDay)).toEqual([saved]);
    expect(client.getQueryData(otherWeek)).toEqual([day(1001, '2027-01-19', '09:00', '18:00')]);
    expect(client.getQueryState(otherWeek)?.dataUpdatedAt).toBe(1000);
    expect(client.getQueryState(week)?.dataUpdatedAt).toBeGreaterThan(1000);
    expect(client.getQueryData(otherLocation)).toEqual([]);
  });
});
