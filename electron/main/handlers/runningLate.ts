import type { ParsedInput } from '../../../shared/contract';
import type {
  LatePushPreview,
  LatePushRow,
  RunningLateApply,
  runningLateContract,
} from '../../../shared/contract/runningLate';
import { appointmentToInput, type Appointment } from '../../../shared/domain/appointment';
import { versionOf, type AppointmentVersion } from '../../../shared/domain/appointmentVersion';
import type { MoveOutcome, SlotProblem } from '../../../shared/domain/deskMove';
import type { Location } from '../../../shared/domain/location';
import { lateAppointments, planPush } from '../../../shared/domain/runningLate';
import type { Service } from '../../../shared/domain/service';
import { AppError, errorShape, type AppErrorShape } from '../../../shared/errors';
import type { AltegioClient } from '../altegio/client';
import { isAmbiguous } from '../altegio/errors';
import { DateTime, isoDateOf } from '../altegio/luxon';
import { toIsoInZone } from '../altegio/time';
import type { SliceHandlers } from '../ipc/invoker';
import type { Logger } from '../log';
import { changedSinceShown, conflictOf, withChangesElsewhere } from './appointmentConflicts';
import { providesAll, readBusyDays, slotVerdict, type BusyDays } from './busyRules';
import type { HandlerDeps } from './deps';

type Request = Pick<RunningLateApply, 'teamMemberId' | 'from' | 'delayMinutes' | 'mode'>;

interface Plan extends LatePushPreview {
  /** The live appointments read, by id (for outcomes of the ones the desk saw that no longer qualify). */
  live: Map<number, Appointment>;
}

const at = (ms: number, zone: string) => toIsoInZone(DateTime.fromMillis(ms), zone);

/**
 * Where the member's later appointments of the day would go and what stands in the way of each, read
 * afresh: the appointments being pushed do not count as busy, the new times of the others do.
 */
async function planFor(client: AltegioClient, location: Location, request: Request, nowMs: number) {
  const zone = location.timezone;
  const from = DateTime.fromISO(request.from, { zone });
  const date = isoDateOf(from);
  // The day after too: a push past midnight meets that day's appointments and hours.
  const [days, services] = await Promise.all([
    readBusyDays(client, location, {
      from: date,
      to: isoDateOf(from.plus({ days: 1 })),
      teamMemberIds: [request.teamMemberId],
    }),
    client.services.list(location),
  ]);
  const late = lateAppointments(days.appointments, {
    teamMemberId: request.teamMemberId,
    fromMs: from.toMillis(),
    dayEndMs: from.startOf('day').plus({ days: 1 }).toMillis(),
  });
  const pushes = planPush(late, request.delayMinutes, request.mode);
  const ignoring = new Set(pushes.filter((push) => push.moves).map((push) => push.id));
  const rows = late.flatMap((appointment, index): LatePushRow[] => {
    const push = pushes[index];
    if (!push) return [];
    const claimed = pushes
      .filter((other) => other.moves && other.id !== push.id)
      .map((other) => ({ start: other.newStartMs, end: other.newEndMs }));
    const newStart = at(push.newStartMs, zone);
    const verdict = push.moves
      ? checkSlot(days, services, appointment, { newStart, ignoring, claimed, nowMs })
      : null;
    return [
      {
        id: appointment.id,
        clientName: appointment.client?.name || null,
        clientPhone: appointment.client?.phone || null,
        services: appointment.services.map((service) => service.title),
        start: appointment.start,
        end: appointment.end,
        newStart,
        newEnd: at(push.newEndMs, zone),
        moves: push.moves,
        problem: verdict?.problem ?? null,
        conflictId: verdict?.conflictId ?? null,
        conflictKind: verdict?.conflictId
          ? conflictKind(days, request.teamMemberId, verdict.conflictId)
          : null,
        lastChangedAt: appointment.lastChangedAt,
        version: versionOf(appointment),
      },
    ];
  });
  const live = new Map(days.appointments.map((appointment) => [appointment.id, appointment]));
  return { rows, unreadable: days.unreadable, live } satisfies Plan;
}

function checkSlot(
  days: BusyDays,
  services: readonly Service[],
  appointment: Appointment,
  target: {
    newStart: string;
    ignoring: Set<number>;
    claimed: Array<{ start: number; end: number }>;
    nowMs: number;
  },
) {
  const verdict = slotVerdict(days, {
    teamMemberId: appointment.teamMemberId,
    start: target.newStart,
    durationSeconds: (Date.parse(appointment.end) - Date.parse(appointment.start)) / 1000,
    ignoring: target.ignoring,
    claimed: target.claimed,
    now: target.nowMs,
  });
  if (verdict) return verdict;
  return providesAll(services, appointment.teamMemberId, appointment)
    ? null
    : { problem: 'not-provided' as const, conflictId: null };
}

function conflictKind(days: BusyDays, teamMemberId: number, id: number): LatePushRow['conflictKind'] {
  const event = days.groupEvents.some((e) => e.id === id && e.teamMemberId === teamMemberId);
  return event ? 'group-event' : 'appointment';
}

const outcome = (id: number, fields: Partial<MoveOutcome>): MoveOutcome => ({
  id,
  result: 'not-moved',
  problem: null,
  conflictId: null,
  error: null,
  appointment: null,
  ...fields,
});

/** What a refused save means for the appointment, in the desk-move terms. */
function failedSave(id: number, error: unknown, current: Appointment | null, logger: Logger): MoveOutcome {
  if (!(error instanceof AppError)) {
    logger.error(`Running late: appointment ${id} could not be moved`, error);
    return outcome(id, { error: errorShape('INTERNAL'), appointment: current });
  }
  const problems: Partial<Record<AppErrorShape['code'], SlotProblem>> = {
    SLOT_BUSY: 'busy',
    CONFLICT: 'changed',
    NOT_FOUND: 'gone',
  };
  return outcome(id, { problem: problems[error.code] ?? null, error: error.toShape(), appointment: current });
}

/** Why an earlier appointment is kept where it is, as `reason` of its SLOT_BUSY error. */
type HoldReason = 'laterStays' | 'laterUnsure';

/** An earlier appointment kept where it is: pushed, it would overlap a later one that stays (or may). */
const heldBack = (id: number, laterId: number, reason: HoldReason, current: Appointment | null) =>
  outcome(id, {
    problem: 'busy',
    conflictId: laterId,
    error: errorShape('SLOT_BUSY', { reason, appointmentId: laterId }),
    appointment: current,
  });

/** Not moved because the day is no longer what the desk saw (`reason` says how). */
const notAsSeen = (id: number, reason: 'newSincePreview' | 'newTime', current: Appointment | null) =>
  outcome(id, { problem: 'changed', error: errorShape('CONFLICT', { reason }), appointment: current });

/** Where a later appointment is that an earlier one must not overlap, and why it is there. */
interface Kept {
  id: number;
  start: number;
  end: number;
  /** Stays for a reason the desk is told: the earlier ones it blocks are "held back" by it. */
  reason: HoldReason | null;
}

type ApplyInput = ParsedInput<'runningLate.apply'>;

async function apply(
  client: AltegioClient,
  location: Location,
  input: ApplyInput,
  nowMs: number,
  logger: Logger,
): Promise<MoveOutcome[]> {
  const plan = await planFor(client, location, input, nowMs);
  const expected = new Map(input.expected.map((seen) => [seen.id, seen]));
  const accepted = new Map(input.saveAnyway.map((ack) => [ack.id, ack.problem]));
  const moving = plan.rows.filter((row) => row.moves);
  const outcomes = new Map<number, MoveOutcome>();
  // Seen in the preview but no longer to be pushed: cancelled meanwhile, or moved by another desk.
  for (const id of expected.keys()) {
    if (moving.some((row) => row.id === id)) continue;
    const current = plan.live.get(id) ?? null;
    const seen = expected.get(id);
    const since = current && seen ? changedSinceShown(current, seen) : null;
    outcomes.set(
      id,
      outcome(id, {
        problem: current ? 'changed' : 'gone',
        appointment: current,
        ...(since?.changed && since.parts.length ? { changed: since.parts } : {}),
      }),
    );
  }
  // The latest first: each one's new time is then free of the member's own not-yet-pushed ones. One that
  // stays holds back each earlier one whose new time would overlap it; one that may have moved holds back
  // each earlier one that would overlap it at either time.
  const kept: Kept[] = [];
  for (const row of [...moving].reverse()) {
    const known = plan.live.get(row.id) ?? null;
    const seen = expected.get(row.id);
    const [start, end] = [Date.parse(row.newStart), Date.parse(row.newEnd)];
    const inTheWay = kept.find((span) => span.start < end && start < span.end);
    const acceptedProblem = accepted.get(row.id);
    let result: MoveOutcome;
    if (!seen) result = notAsSeen(row.id, 'newSincePreview', known);
    else if (Date.parse(seen.newStart) !== start) result = notAsSeen(row.id, 'newTime', known);
    else if (inTheWay?.reason) result = heldBack(row.id, inTheWay.id, inTheWay.reason, known);
    // Taken meanwhile by an appointment new since the preview.
    else if (inTheWay)
      result = outcome(row.id, { problem: 'busy', conflictId: inTheWay.id, appointment: known });
    else if (row.problem && row.problem !== acceptedProblem)
      result = outcome(row.id, { problem: row.problem, conflictId: row.conflictId, appointment: known });
    else {
      const saveIfBusy = row.problem !== null && row.problem === acceptedProblem;
      result = await pushOne(
        client,
        location,
        row,
        { ...seen, teamMemberId: input.teamMemberId, saveIfBusy },
        logger,
      );
    }
    outcomes.set(row.id, result);
    if (result.result === 'moved') continue;
    const old = { start: Date.parse(row.start), end: Date.parse(row.end) };
    if (result.result === 'unsure') kept.push({ id: row.id, start, end, reason: 'laterUnsure' });
    kept.push({
      id: row.id,
      ...old,
      reason: !seen ? null : result.result === 'unsure' ? 'laterUnsure' : 'laterStays',
    });
  }
  const order = [...plan.rows.map((row) => row.id), ...expected.keys()];
  const inOrder = [...new Set(order)].flatMap((id) => outcomes.get(id) ?? []);
  return withChangesElsewhere(client, location, inOrder);
}

async function pushOne(
  client: AltegioClient,
  location: Location,
  row: LatePushRow,
  seen: {
    lastChangedAt: string | null;
    seen: AppointmentVersion | null;
    teamMemberId: number;
    saveIfBusy: boolean;
  },
  logger: Logger,
): Promise<MoveOutcome> {
  let current: Appointment | null = null;
  let saving = false;
  try {
    current = await client.appointments.get(location, row.id);
    if (current.deleted) return outcome(row.id, { problem: 'gone', appointment: current });
    const since = changedSinceShown(current, seen);
    if (since.changed) {
      const error = conflictOf(current, since.parts).toShape();
      return outcome(row.id, { problem: 'changed', changed: since.parts, error, appointment: current });
    }
    // Moved or given to another member since the day was read: pushing it would put it where no one saw.
    const sameSlot =
      Date.parse(current.start) === Date.parse(row.start) && current.teamMemberId === seen.teamMemberId;
    if (!sameSlot) return outcome(row.id, { problem: 'changed', appointment: current });
    saving = true;
    const saved = await client.appointments.update(
      location,
      row.id,
      { ...appointmentToInput(current), start: row.newStart },
      { saveIfBusy: seen.saveIfBusy },
    );
    return outcome(row.id, { result: 'moved', appointment: saved });
  } catch (error) {
    // The save's reply was lost and a re-read could not tell: it may be at either time.
    if (saving && isAmbiguous(error))
      return outcome(row.id, { result: 'unsure', error: error.toShape(), appointment: current });
    return failedSave(row.id, error, current, logger);
  }
}

export function createRunningLateHandlers({
  session,
  logger,
  now,
}: HandlerDeps): SliceHandlers<typeof runningLateContract> {
  return {
    'runningLate.preview': (request) =>
      session.withLocation(request.locationId, async (client, location) => {
        const { rows, unreadable } = await planFor(client, location, request, now());
        return { rows, unreadable };
      }),
    'runningLate.apply': (input) =>
      session.withLocation(input.locationId, async (client, location) => ({
        outcomes: await apply(client, location, input, now(), logger),
      })),
  };
}
