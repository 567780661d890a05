import type { CalendarViewKind } from '../../../../shared/domain/preferences';

export type { CalendarViewKind };

/** Our four views and the FullCalendar view behind each. */
export const viewTypes: Record<CalendarViewKind, string> = {
  day: 'resourceTimeGridDay',
  memberWeek: 'resourceTimeGridWeek',
  teamWeek: 'resourceTimeGridWeek',
  list: 'listDay',
};

export const viewLabels: Record<CalendarViewKind, string> = {
  day: 'Day',
  memberWeek: 'Week (one)',
  teamWeek: 'Week (all)',
  list: 'List',
};
