import type { VisitMoveStep, VisitOffset, VisitStays } from '../../../shared/contract/visitMove';
import type { Appointment } from '../../../shared/domain/appointment';
import type { Location } from '../../../shared/domain/location';
import { AppError } from '../../../shared/errors';
import type { AltegioClient } from '../altegio/client';
import { DateTime } from '../altegio/luxon';
import { localDate, toIsoInZone } from '../altegio/time';
import { readBusyDays, slotVerdict, type Span } from './busyRules';

export interface VisitRead {
  visitId: number | null;
  /** The visit's live appointments, each read on its own (with its last change), earliest first. */
  appointments: Appointment[];
}

const byStart = (a: { start: string }, b: { start: string }) => Date.parse(a.start) - Date.parse(b.start);

/**
 * The visit of an appointment as Altegio has it now. The visit reply lists its records, but not
 * documented field by field, so each is read again for its last change; one deleted meanwhile is left out.
 * Group-event seats follow their event's time and are not the visit's to move.
 */
export async function readVisit(
  client: AltegioClient,
  location: Location,
  appointmentId: number,
): Promise<VisitRead> {
  const grabbed = await client.appointments.get(location, appointmentId);
  if (grabbed.deleted) throw new AppError('NOT_FOUND');
  if (grabbed.activityId)
    throw new AppError('VALIDATION', undefined, { fields: { appointmentId: 'issue.visitMove.seat' } });
  if (!grabbed.visitId) return { visitId: null, appointments: [grabbed] };
  const visit = await client.visits.get(location, grabbed.visitId);
  const others = visit.appointments.filter((a) => a.id !== grabbed.id && !a.deleted && !a.activityId);
  const reread = await Promise.all(
    others.map((a) =>
      client.appointments.get(location, a.id).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
        throw error;
      }),
    ),
  );
  const live = reread.filter((a): a is Appointment => a !== null && !a.deleted && !a.activityId);
  return { visitId: grabbed.visitId, appointments: [grabbed, ...live].sort(byStart) };
}

function staysBecause(appointment: Appointment, now: number): VisitStays | null {
  if (appointment.status === 'arrived') return 'arrived';
  if (appointment.status === 'no-show') return 'no-show';
  return Date.parse(appointment.start) <= now ? 'began' : null;
}

/** Where each appointment would go, and what Altegio's rules say about that place (the visit itself aside). */
export async function planVisitMove(
  client: AltegioClient,
  location: Location,
  appointments: readonly Appointment[],
  offset: VisitOffset,
  now: number,
): Promise<{ steps: VisitMoveStep[]; unreadable: number }> {
  const zone = location.timezone;
  const targets = appointments.map((appointment) => {
    const stays = staysBecause(appointment, now);
    const start = stays
      ? DateTime.fromISO(appointment.start, { zone })
      : DateTime.fromISO(appointment.start, { zone })
          .plus({ days: offset.days })
          .plus({ minutes: offset.minutes });
    return {
      appointment,
      stays,
      targetStart: toIsoInZone(start, zone),
      targetEnd: toIsoInZone(start.plus({ seconds: appointment.durationSeconds }), zone),
    };
  });
  const dates = targets.flatMap((t) => [localDate(t.targetStart, zone), localDate(t.targetEnd, zone)]);
  const sorted = dates.filter((d): d is string => d !== null).sort();
  const days = await readBusyDays(client, location, {
    from: sorted[0] ?? '',
    to: sorted.at(-1) ?? '',
    teamMemberIds: [...new Set(appointments.map((a) => a.teamMemberId))],
  });
  // One that stays is busy time like any other; the ones moving leave their places free.
  const moving = targets.filter((t) => !t.stays);
  const ignoring = new Set(moving.map((t) => t.appointment.id));
  const steps = targets.map((target): VisitMoveStep => {
    if (target.stays) return { ...target, problem: null, conflictId: null };
    const claimed: Span[] = moving
      .filter(
        (other) => other !== target && other.appointment.teamMemberId === target.appointment.teamMemberId,
      )
      .map((other) => ({ start: Date.parse(other.targetStart), end: Date.parse(other.targetEnd) }));
    const verdict = slotVerdict(days, {
      teamMemberId: target.appointment.teamMemberId,
      start: target.targetStart,
      durationSeconds: target.appointment.durationSeconds,
      ignoring,
      claimed,
      now,
    });
    return { ...target, problem: verdict?.problem ?? null, conflictId: verdict?.conflictId ?? null };
  });
  return { steps, unreadable: days.unreadable };
}
