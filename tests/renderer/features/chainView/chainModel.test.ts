import { describe, expect, it } from 'vitest';
import { localClock, shiftDate, shownLocations } from '../../../../renderer/src/features/chainView/model';
import type { Location } from '../../../../shared/domain/location';

const at = (id: number, timezone = 'UTC'): Location => ({
  id,
  title: `Location ${id}`,
  timezone,
  city: '',
  address: '',
  phone: '',
  currency: '',
});
const ids = (locations: readonly Location[]) => locations.map((location) => location.id);

describe('the chain view model', () => {
  it('moves by calendar days, whatever the zones do (DST starts in New York on 14 March 2027)', () => {
    expect(shiftDate('2027-03-13', 1)).toBe('2027-03-14');
    expect(shiftDate('2027-03-14', 1)).toBe('2027-03-15');
    expect(shiftDate('2027-01-01', -1)).toBe('2026-12-31');
  });

  it('reads each location’s clock in its own zone, across the DST change', () => {
    const instant = Date.parse('2027-03-14T07:30:00Z');
    expect(localClock('America/New_York', instant, '2027-03-14')).toEqual({ time: '03:30', otherDate: null });
    expect(localClock('Asia/Almaty', instant, '2027-03-14')).toEqual({ time: '12:30', otherDate: null });
    const ahead = localClock('Pacific/Kiritimati', instant, '2027-03-14');
    expect(ahead.time).toBe('21:30');
    expect(ahead.otherDate).toBeNull();
    const behind = localClock('Pacific/Pago_Pago', instant, '2027-03-14');
    expect(behind.time).toBe('20:30');
    expect(behind.otherDate?.toISODate()).toBe('2027-03-13');
  });

  it('shows the chosen locations in the user’s order, or the open one and the next ones', () => {
    const locations = [at(101), at(102), at(103), at(104), at(105)];
    expect(ids(shownLocations(locations, null, 101))).toEqual([101, 102, 103, 104]);
    expect(ids(shownLocations(locations, [], 103))).toEqual([101, 102, 103, 104]);
    expect(ids(shownLocations(locations, null, 105))).toEqual([101, 102, 103, 105]);
    expect(ids(shownLocations(locations, [104, 102], 101))).toEqual([102, 104]);
    // A choice that no longer makes a chain (a location gone) falls back to the default.
    expect(ids(shownLocations(locations, [102, 999], 101))).toEqual([101, 102, 103, 104]);
    expect(ids(shownLocations(locations.slice(0, 2), null, 102))).toEqual([101, 102]);
  });
});
