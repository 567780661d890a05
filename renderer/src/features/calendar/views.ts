import type { CalendarViewKind } from '../../../../shared/domain/preferences';
import { i18n } from '../../i18n';

export type { CalendarViewKind };

/** Our four views and the FullCalendar view behind each. */
export const viewTypes: Record<CalendarViewKind, string> = {
  day: 'resourceTimeGridDay',
  memberWeek: 'resourceTimeGridWeek',
  teamWeek: 'resourceTimeGridWeek',
  list: 'listDay',
};

/** The views' names on the toolbar's buttons. */
export const viewNames = i18n('calendar/views', {
  day: 'Day',
  memberWeek: 'Week (one)',
  teamWeek: 'Week (all)',
  list: 'List',
});
