import type { CalendarViewKind } from '../../../../shared/domain/preferences';

export const WEEK_STARTS = [
  { value: 1, label: 'Monday' },
  { value: 0, label: 'Sunday' },
  { value: 6, label: 'Saturday' },
] as const;

export const calendarViewNames: Record<CalendarViewKind, string> = {
  day: 'Day, all team members',
  memberWeek: 'Week, one team member',
  teamWeek: 'Week, all team members',
  list: 'List of the day',
};

export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** Why a day from `from` to `to` (whole hours) cannot be shown, or null. */
export function dayHoursProblem(from: number, to: number): string | null {
  return from < to ? null : 'The day must end after it starts.';
}

export function refreshLabel(seconds: number): string {
  return seconds < 60
    ? `Every ${seconds} seconds`
    : seconds === 60
      ? 'Every minute'
      : `Every ${seconds / 60} minutes`;
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
