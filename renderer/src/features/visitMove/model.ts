import { DateTime } from 'luxon';
import type { VisitOffset } from '../../../../shared/contract/visitMove';
import { MAX_VISIT_OFFSET_DAYS, nominalMinutes } from '../../../../shared/domain/visitOffset';
import type { Appointment } from '../../../../shared/domain/appointment';
import { i18n, params, plural } from '../../i18n';

const messages = i18n('visitMove/model', {
  notMoved: 'Not moved yet',
  later: params('{amount} later'),
  earlier: params('{amount} earlier'),
  weeks: plural({ one: '{count} week', other: '{count} weeks' }),
  days: plural({ one: '{count} day', other: '{count} days' }),
  hours: params('{hours} h'),
  minutes: params('{minutes} min'),
});

/** The steps of the offset buttons, in minutes. */
export const OFFSET_STEPS = [-60, -15, 15, 60] as const;

const DAY = 24 * 60;

/** No move yet. */
export const NO_OFFSET: VisitOffset = { days: 0, minutes: 0 };

/**
 * An offset as the dialog keeps it: minutes past a whole day carried into the days, within the
 * fortnight a move may span (a longer drag is cut to it).
 */
export function normalizeOffset({ days, minutes }: VisitOffset): VisitOffset {
  const carried = Math.trunc(minutes / DAY);
  const offset = { days: days + carried, minutes: minutes - carried * DAY };
  const limit = MAX_VISIT_OFFSET_DAYS * DAY;
  if (nominalMinutes(offset) > limit) return { days: MAX_VISIT_OFFSET_DAYS, minutes: 0 };
  if (nominalMinutes(offset) < -limit) return { days: -MAX_VISIT_OFFSET_DAYS, minutes: 0 };
  return offset;
}

/** "1 week later", "1 h 15 min later", "15 min earlier", "2 days 1 h later". */
export function describeOffset(offset: VisitOffset): string {
  const t = messages.get();
  const total = nominalMinutes(offset);
  if (total === 0) return t.notMoved;
  const direction = total > 0 ? t.later : t.earlier;
  const size = Math.abs(total);
  if (offset.minutes === 0 && offset.days % 7 === 0) {
    return direction({ amount: t.weeks(Math.abs(offset.days) / 7) });
  }
  const days = Math.floor(size / DAY);
  const hours = Math.floor((size % DAY) / 60);
  const rest = size % 60;
  const parts = [
    days ? t.days(days) : '',
    hours ? t.hours({ hours }) : '',
    rest ? t.minutes({ minutes: rest }) : '',
  ].filter(Boolean);
  return direction({ amount: parts.join(' ') });
}

/** Where `start` lands by `offset`: the days on the location's wall clock, then the minutes. */
export function shiftedStart(start: string, offset: VisitOffset, zone: string): DateTime {
  return DateTime.fromISO(start, { zone }).plus({ days: offset.days }).plus({ minutes: offset.minutes });
}

/** The time of day of an instant, in the location's zone, as the time field shows it. */
export function timeOf(iso: string, zone: string): string {
  return DateTime.fromISO(iso).setZone(zone).toFormat('HH:mm');
}

/**
 * The offset that puts the grabbed appointment at `time` (HH:MM) on the date `offset` takes it to (so a
 * drag to another day keeps its day), or null when `time` is not a time of day.
 */
export function offsetToTime(
  start: string,
  offset: VisitOffset,
  time: string,
  zone: string,
): VisitOffset | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(time.trim());
  if (!match) return null;
  const from = DateTime.fromISO(start, { zone });
  const day = shiftedStart(start, offset, zone).startOf('day');
  return {
    days: Math.round(day.diff(from.startOf('day'), 'days').days),
    minutes: Number(match[1]) * 60 + Number(match[2]) - (from.hour * 60 + from.minute),
  };
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
