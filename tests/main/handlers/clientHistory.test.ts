import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { historyOf } from '../../../electron/main/handlers/clients';
import type { Appointment, AppointmentStatus } from '../../../shared/domain/appointment';
import { appointment } from '../../support/appointmentFixture';

const ZONE = 'America/New_York';

function at(id: number, local: string, status: AppointmentStatus, cost = 0): Appointment {
  const start = DateTime.fromISO(local, { zone: ZONE });
  return appointment(id, {
    start: start.toISO({ suppressMilliseconds: true }) ?? '',
    end: start.plus({ hours: 1 }).toISO({ suppressMilliseconds: true }) ?? '',
    client: { id: 7, name: 'Ada', phone: '', email: '' },
    services: [{ id: 1, title: 'Cut', cost, firstCost: cost, discountPercent: 0, amount: 1 }],
    status,
    lastChangedAt: null,
  });
}

describe('a client’s history', () => {
  // 03:30 on the Sunday of the spring DST change in New York (02:00 was skipped).
  const now = DateTime.fromISO('2027-03-14T07:30:00Z', { zone: ZONE });

  it('counts no-shows from the location’s date a year ago up to now, not later ones', () => {
    const history = historyOf(
      [
        at(1, '2026-03-13T23:59', 'no-show'),
        at(2, '2026-03-14T00:00', 'no-show'),
        at(3, '2026-11-01T01:30', 'no-show'),
        at(4, '2027-03-14T01:00', 'arrived', 40.1),
        at(5, '2027-03-14T04:00', 'no-show'),
      ],
      now,
    );
    expect(history.noShowsSince).toBe('2026-03-14');
    expect(history.noShows).toBe(2);
    expect(history.lastVisits.map((visit) => visit.id)).toEqual([4, 3, 2, 1]);
    expect(history.lastVisits[0]?.total).toBe(40.1);
    expect(history.upcoming.map((visit) => visit.id)).toEqual([5]);
    expect(history.upcomingCount).toBe(1);
  });

  it('lists the latest five visits and the next five appointments, counting all upcoming ones', () => {
    const past = Array.from({ length: 7 }, (_, day) => at(10 + day, `2027-02-0${day + 1}T10:00`, 'arrived'));
    const future = Array.from({ length: 7 }, (_, day) =>
      at(20 + day, `2027-04-0${day + 1}T10:00`, 'waiting'),
    );
    const history = historyOf([...past, ...future], now);
    expect(history.lastVisits.map((visit) => visit.id)).toEqual([16, 15, 14, 13, 12]);
    expect(history.upcoming.map((visit) => visit.id)).toEqual([20, 21, 22, 23, 24]);
    expect(history.upcomingCount).toBe(7);
    expect(history.noShows).toBe(0);
  });

  it('takes a leap day’s year-ago as the 28th', () => {
    const leap = DateTime.fromISO('2028-02-29T12:00', { zone: ZONE });
    expect(historyOf([], leap).noShowsSince).toBe('2027-02-28');
  });
});
