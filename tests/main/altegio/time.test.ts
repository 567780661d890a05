import { describe, expect, it } from 'vitest';
import {
  appointmentStart,
  localToIso,
  parseWireTime,
  toNaiveFilter,
  toRequestDatetime,
  wireTimeToIso,
} from '../../../electron/main/altegio/time';

const NY = 'America/New_York';

describe('Altegio time formats', () => {
  it('reads the three wire formats as the same instant', () => {
    const naive = parseWireTime('2026-03-04 10:00:00', NY);
    const colon = parseWireTime('2026-03-04T10:00:00-05:00', NY);
    const compact = parseWireTime('2026-03-04T10:00:00-0500', NY);
    const utc = parseWireTime('2026-03-04T15:00:00Z', NY);
    expect(naive?.toMillis()).toBe(Date.parse('2026-03-04T15:00:00Z'));
    expect(colon?.toMillis()).toBe(naive?.toMillis());
    expect(compact?.toMillis()).toBe(naive?.toMillis());
    expect(utc?.toMillis()).toBe(naive?.toMillis());
    expect(wireTimeToIso('2026-03-04T20:00:00+0500', NY)).toBe('2026-03-04T10:00:00-05:00');
  });

  it('rejects garbage and maps sentinel dates to null', () => {
    expect(parseWireTime('yesterday', NY)).toBeNull();
    expect(parseWireTime('', NY)).toBeNull();
    expect(parseWireTime(42, NY)).toBeNull();
    expect(wireTimeToIso('0000-00-00 00:00:00', NY)).toBeNull();
    expect(wireTimeToIso('1970-01-01', NY)).toBeNull();
  });
});

describe('across the New York DST change (Sunday 8 March 2026, 02:00 → 03:00)', () => {
  it('trusts the naive date over a datetime stuck at the standard offset', () => {
    // Real Altegio can send -05:00 in summer time; the wall clock in `date` is the truth.
    const start = appointmentStart('2026-03-09 10:00:00', '2026-03-09T09:00:00-05:00', NY);
    expect(start?.toISO({ suppressMilliseconds: true })).toBe('2026-03-09T10:00:00-04:00');
    expect(start?.toMillis()).toBe(Date.parse('2026-03-09T14:00:00Z'));
  });

  it('falls back to datetime when date is missing', () => {
    expect(appointmentStart(undefined, '2026-03-09T10:00:00-04:00', NY)?.toMillis()).toBe(
      Date.parse('2026-03-09T14:00:00Z'),
    );
    expect(appointmentStart('nonsense', null, NY)).toBeNull();
  });

  it('sends datetimes with the offset the zone has at that instant', () => {
    expect(toRequestDatetime('2026-03-07T10:00:00-05:00', NY)).toBe('2026-03-07T10:00:00-05:00');
    expect(toRequestDatetime('2026-03-09T10:00:00-04:00', NY)).toBe('2026-03-09T10:00:00-04:00');
    // An instant given in UTC comes out on the location's clock.
    expect(toRequestDatetime('2026-03-09T14:00:00Z', NY)).toBe('2026-03-09T10:00:00-04:00');
    expect(toRequestDatetime('not a time', NY)).toBeNull();
  });

  it('puts wall-clock slots on the right side of the change', () => {
    expect(localToIso('2026-03-08', '01:30', NY)).toBe('2026-03-08T01:30:00-05:00');
    expect(localToIso('2026-03-08', '10:00', NY)).toBe('2026-03-08T10:00:00-04:00');
    expect(localToIso('2026-03-08', '24:00', NY)).toBe('2026-03-09T00:00:00-04:00');
    // 02:30 does not exist that night; Luxon moves it forward by the gap.
    expect(localToIso('2026-03-08', '02:30', NY)).toBe('2026-03-08T03:30:00-04:00');
  });

  it('formats changed_after as naive wall-clock time in the zone', () => {
    expect(toNaiveFilter('2026-03-08T06:59:59Z', NY)).toBe('2026-03-08T01:59:59');
    expect(toNaiveFilter('2026-03-08T07:00:00Z', NY)).toBe('2026-03-08T03:00:00');
    expect(toNaiveFilter('2026-11-01T05:30:00Z', NY)).toBe('2026-11-01T01:30:00');
  });
});
