import { z } from 'zod';
import { AppErrorShape } from '../errors';
import { Appointment } from './appointment';
import { AppointmentAspect } from './appointmentVersion';
import { Id, IsoDateTime } from './common';

/**
 * Why an appointment cannot go where a desk tool wants to put it, named before anything is saved:
 * - `busy`: the member has another appointment or a group event then (`conflictId` says which);
 * - `outside-hours`: the member is not working then (day off, before opening, after closing, a break);
 * - `not-provided`: the member does not provide every service of the appointment;
 * - `past`: the new time has already gone by;
 * - `gone`: the appointment was cancelled or deleted meanwhile;
 * - `changed`: another desk changed it since it was read.
 */
export const SlotProblem = z.enum(['busy', 'outside-hours', 'not-provided', 'past', 'gone', 'changed']);
export type SlotProblem = z.infer<typeof SlotProblem>;

/** Where one appointment should go: the member and the start (its length stays). */
export const MoveTarget = z.object({
  id: Id,
  teamMemberId: Id,
  start: IsoDateTime,
});
export type MoveTarget = z.infer<typeof MoveTarget>;

/**
 * What happened to one appointment of a multi-appointment change:
 * - `moved`: saved where it was meant to go (`appointment` as Altegio has it now);
 * - `not-moved`: left where it was, with `problem` and/or `error` saying why;
 * - `put-back`: it had moved, then was returned to where it was because another one of the same change failed;
 * - `stranded`: it moved, and putting it back failed: it is at the new place (`appointment`) and the user must know;
 * - `cancelled`: cancelled because the user asked for it;
 * - `unsure`: the save's reply was lost and a re-read failed too: it may or may not have moved (`error`).
 */
export const MoveOutcome = z.object({
  id: Id,
  result: z.enum(['moved', 'not-moved', 'put-back', 'stranded', 'cancelled', 'unsure']),
  problem: SlotProblem.nullable(),
  /** The conflicting appointment or group event, when `problem` is `busy` and Altegio or the check named it. */
  conflictId: Id.nullable(),
  error: AppErrorShape.nullable(),
  appointment: Appointment.nullable(),
  /** With `problem` 'changed': the parts another desk changed since the desk saw it (none named when only Altegio's timestamp tells). */
  changed: z.array(AppointmentAspect).optional(),
  /** Moved or cancelled, but another desk changed these parts right after (read back): Altegio keeps theirs. */
  changedElsewhere: z.array(AppointmentAspect).optional(),
});
export type MoveOutcome = z.infer<typeof MoveOutcome>;
