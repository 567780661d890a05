import { DateTime } from 'luxon';
import { Weekday as WeekdaySchema } from '../../../../shared/domain/schedule';
import { i18n, params } from '../../i18n';
import type {
  EnrolledAppointment,
  Occurrence,
  ScheduleDay,
  ScheduleOverview,
  Weekday,
} from '../../../../shared/domain/schedule';

const messages = i18n('schedules/model', {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
  groupEvent: 'Group event',
  minutes: params('{minutes} min'),
  hours: params('{hours} h'),
  hoursMinutes: params('{hours} h {minutes} min'),
  alreadyEnrolled: 'Already enrolled',
  full: 'Full: no appointment will be made',
  clashWith: params('Clashes with {what}'),
  anotherAppointment: 'another appointment',
  missing: 'No class on this date in Altegio',
});

export const WEEKDAYS: readonly Weekday[] = WeekdaySchema.options;

/** Each weekday's name in the language shown. */
export const WEEKDAY_NAMES: Record<Weekday, string> = {
  get mon() {
    return messages.get().mon;
  },
  get tue() {
    return messages.get().tue;
  },
  get wed() {
    return messages.get().wed;
  },
  get thu() {
    return messages.get().thu;
  },
  get fri() {
    return messages.get().fri;
  },
  get sat() {
    return messages.get().sat;
  },
  get sun() {
    return messages.get().sun;
  },
};

/** Series in week order (Monday first), whatever order Altegio lists them in. */
export function seriesInWeekOrder(days: readonly ScheduleDay[]): ScheduleDay[] {
  return [...days].sort((a, b) => WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday));
}

/** "Tuesday 16:00, 2 h" — a series as one line. */
export function seriesName(day: Pick<ScheduleDay, 'weekday' | 'time'>): string {
  return `${WEEKDAY_NAMES[day.weekday]} ${day.time}`;
}

/** Tells two schedules of one service apart: "Yoga · Mon 18:00, Thu 18:00". */
export function scheduleName(overview: ScheduleOverview): string {
  const days = seriesInWeekOrder(overview.schedule.days).map(
    (day) => `${WEEKDAY_NAMES[day.weekday].slice(0, 3)} ${day.time}`,
  );
  const title = overview.serviceTitle || messages.get().groupEvent;
  return days.length > 0 ? `${title} · ${days.join(', ')}` : title;
}

/** The ids every change names a schedule by. */
export function scheduleRef(locationId: number, overview: ScheduleOverview) {
  return { locationId, eventId: overview.schedule.eventId, scheduleId: overview.schedule.id };
}

export function lengthText(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const t = messages.get();
  if (hours === 0) return t.minutes({ minutes: rest });
  return rest === 0 ? t.hours({ hours }) : t.hoursMinutes({ hours, minutes: rest });
}

/** How many clients each series has. */
export function enrolledIn(overview: ScheduleOverview, dayId: number): number {
  return overview.enrolments.filter((enrolment) => enrolment.dayIds.includes(dayId)).length;
}

/** "Tue 2 Feb 2027, 16:00–18:00" in the location's zone, whatever zone this computer is in. */
export function occurrenceWhen(occurrence: Pick<Occurrence, 'start' | 'end'>, zone: string): string {
  const start = DateTime.fromISO(occurrence.start, { zone });
  const end = DateTime.fromISO(occurrence.end, { zone });
  return `${start.toFormat('ccc d LLL yyyy, HH:mm')}–${end.toFormat('HH:mm')}`;
}

export function dateText(date: string): string {
  return DateTime.fromISO(date).toFormat('d LLL yyyy');
}

/** What the preview says about one date. */
export function occurrenceNote(occurrence: Occurrence): string {
  switch (occurrence.state) {
    case 'free':
      return '';
    case 'enrolled':
      return messages.get().alreadyEnrolled;
    case 'full':
      return messages.get().full;
    case 'clash':
      return messages.get().clashWith({ what: occurrence.clashWith ?? messages.get().anotherAppointment });
    case 'missing':
      return messages.get().missing;
  }
}

/** The dates of the ticked series that the enrolment will give an appointment (or keep one). */
export function previewFor(occurrences: readonly Occurrence[], dayIds: readonly number[]): Occurrence[] {
  return occurrences.filter((occurrence) => dayIds.includes(occurrence.dayId));
}

/** Dates expected to get an appointment: free ones, and clashing ones (Altegio books them anyway). */
export function expectedAppointments(occurrences: readonly Occurrence[]): Occurrence[] {
  return occurrences.filter((o) => o.state === 'free' || o.state === 'clash' || o.state === 'enrolled');
}

export interface Comparison {
  /** Previewed dates Altegio made no appointment for. */
  missing: Occurrence[];
  /** Appointments Altegio made that the preview did not list. */
  unexpected: EnrolledAppointment[];
  matched: number;
}

/** What Altegio made, set against what the preview promised (by start instant). */
export function compareWithPreview(
  expected: readonly Occurrence[],
  made: readonly EnrolledAppointment[],
): Comparison {
  const madeAt = new Set(made.map((appointment) => Date.parse(appointment.start)));
  const expectedAt = new Set(expected.map((occurrence) => Date.parse(occurrence.start)));
  const missing = expected.filter((occurrence) => !madeAt.has(Date.parse(occurrence.start)));
  const unexpected = made.filter((appointment) => !expectedAt.has(Date.parse(appointment.start)));
  return { missing, unexpected, matched: expected.length - missing.length };
}

/** Series a change adds and drops, and the dates that come and go with them. */
export function seriesChange(
  occurrences: readonly Occurrence[],
  before: readonly number[],
  after: readonly number[],
) {
  const added = after.filter((id) => !before.includes(id));
  const dropped = before.filter((id) => !after.includes(id));
  return {
    added,
    dropped,
    gained: expectedAppointments(
      occurrences.filter((o) => added.includes(o.dayId) && o.state !== 'enrolled'),
    ),
    lost: occurrences.filter((o) => dropped.includes(o.dayId) && o.state === 'enrolled'),
  };
}
