import type { StaffOutChange, staffOutContract } from '../../../shared/contract/staffOut';
import { appointmentToInput, type Appointment } from '../../../shared/domain/appointment';
import type { MoveOutcome, SlotProblem } from '../../../shared/domain/deskMove';
import type { Location } from '../../../shared/domain/location';
import type { Service } from '../../../shared/domain/service';
import { AppError, errorShape } from '../../../shared/errors';
import type { AltegioClient } from '../altegio/client';
import { type AltegioError, inputError, isAmbiguous } from '../altegio/errors';
import { localDate } from '../altegio/time';
import type { SliceHandlers } from '../ipc/invoker';
import type { Logger } from '../log';
import { changedSinceShown, conflictOf, withChangesElsewhere } from './appointmentConflicts';
import { providesAll, readBusyDays, slotVerdict } from './busyRules';
import type { HandlerDeps } from './deps';
import { planRows } from './staffOutPlan';

const notMoved = (
  id: number,
  problem: SlotProblem | null,
  extra: Partial<Pick<MoveOutcome, 'conflictId' | 'error' | 'appointment' | 'changed'>> = {},
): MoveOutcome => ({
  id,
  result: 'not-moved',
  problem,
  conflictId: null,
  error: null,
  appointment: null,
  ...extra,
});

interface ApplyScene {
  client: AltegioClient;
  location: Location;
  services: readonly Service[];
  now: number;
}

/**
 * One change on its own: the appointment as Altegio has it now, refused when another desk changed it,
 * the target checked again just before the write (another desk may have taken it meanwhile).
 */
async function applyOne(change: StaffOutChange, scene: ApplyScene): Promise<MoveOutcome> {
  const { client, location } = scene;
  let current: Appointment;
  try {
    current = await client.appointments.get(location, change.id);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return notMoved(change.id, 'gone');
    throw error;
  }
  if (current.deleted) return notMoved(change.id, 'gone');
  const since = changedSinceShown(current, {
    lastChangedAt: change.expectedLastChangedAt,
    seen: change.seen,
  });
  if (since.changed) {
    const error = conflictOf(current, since.parts).toShape();
    return notMoved(change.id, 'changed', { error, changed: since.parts, appointment: current });
  }

  if (change.action === 'cancel') {
    // One under way is not cancelled from here (the plan offers no cancel for it either).
    if (Date.parse(current.start) < scene.now) return notMoved(change.id, 'past');
    const cancelled = { ...notMoved(change.id, null), result: 'cancelled' as const };
    try {
      await client.appointments.remove(location, change.id);
    } catch (error) {
      if (!isAmbiguous(error)) throw error;
      const state = await afterLostCancel(scene, change.id);
      if (state === 'unknown') throw new Unsettled(error);
      if (state === 'live') throw error;
    }
    return { ...cancelled, appointment: { ...current, deleted: true } };
  }

  if (!providesAll(scene.services, change.teamMemberId, current)) return notMoved(change.id, 'not-provided');
  const date = localDate(change.start, location.timezone) ?? change.start.slice(0, 10);
  const days = await readBusyDays(client, location, {
    from: date,
    to: date,
    teamMemberIds: [change.teamMemberId],
  });
  const verdict = slotVerdict(days, {
    teamMemberId: change.teamMemberId,
    start: change.start,
    durationSeconds: current.durationSeconds,
    ignoring: new Set([current.id]),
    now: scene.now,
  });
  if (verdict) return notMoved(change.id, verdict.problem, { conflictId: verdict.conflictId });

  const moved = (appointment: Appointment): MoveOutcome => ({
    ...notMoved(change.id, null),
    result: 'moved',
    appointment,
  });
  try {
    const saved = await client.appointments.update(location, change.id, {
      ...appointmentToInput(current),
      teamMemberId: change.teamMemberId,
      start: change.start,
      durationSeconds: current.durationSeconds,
      // The client asked for the member who is out, not for this one.
      requestedTeamMember: false,
    });
    return moved(saved);
  } catch (error) {
    // The client has already re-read after a lost answer: one still ambiguous could not be settled.
    if (isAmbiguous(error)) throw new Unsettled(error);
    throw error;
  }
}

/** After a lost answer to a cancel: whether the appointment is gone, still live, or that cannot be told. */
async function afterLostCancel(
  { client, location }: ApplyScene,
  id: number,
): Promise<'gone' | 'live' | 'unknown'> {
  try {
    return (await client.appointments.get(location, id)).deleted ? 'gone' : 'live';
  } catch (error) {
    return error instanceof AppError && error.code === 'NOT_FOUND' ? 'gone' : 'unknown';
  }
}

/** Thrown when a lost answer could not be settled by a re-read: the change may or may not have landed. */
class Unsettled extends Error {
  constructor(readonly lost: AltegioError) {
    super('unsettled');
  }
}

/** A failed write becomes that appointment's outcome; the others go on. */
async function outcomeOf(change: StaffOutChange, scene: ApplyScene, logger: Logger): Promise<MoveOutcome> {
  try {
    return await applyOne(change, scene);
  } catch (error) {
    if (error instanceof Unsettled) {
      return { ...notMoved(change.id, null, { error: error.lost.toShape() }), result: 'unsure' };
    }
    if (!(error instanceof AppError)) {
      logger.error('A staff-out change failed unexpectedly', error);
      return notMoved(change.id, null, { error: errorShape('INTERNAL') });
    }
    const problem = error.code === 'SLOT_BUSY' ? 'busy' : error.code === 'NOT_FOUND' ? 'gone' : null;
    return notMoved(change.id, problem, { error: error.toShape() });
  }
}

export function createStaffOutHandlers({
  session,
  logger,
  now,
}: HandlerDeps): SliceHandlers<typeof staffOutContract> {
  return {
    'staffOut.plan': ({ locationId, teamMemberId, from, to, appointmentIds }) =>
      session.withLocation(locationId, async (client, location) => {
        const [members, services, days] = await Promise.all([
          client.team.list(location),
          client.services.list(location),
          readBusyDays(client, location, { from, to }),
        ]);
        if (!members.some((member) => member.id === teamMemberId)) {
          throw inputError('teamMemberId', 'issue.teamHours.notOnTeam');
        }
        const only = appointmentIds && new Set(appointmentIds);
        const onDates = (start: string) => {
          const date = localDate(start, location.timezone) ?? '';
          return date >= from && date <= to;
        };
        // Named ones are listed even when they began the evening before (the team-hours preview counts those).
        const own = days.appointments.filter(
          (a) =>
            a.teamMemberId === teamMemberId && !a.activityId && (only ? only.has(a.id) : onDates(a.start)),
        );
        const rows = planRows(own, {
          days,
          services,
          candidates: members.map((member) => member.id).filter((id) => id !== teamMemberId),
          now: now(),
        });
        const groupEvents = days.groupEvents
          .filter((event) => event.teamMemberId === teamMemberId && onDates(event.start))
          .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
          .map((event) => ({
            id: event.id,
            title: event.serviceTitle,
            start: event.start,
            end: event.end,
            recordsCount: event.recordsCount,
          }));
        return { rows, groupEvents: only ? [] : groupEvents, unreadable: days.unreadable };
      }),

    'staffOut.apply': ({ locationId, changes }) =>
      session.withLocation(locationId, async (client, location) => {
        const scene = { client, location, services: await client.services.list(location), now: now() };
        const outcomes: MoveOutcome[] = [];
        // One by one, each standing alone: nothing is rolled back when a later one fails.
        for (const change of changes) outcomes.push(await outcomeOf(change, scene, logger));
        return { outcomes: await withChangesElsewhere(client, location, outcomes) };
      }),
  };
}
