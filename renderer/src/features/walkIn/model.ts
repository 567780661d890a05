import { DateTime } from 'luxon';
import { AppointmentClientInput } from '../../../../shared/domain/appointment';
import type { BookingProblem } from '../../../../shared/domain/booking';
import { BridgeError } from '../../api';
import { bookingProblemWords, wordIssue } from '../../errors';
import { i18n, params } from '../../i18n';
import { longDay } from '../../format';

const messages = i18n('walkIn/model', {
  now: 'now',
  inMinutes: params('in {minutes} min'),
  inHoursMinutes: params('in {hours} h {minutes} min'),
  inHours: params('in {hours} h'),
  nextFree: params('next free {date}'),
  noFreeTime: 'no free time in the next weeks',
  nobodyDoes: params('Nobody here does {services} (as online booking offers the team).'),
  or: params('{first} or {second}'),
  notBooked: 'The walk-in could not be booked.',
  busy: 'Someone took this time meanwhile. The list is refreshed: pick another.',
  past: 'This time has passed while the list was open. The list is refreshed.',
  bookingOff: params('{problem} Find a free column in the calendar instead.'),
  notFound: 'Who is free could not be looked up.',
});

/** The windows the finder offers, in hours from now. */
export const WALK_IN_HOURS = [1, 2, 3, 6, 12] as const;

/** "now", "in 15 min", "in 1 h 05 min". */
export function waitText(minutes: number): string {
  const t = messages.get();
  if (minutes <= 0) return t.now;
  if (minutes < 60) return t.inMinutes({ minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? t.inHoursMinutes({ hours, minutes: String(rest).padStart(2, '0') }) : t.inHours({ hours });
}

/** "14:15" on the location's clock, with the day when it is not today there. */
export function timeText(iso: string, zone: string, today: string): string {
  const time = DateTime.fromISO(iso).setZone(zone);
  return time.toISODate() === today ? time.toFormat('HH:mm') : time.toFormat('ccc d LLL, HH:mm');
}

/** "Tuesday 19 January" of a date, or "not in the next weeks". */
export function nextDateText(date: string | null): string {
  const t = messages.get();
  return date ? t.nextFree({ date: longDay(DateTime.fromISO(date)) }) : t.noFreeTime;
}

/** "Nobody here does Beard trim" / "… Beard trim or Hot towel shave". */
export function notProvidedText(titles: readonly string[]): string {
  const t = messages.get();
  const services = titles.length ? titles.reduce((first, second) => t.or({ first, second })) : '';
  return t.nobodyDoes({ services });
}

export interface WalkInClient {
  name: string;
  phone: string;
}

/** Field problems of the client as typed (Altegio needs a name and a phone on every new booking). */
export function clientProblems(client: WalkInClient): Partial<Record<keyof WalkInClient, string>> {
  const parsed = AppointmentClientInput.safeParse(client);
  if (parsed.success) return {};
  const problems: Partial<Record<keyof WalkInClient, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'name' || field === 'phone') && !problems[field])
      problems[field] = wordIssue(issue.message);
  }
  return problems;
}

/** Altegio's refusals of the client's name or phone, for the fields they concern. */
export function refusedClientFields(error: unknown): Partial<Record<keyof WalkInClient, string>> {
  if (!(error instanceof BridgeError)) return {};
  const { fields } = error;
  const refused: Partial<Record<keyof WalkInClient, string>> = {};
  const name = fields['client.name'] ?? fields['client'];
  if (name) refused.name = name;
  if (fields['client.phone']) refused.phone = fields['client.phone'];
  return refused;
}

/** What went wrong with a booking: the online-booking problem, if it is one, and its words. */
export function bookingFailure(error: unknown): { problem: BookingProblem | null; text: string } {
  const t = messages.get();
  if (!(error instanceof BridgeError)) return { problem: null, text: t.notBooked };
  const named = error.params?.['problem'];
  const problem =
    typeof named === 'string' && named in bookingProblemWords
      ? (named as BookingProblem)
      : error.code === 'SLOT_BUSY'
        ? 'busy'
        : null;
  if (problem === 'busy') return { problem, text: t.busy };
  if (problem === 'past') return { problem, text: t.past };
  return { problem, text: problem ? bookingProblemWords[problem] : error.message };
}

/** The words for a failed look-up, with a way out when online booking is switched off. */
export function findFailureText(error: unknown): string {
  const t = messages.get();
  if (error instanceof BridgeError && error.params?.['problem'] === 'online-booking-off')
    return t.bookingOff({ problem: bookingProblemWords['online-booking-off'] });
  return error instanceof BridgeError ? error.message : t.notFound;
}

/** What the calendar says after a walk-in was booked (and how it is marked, when not by its label). */
