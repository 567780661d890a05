import type { StaffOutOption, StaffOutRefusal, StaffOutRow } from '../../../shared/contract/staffOut';
import type { Appointment } from '../../../shared/domain/appointment';
import { versionOf } from '../../../shared/domain/appointmentVersion';
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

/** A member's time claimed by a proposal, and the start of the appointment it was proposed for. */
type Claim = Span & { proposedFor: string };

/**
 * The rows of a staff-out plan, in start order. A greedy pass: each proposal (the first option) claims its
 * member's time, so later rows never propose the same member at an overlapping time (they still offer
 * them, last); among members free at the same time, the one with the fewest proposals so far comes first,
 * then Altegio's order.
 */
export function planRows(appointments: readonly Appointment[], scene: PlanScene): StaffOutRow[] {
  const claimed = new Map<number, Claim[]>(scene.candidates.map((id) => [id, []]));
  const sorted = [...appointments].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id - b.id);
  return sorted.map((appointment) => {
    const row = planRow(appointment, scene, claimed);
    const proposal = row.options[0];
    // A client who asked for the member out is not handed over unless the desk says so: nothing claimed.
    if (proposal && !proposal.alsoProposedFor && !appointment.requestedTeamMember) {
      const start = Date.parse(proposal.start);
      const end = start + appointment.durationSeconds * 1000;
      claimed.get(proposal.teamMemberId)?.push({ start, end, proposedFor: appointment.start });
    }
    return row;
  });
}

function planRow(appointment: Appointment, scene: PlanScene, claimed: Map<number, Claim[]>): StaffOutRow {
  const { days, services, candidates, now } = scene;
  const facts = {
    id: appointment.id,
    start: appointment.start,
    end: appointment.end,
    durationSeconds: appointment.durationSeconds,
    clientName: appointment.client?.name || null,
    clientPhone: appointment.client?.phone || null,
    services: appointment.services.map((service) => service.title),
    lastChangedAt: appointment.lastChangedAt,
    version: versionOf(appointment),
    requestedTeamMember: appointment.requestedTeamMember,
  };
  // One that has begun stays with its member: a desk does not hand over a service under way.
  if (Date.parse(appointment.start) < now) return { ...facts, options: [], refusals: [], noOption: 'past' };

  const target = { start: Date.parse(appointment.start), end: Date.parse(appointment.end) };
  const refusals: StaffOutRefusal[] = [];
  const sameTime: StaffOutOption[] = [];
  const reserved: StaffOutOption[] = [];
  const capable: number[] = [];
  for (const teamMemberId of candidates) {
    if (!providesAll(services, teamMemberId, appointment)) {
      refusals.push({ teamMemberId, problem: 'not-provided', conflictId: null });
      continue;
    }
    capable.push(teamMemberId);
    const verdict = slotVerdict(days, {
      teamMemberId,
      start: appointment.start,
      durationSeconds: appointment.durationSeconds,
      now,
    });
    const claim = claimed
      .get(teamMemberId)
      ?.find(
        (span) => span.start < target.start + appointment.durationSeconds * 1000 && target.start < span.end,
      );
    const option = { teamMemberId, start: appointment.start, sameTime: true, alsoProposedFor: null };
    if (verdict) refusals.push({ teamMemberId, ...verdict });
    else if (claim) {
      refusals.push({ teamMemberId, problem: 'proposed', conflictId: null });
      reserved.push({ ...option, alsoProposedFor: claim.proposedFor });
    } else sameTime.push(option);
  }
  const load = (id: number) => claimed.get(id)?.length ?? 0;
  sameTime.sort((a, b) => load(a.teamMemberId) - load(b.teamMemberId));

  const free = sameTime.length ? sameTime : nearestTimes(appointment, scene, capable, claimed);
  return {
    ...facts,
    options: [...free, ...reserved],
    refusals,
    noOption: free.length ? null : capable.length ? 'nobody-free' : 'nobody-provides',
  };
}

/** Each capable member's nearest free starts on the appointment's own date, nearest first across members. */
function nearestTimes(
  appointment: Appointment,
  { days, now }: PlanScene,
  capable: readonly number[],
  claimed: Map<number, Claim[]>,
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
      .map((start) => ({ teamMemberId, start, sameTime: false, alsoProposedFor: null })),
  );
  const distance = (option: StaffOutOption) => Math.abs(Date.parse(option.start) - around);
  // On equal distance the later time first (a client cannot come earlier without being told, but may be
  // told in time to come later), then Altegio's order of members (the sort is stable).
  return found.sort((a, b) => distance(a) - distance(b) || Date.parse(b.start) - Date.parse(a.start));
}
