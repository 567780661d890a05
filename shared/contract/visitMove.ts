import { z } from 'zod';
import { Appointment } from '../domain/appointment';
import { AppointmentVersion } from '../domain/appointmentVersion';
import { Id, IsoDateTime } from '../domain/common';
import { MoveOutcome, SlotProblem } from '../domain/deskMove';
import { AtLocation, type Slice } from './common';
import { MAX_VISIT_OFFSET_DAYS, nominalMinutes } from '../domain/visitOffset';

export { MAX_VISIT_OFFSET_DAYS, nominalMinutes };

/**
 * How far the visit moves: calendar days, then minutes (as a calendar drop gives them). Days are added
 * on the location's wall clock, so a week's move across a daylight-saving change keeps the time of day.
 */
export const VisitOffset = z
  .object({
    days: z.number().int('issue.visitMove.offset'),
    minutes: z
      .number()
      .int('issue.visitMove.offset')
      .min(-(24 * 60 - 1), 'issue.visitMove.offset')
      .max(24 * 60 - 1, 'issue.visitMove.offset'),
  })
  .refine(
    (offset) => Math.abs(nominalMinutes(offset)) <= MAX_VISIT_OFFSET_DAYS * 24 * 60,
    'issue.visitMove.offset',
  );
export type VisitOffset = z.infer<typeof VisitOffset>;

/**
 * The visit of `appointmentId` (the one the user grabbed), every appointment moved by the same offset.
 * A preview by nothing lists the visit where it is.
 */
export const VisitMoveRequest = AtLocation.extend({ appointmentId: Id, offset: VisitOffset });
export type VisitMoveRequest = z.input<typeof VisitMoveRequest>;

/**
 * Why an appointment of the visit stays where it is while the rest moves: it has begun, or the client
 * was marked arrived or a no-show. Moving it would rewrite what happened.
 */
export const VisitStays = z.enum(['began', 'arrived', 'no-show']);
export type VisitStays = z.infer<typeof VisitStays>;

/**
 * One appointment of the visit: where it is (`appointment`), where it would go, and what stands in the
 * way. One that `stays` keeps its time (its target is where it is) and is not part of the move.
 */
export const VisitMoveStep = z.object({
  appointment: Appointment,
  stays: VisitStays.nullable(),
  targetStart: IsoDateTime,
  targetEnd: IsoDateTime,
  problem: SlotProblem.nullable(),
  /** The appointment or group event in the way, when `problem` is `busy` and it is known. */
  conflictId: Id.nullable(),
});
export type VisitMoveStep = z.infer<typeof VisitMoveStep>;

export const VisitMovePreview = z.object({
  /** Null for an appointment Altegio put in no visit: it then moves alone. */
  visitId: Id.nullable(),
  /** The visit's live appointments, earliest first. */
  steps: z.array(VisitMoveStep),
  /** Records of those days Altegio sent in a shape that could not be read: the check cannot see them. */
  unreadable: z.number().int().nonnegative(),
});
export type VisitMovePreview = z.infer<typeof VisitMovePreview>;

export const SeenAppointment = z.object({
  id: Id,
  lastChangedAt: IsoDateTime.nullable(),
  teamMemberId: Id,
  start: IsoDateTime,
  durationSeconds: z.number().int().nonnegative(),
  /** `versionOf` the previewed appointment, compared part by part; null compares the above only. */
  seen: AppointmentVersion.nullable().default(null),
});
export type SeenAppointment = z.infer<typeof SeenAppointment>;

export const VisitMoveApply = VisitMoveRequest.extend({
  offset: VisitOffset.refine((offset) => offset.days !== 0 || offset.minutes !== 0, 'issue.visitMove.offset'),
  /**
   * What the desk saw in the preview: an appointment changed, cancelled or added since stops the move.
   * Altegio stamps changes to the second, so the version (or else the time, length and member) is compared.
   */
  expected: z.array(SeenAppointment).min(1).max(50),
});
export type VisitMoveApply = z.input<typeof VisitMoveApply>;

export const VisitMoveResult = z.object({ outcomes: z.array(MoveOutcome) });
export type VisitMoveResult = z.infer<typeof VisitMoveResult>;

export const visitMoveContract = {
  /** Where every appointment of the visit would go and what is in the way; changes nothing. */
  'visitMove.preview': { input: VisitMoveRequest, output: VisitMovePreview },
  /**
   * Checks again, then moves the appointments one by one; when Altegio refuses one, puts back those already
   * moved; when a save cannot be confirmed (`unsure`), changes nothing more and reports each as it stands.
   * Nothing moves when any of them has a problem.
   */
  'visitMove.apply': { input: VisitMoveApply, output: VisitMoveResult },
} as const satisfies Slice;
