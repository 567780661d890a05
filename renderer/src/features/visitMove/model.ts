import { DateTime } from 'luxon';
import type { Appointment } from '../../../../shared/domain/appointment';

/** The steps of the offset buttons, in minutes. */
export const OFFSET_STEPS = [-60, -15, 15, 60] as const;

/** "1 h 15 min later", "15 min earlier", "2 days later". */
export function describeOffset(minutes: number): string {
  if (minutes === 0) return 'Not moved yet';
  const size = Math.abs(minutes);
  const days = Math.floor(size / 1440);
  const hours = Math.floor((size % 1440) / 60);
  const rest = size % 60;
  const parts = [
    days ? `${days} ${days === 1 ? 'day' : 'days'}` : '',
    hours ? `${hours} h` : '',
    rest ? `${rest} min` : '',
  ].filter(Boolean);
  return `${parts.join(' ')} ${minutes > 0 ? 'later' : 'earlier'}`;
}

/** The time of day of an instant, in the location's zone, as the time field shows it. */
export function timeOf(iso: string, zone: string): string {
  return DateTime.fromISO(iso).setZone(zone).toFormat('HH:mm');
}

/**
 * The offset that puts the grabbed appointment at `time` (HH:MM) on its own local date, or null when
 * `time` is not a time of day.
 */
export function offsetToTime(start: string, time: string, zone: string): number | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(time.trim());
  if (!match) return null;
  const from = DateTime.fromISO(start).setZone(zone);
  const to = from.set({ hour: Number(match[1]), minute: Number(match[2]), second: 0, millisecond: 0 });
  return Math.round(to.diff(from, 'minutes').minutes);
}

/** The other live appointments of the same visit this desk has loaded (cheap: no request). */
export function visitmatesOf(appointment: Appointment, loaded: readonly Appointment[]): Appointment[] {
  if (appointment.visitId === null) return [];
  return loaded.filter(
    (other) =>
      other.id !== appointment.id &&
      other.visitId === appointment.visitId &&
      !other.deleted &&
      !other.activityId,
  );
}
