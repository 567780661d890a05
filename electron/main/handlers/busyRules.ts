import type { Appointment } from '../../../shared/domain/appointment';
import type { SlotProblem } from '../../../shared/domain/deskMove';
import type { Location } from '../../../shared/domain/location';
import type { GroupEvent } from '../../../shared/domain/schedule';
import type { Service } from '../../../shared/domain/service';
import type { WorkingDay } from '../../../shared/domain/teamMember';
import type { AltegioClient } from '../altegio/client';
import { DateTime, isoDateOf } from '../altegio/luxon';
import { toIsoInZone } from '../altegio/time';

/**
 * What a desk tool needs to know to say, before saving anything, whether a member is free at a time:
 * the appointments, the group events and the working hours of some local dates, read once.
 * Altegio has no "is this free?" for the B2B side that ignores the appointments being moved themselves
 * (book_check counts them as busy and knows only online-bookable services), so the rules are applied here,
 * the same rules Altegio applies when a record is saved without save_if_busy.
 */
export interface BusyDays {
  zone: string;
  /** Live (not cancelled) appointments from the day before `from` (one may run past midnight) to `to`. */
  appointments: Appointment[];
  groupEvents: GroupEvent[];
  /** Working hours from the day before `from` too (an appointment of that evening is checked on its day). */
  hours: WorkingDay[];
  /** Records Altegio sent in a shape that could not be read: the check cannot see them. */
  unreadable: number;
}

export interface Span {
  start: number;
  end: number;
}

export async function readBusyDays(
  client: AltegioClient,
  location: Location,
  range: { from: string; to: string; teamMemberIds?: number[] },
): Promise<BusyDays> {
  const zone = location.timezone;
  const dayBefore = isoDateOf(DateTime.fromISO(range.from, { zone }).minus({ days: 1 }));
  const [list, groupEvents, hours] = await Promise.all([
    client.appointments.list(location, { from: dayBefore, to: range.to, teamMemberIds: range.teamMemberIds }),
    client.schedules.groupEvents(location, {
      from: dayBefore,
      till: range.to,
      teamMemberIds: range.teamMemberIds,
    }),
    client.team.workingDays(location, { ...range, from: dayBefore }),
  ]);
  return {
    zone,
    appointments: list.appointments.filter((a) => !a.deleted),
    groupEvents,
    hours,
    unreadable: list.unreadable.length,
  };
}

export interface SlotQuestion {
  teamMemberId: number;
  start: string;
  durationSeconds: number;
  /** Appointments that do not count as busy: the ones being moved by the same change. */
  ignoring?: ReadonlySet<number>;
  /** Spans the same change has already claimed for this member (its other targets). */
  claimed?: readonly Span[];
  now?: number;
}

export type SlotVerdict = { problem: SlotProblem; conflictId: number | null } | null;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const spanOf = (start: string, end: string): Span => ({ start: Date.parse(start), end: Date.parse(end) });

/** The member's busy spans on the days read: appointments (not group-event seats) and group events. */
export function busySpans(days: BusyDays, teamMemberId: number, ignoring?: ReadonlySet<number>) {
  const spans: Array<Span & { id: number }> = [];
  for (const a of days.appointments) {
    if (a.teamMemberId !== teamMemberId || a.activityId || ignoring?.has(a.id)) continue;
    spans.push({ ...spanOf(a.start, a.end), id: a.id });
  }
  for (const event of days.groupEvents) {
    if (event.teamMemberId !== teamMemberId) continue;
    spans.push({ ...spanOf(event.start, event.end), id: event.id });
  }
  return spans.sort((x, y) => x.start - y.start);
}

/** The member's working spans on the days read, touching ones joined. */
export function workingSpans(days: BusyDays, teamMemberId: number): Span[] {
  return joinTouching(
    days.hours
      .filter((day) => day.teamMemberId === teamMemberId)
      .flatMap((day) => day.intervals.map((i) => spanOf(i.start, i.end))),
  );
}

/** Spans in time order, touching or overlapping ones joined (09–13 and 13–18 are one stretch of work). */
export function joinTouching(unsorted: readonly Span[]): Span[] {
  const spans = [...unsorted].sort((a, b) => a.start - b.start);
  const joined: Span[] = [];
  for (const span of spans) {
    const last = joined.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else joined.push({ ...span });
  }
  return joined;
}

/** Whether the member could take `durationSeconds` from `start`, and if not, the first reason. */
export function slotVerdict(days: BusyDays, question: SlotQuestion): SlotVerdict {
  const target = {
    start: Date.parse(question.start),
    end: Date.parse(question.start) + question.durationSeconds * 1000,
  };
  if (question.now !== undefined && target.start < question.now) return { problem: 'past', conflictId: null };
  const conflict = busySpans(days, question.teamMemberId, question.ignoring).find((span) =>
    overlaps(span, target),
  );
  if (conflict) return { problem: 'busy', conflictId: conflict.id };
  if (question.claimed?.some((span) => overlaps(span, target))) return { problem: 'busy', conflictId: null };
  const inside = workingSpans(days, question.teamMemberId).some(
    (span) => span.start <= target.start && target.end <= span.end,
  );
  return inside ? null : { problem: 'outside-hours', conflictId: null };
}

/** Whether the member provides every service of the appointment (a member with no link does not). */
export function providesAll(
  services: readonly Service[],
  teamMemberId: number,
  appointment: Appointment,
): boolean {
  return appointment.services.every((booked) =>
    services.some(
      (service) =>
        service.id === booked.id && service.teamMembers.some((link) => link.teamMemberId === teamMemberId),
    ),
  );
}

/**
 * The free starts nearest to `around` on the member's working time of the days read, on a `stepMinutes`
 * grid from the start of each working span, nearest first (the later first on a tie: a client can more
 * easily come later than earlier), never before `now`.
 */
export function nearestFreeStarts(
  days: BusyDays,
  question: Omit<SlotQuestion, 'start'> & { around: string; stepMinutes?: number; limit?: number },
): string[] {
  const step = (question.stepMinutes ?? 15) * 60_000;
  const around = Date.parse(question.around);
  const found: number[] = [];
  for (const span of workingSpans(days, question.teamMemberId)) {
    for (let start = span.start; start + question.durationSeconds * 1000 <= span.end; start += step) {
      if (!slotVerdict(days, { ...question, start: isoAt(start, days.zone) })) found.push(start);
    }
  }
  return found
    .sort((a, b) => Math.abs(a - around) - Math.abs(b - around) || b - a)
    .slice(0, question.limit ?? 5)
    .map((ms) => isoAt(ms, days.zone));
}

const isoAt = (ms: number, zone: string) => toIsoInZone(DateTime.fromMillis(ms), zone);
