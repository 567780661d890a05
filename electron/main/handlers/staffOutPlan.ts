import type { StaffOutOption, StaffOutRefusal, StaffOutRow } from '../../../shared/contract/staffOut';
import type { Appointment } from '../../../shared/domain/appointment';
import type { Service } from '../../../shared/domain/service';
import { localDate } from '../altegio/time';
import { nearestFreeStarts, providesAll, slotVerdict, type BusyDays, type Span } from './busyRules';

/** How many other times per member are offered when nobody is free at the appointment's own time. */
const NEAREST_PER_MEMBER = 2;

interface PlanScene {
  days: BusyDays;
  services: readonly Service[];
  /** The other members of the location's team, in Altegio's order (the tie-break). */
  candidates: readonly number[];
  now: number;
}

/**
 * The rows of a staff-out plan, in start order. A greedy pass: each proposal (the first option) claims its
 * member's time, so later rows never propose the same member at an overlapping time; among members free
 * at the same time, the one with the fewest proposals so far comes first, then Altegio's order.
 */
export function planRows(appointments: readonly Appointment[], scene: PlanScene): StaffOutRow[] {
  const claimed = new Map<number, Span[]>(scene.candidates.map((id) => [id, []]));
  const sorted = [...appointments].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id - b.id);
  return sorted.map((appointment) => {
    const row = planRow(appointment, scene, claimed);
    const proposal = row.options[0];
    if (proposal) {
      const start = Date.parse(proposal.start);
      claimed.get(proposal.teamMemberId)?.push({ start, end: start + appointment.durationSeconds * 1000 });
    }
    return row;
  });
}

function planRow(appointment: Appointment, scene: PlanScene, claimed: Map<number, Span[]>): StaffOutRow {
  const { days, services, candidates, now } = scene;
  const question = { durationSeconds: appointment.durationSeconds, now };
  const refusals: StaffOutRefusal[] = [];
  const sameTime: StaffOutOption[] = [];
  const capable: number[] = [];
  for (const teamMemberId of candidates) {
    if (!providesAll(services, teamMemberId, appointment)) {
      refusals.push({ teamMemberId, problem: 'not-provided', conflictId: null });
      continue;
    }
    capable.push(teamMemberId);
    const verdict = slotVerdict(days, {
      ...question,
      teamMemberId,
      start: appointment.start,
      claimed: claimed.get(teamMemberId),
    });
    if (verdict) refusals.push({ teamMemberId, ...verdict });
    else sameTime.push({ teamMemberId, start: appointment.start, sameTime: true });
  }
  const load = (id: number) => claimed.get(id)?.length ?? 0;
  sameTime.sort((a, b) => load(a.teamMemberId) - load(b.teamMemberId));

  // One that has begun stays with its member: a desk does not hand over a service under way.
  const past = Date.parse(appointment.start) < now;
  const options = past ? [] : sameTime.length ? sameTime : nearestTimes(appointment, scene, capable, claimed);
  return {
    id: appointment.id,
    start: appointment.start,
    end: appointment.end,
    durationSeconds: appointment.durationSeconds,
    clientName: appointment.client?.name || null,
    clientPhone: appointment.client?.phone || null,
    services: appointment.services.map((service) => service.title),
    lastChangedAt: appointment.lastChangedAt,
    options,
    refusals,
    noOption: options.length ? null : past ? 'past' : capable.length ? 'nobody-free' : 'nobody-provides',
  };
}

/** Each capable member's nearest free starts on the appointment's own date, nearest first across members. */
function nearestTimes(
  appointment: Appointment,
  { days, now }: PlanScene,
  capable: readonly number[],
  claimed: Map<number, Span[]>,
): StaffOutOption[] {
  const date = localDate(appointment.start, days.zone);
  const around = Date.parse(appointment.start);
  // Only that date's hours (and what touches them): scanning a fortnight for each row would be slow.
  const hours = days.hours.filter((day) => day.date === date);
  const from = Math.min(...hours.flatMap((day) => day.intervals.map((i) => Date.parse(i.start))));
  const to = Math.max(...hours.flatMap((day) => day.intervals.map((i) => Date.parse(i.end))));
  const touching = (span: { start: string; end: string }) =>
    Date.parse(span.end) > from && Date.parse(span.start) < to;
  const day: BusyDays = {
    ...days,
    hours,
    appointments: days.appointments.filter(touching),
    groupEvents: days.groupEvents.filter(touching),
  };
  const found = capable.flatMap((teamMemberId) =>
    nearestFreeStarts(day, {
      teamMemberId,
      around: appointment.start,
      durationSeconds: appointment.durationSeconds,
      claimed: claimed.get(teamMemberId),
      now,
      limit: 200,
    })
      .filter((start) => localDate(start, day.zone) === date)
      .slice(0, NEAREST_PER_MEMBER)
      .map((start) => ({ teamMemberId, start, sameTime: false })),
  );
  const distance = (option: StaffOutOption) => Math.abs(Date.parse(option.start) - around);
  // Stable: on equal distance, earlier first, then Altegio's order of members.
  return found.sort((a, b) => distance(a) - distance(b) || Date.parse(a.start) - Date.parse(b.start));
}
