import {
  nominalMinutes,
  type SeenAppointment,
  type VisitMoveStep,
  type VisitOffset,
  type visitMoveContract,
} from '../../../shared/contract/visitMove';
import { appointmentToInput, type Appointment } from '../../../shared/domain/appointment';
import type { AppointmentAspect } from '../../../shared/domain/appointmentVersion';
import type { MoveOutcome } from '../../../shared/domain/deskMove';
import type { Location } from '../../../shared/domain/location';
import { AppError, errorShape, type AppErrorShape } from '../../../shared/errors';
import type { AltegioClient } from '../altegio/client';
import { isAmbiguous } from '../altegio/errors';
import type { SliceHandlers } from '../ipc/invoker';
import { changedSinceShown, withChangesElsewhere } from './appointmentConflicts';
import type { HandlerDeps } from './deps';
import { planVisitMove, readVisit } from './visitPlan';

const shapeOf = (error: unknown): AppErrorShape =>
  error instanceof AppError ? error.toShape() : errorShape('INTERNAL');

const outcome = (
  appointment: Appointment,
  result: MoveOutcome['result'],
  more: Partial<Pick<MoveOutcome, 'problem' | 'conflictId' | 'error' | 'changed'>> = {},
): MoveOutcome => ({
  id: appointment.id,
  result,
  problem: more.problem ?? null,
  conflictId: more.conflictId ?? null,
  error: more.error ?? null,
  appointment,
  ...(more.changed?.length ? { changed: more.changed } : {}),
});

/**
 * What the desk did not see: appointments changed or added to the visit since its preview. The parts
 * changed are named when the desk sent its version; the time, length and member the preview showed are
 * compared in any case (a move of one without a version, or within the second of the timestamp, names none).
 */
function unseenChanges(
  appointments: readonly Appointment[],
  expected: readonly SeenAppointment[],
): Map<number, AppointmentAspect[]> {
  const seen = new Map(expected.map((e) => [e.id, e]));
  const problems = new Map<number, AppointmentAspect[]>();
  for (const a of appointments) {
    const was = seen.get(a.id);
    if (!was) {
      problems.set(a.id, []);
      continue;
    }
    const differs =
      Date.parse(was.start) !== Date.parse(a.start) ||
      was.durationSeconds !== a.durationSeconds ||
      was.teamMemberId !== a.teamMemberId;
    const since = changedSinceShown(a, was);
    if (since.changed) problems.set(a.id, since.parts);
    else if (differs) problems.set(a.id, []);
  }
  return problems;
}

/**
 * Moves the steps one by one, in an order that never collides with the visit's own appointments not
 * yet moved (the latest first when moving later, the earliest first when moving earlier). When Altegio
 * refuses one, those already moved are put back, the last moved first; one that cannot be put back is
 * reported stranded, where it now is. When a save cannot be confirmed either way, nothing more is
 * changed: putting the others back could split a visit that did move, so each is reported as it stands.
 */
async function moveInTurn(
  client: AltegioClient,
  location: Location,
  steps: readonly VisitMoveStep[],
  offset: VisitOffset,
): Promise<MoveOutcome[]> {
  const direction = Math.sign(nominalMinutes(offset));
  const order = [...steps].sort(
    (a, b) => (Date.parse(a.appointment.start) - Date.parse(b.appointment.start)) * -direction,
  );
  const moved: Array<{ before: Appointment; after: Appointment }> = [];
  const results = new Map<number, MoveOutcome>();
  let refused = false;
  for (const step of order) {
    const before = step.appointment;
    try {
      const after = await client.appointments.update(location, before.id, {
        ...appointmentToInput(before),
        start: step.targetStart,
      });
      moved.push({ before, after });
    } catch (error) {
      const shape = shapeOf(error);
      if (isAmbiguous(error)) {
        results.set(before.id, outcome(before, 'unsure', { error: shape }));
      } else {
        refused = true;
        results.set(
          before.id,
          outcome(before, 'not-moved', { error: shape, problem: shape.code === 'SLOT_BUSY' ? 'busy' : null }),
        );
      }
      break;
    }
  }
  if (!refused) {
    for (const { after } of moved) results.set(after.id, outcome(after, 'moved'));
  } else {
    for (const { before, after } of moved.reverse()) {
      try {
        // Only the time goes back: another desk's edit of anything else since stays.
        const back = await client.appointments.update(location, before.id, {
          ...appointmentToInput(after),
          start: before.start,
        });
        results.set(before.id, outcome(back, 'put-back'));
      } catch (error) {
        const shape = shapeOf(error);
        results.set(before.id, outcome(after, isAmbiguous(error) ? 'unsure' : 'stranded', { error: shape }));
      }
    }
  }
  // Earliest first, as the preview lists them; the ones never tried stay where they were.
  return steps.map((s) => results.get(s.appointment.id) ?? outcome(s.appointment, 'not-moved'));
}

export function createVisitMoveHandlers({
  session,
  logger,
  now,
}: HandlerDeps): SliceHandlers<typeof visitMoveContract> {
  return {
    'visitMove.preview': ({ locationId, appointmentId, offset }) =>
      session.withLocation(locationId, async (client, location) => {
        const visit = await readVisit(client, location, appointmentId);
        const plan = await planVisitMove(client, location, visit.appointments, offset, now());
        return { visitId: visit.visitId, ...plan };
      }),

    'visitMove.apply': ({ locationId, appointmentId, offset, expected }) =>
      session.withLocation(locationId, async (client, location) => {
        const visit = await readVisit(client, location, appointmentId);
        const { steps } = await planVisitMove(client, location, visit.appointments, offset, now());
        const unseen = unseenChanges(visit.appointments, expected);
        const live = new Set(visit.appointments.map((a) => a.id));
        const gone = expected.filter((e) => !live.has(e.id));
        const blocked = gone.length > 0 || unseen.size > 0 || steps.some((s) => s.problem);
        if (blocked) {
          return {
            outcomes: [
              ...steps.map((s) => {
                const changed = unseen.get(s.appointment.id);
                return changed
                  ? outcome(s.appointment, 'not-moved', { problem: 'changed', changed })
                  : outcome(s.appointment, 'not-moved', { problem: s.problem, conflictId: s.conflictId });
              }),
              ...gone.map((e): MoveOutcome => ({
                id: e.id,
                result: 'not-moved',
                problem: 'gone',
                conflictId: null,
                error: null,
                appointment: null,
              })),
            ],
          };
        }
        const moving = steps.filter((s) => !s.stays);
        if (moving.length === 0)
          throw new AppError('VALIDATION', undefined, {
            fields: { appointmentId: 'issue.visitMove.allStay' },
          });
        const outcomes = await withChangesElsewhere(
          client,
          location,
          await moveInTurn(client, location, moving, offset),
        );
        const failed = outcomes.filter((o) => o.result !== 'moved');
        if (failed.length) {
          logger.warn(`Visit ${visit.visitId ?? '-'} of location ${locationId} was not moved`, {
            outcomes: outcomes.map((o) => ({ id: o.id, result: o.result, code: o.error?.code })),
          });
        }
        return { outcomes };
      }),
  };
}
