import { Info } from 'luxon';
import type { CalendarViewKind } from '../../../../shared/domain/preferences';
import { i18n, params } from '../../i18n';

export const messages = i18n('preferences/model', {
  day: 'Day, all team members',
  memberWeek: 'Week, one team member',
  teamWeek: 'Week, all team members',
  list: 'List of the day',
  dayEndsFirst: 'The day must end after it starts.',
  everySeconds: params('Every {seconds} seconds'),
  everyMinute: 'Every minute',
  everyMinutes: params('Every {minutes} minutes'),
});
type Messages = ReturnType<typeof messages.get>;

/** The days a week may start on, named in the language shown (Luxon counts Monday 1 … Sunday 7). */
export function weekStarts(locale: string): Array<{ value: 1 | 0 | 6; label: string }> {
  const names = Info.weekdays('long', { locale });
  return [
    { value: 1, label: names[0] ?? '' },
    { value: 0, label: names[6] ?? '' },
    { value: 6, label: names[5] ?? '' },
  ];
}

export function calendarViewName(t: Messages, view: CalendarViewKind): string {
  return t[view];
}

export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** Why a day from `from` to `to` (whole hours) cannot be shown, or null. */
export function dayHoursProblem(t: Messages, from: number, to: number): string | null {
  return from < to ? null : t.dayEndsFirst;
}

export function refreshLabel(t: Messages, seconds: number): string {
  return seconds < 60
    ? t.everySeconds({ seconds })
    : seconds === 60
      ? t.everyMinute
      : t.everyMinutes({ minutes: seconds / 60 });
}

/** FullCalendar's "HH:MM:SS" for a whole hour (24 is the end of the day). */
export function hourTime(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00:00`;
}

export function slotDuration(minutes: number): string {
  return `00:${String(minutes).padStart(2, '0')}:00`;
}

/** A per-location preference with this location's entry set, or taken out when `value` is undefined. */
export function atLocation<T>(
  byLocation: Readonly<Record<string, T>>,
  locationId: number,
  value: T | undefined,
): Record<string, T> {
  const { [String(locationId)]: _previous, ...others } = byLocation;
  return value === undefined ? others : { ...others, [String(locationId)]: value };
}
