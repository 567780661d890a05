import type { EventInput } from '@fullcalendar/core';
import { DateTime } from 'luxon';
import type { WorkingDay } from '../../../../shared/domain/teamMember';
import { isoDateTime } from '../../time';

/**
 * Background events that shade each team member's non-working time: before, between and after their
 * working intervals, and the whole day when they are off.
 */
export function offHoursEvents(days: readonly WorkingDay[], zone: string): EventInput[] {
  const events: EventInput[] = [];
  for (const day of days) {
    const dayStart = DateTime.fromISO(day.date, { zone }).startOf('day');
    const dayEnd = dayStart.plus({ days: 1 });
    const resourceId = String(day.teamMemberId);
    if (day.intervals.length === 0) {
      events.push({
        start: isoDateTime(dayStart),
        end: isoDateTime(dayEnd),
        resourceId,
        display: 'background',
        classNames: ['fd-off', 'fd-day-off'],
      });
      continue;
    }
    const sorted = [...day.intervals].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    let cursor = dayStart;
    for (const interval of sorted) {
      const start = DateTime.fromISO(interval.start, { zone });
      if (start > cursor) {
        events.push({
          start: isoDateTime(cursor),
          end: isoDateTime(start),
          resourceId,
          display: 'background',
          classNames: ['fd-off'],
        });
      }
      const end = DateTime.fromISO(interval.end, { zone });
      if (end > cursor) cursor = end;
    }
    if (cursor < dayEnd) {
      events.push({
        start: isoDateTime(cursor),
        end: isoDateTime(dayEnd),
        resourceId,
        display: 'background',
        classNames: ['fd-off'],
      });
    }
  }
  return events;
}
