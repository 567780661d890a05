import { z } from 'zod';
import { DeskDateTime, Id, IsoDateTime } from '../domain/common';
import { AppointmentVersion } from '../domain/appointmentVersion';
import { MoveOutcome, SlotProblem } from '../domain/deskMove';
import { DelayMinutes, LateMode } from '../domain/runningLate';
import { AtLocation, type Slice } from './common';

/** "Emma is running 20 minutes late from 14:00": her appointments of that day from then on move. */
export const RunningLateRequest = AtLocation.extend({
  teamMemberId: Id,
  /** From when (ISO in the location's zone): the appointments of that local day starting then or later. */
  from: DeskDateTime,
  delayMinutes: DelayMinutes,
  mode: LateMode,
});
export type RunningLateRequest = z.input<typeof RunningLateRequest>;

/** One appointment of the preview: who to tell, where it goes, and what stands in the way. */
export const LatePushRow = z.object({
  id: Id,
  clientName: z.string().nullable(),
  clientPhone: z.string().nullable(),
  services: z.array(z.string()),
  start: IsoDateTime,
  end: IsoDateTime,
  newStart: IsoDateTime,
  newEnd: IsoDateTime,
  /** False when it stays where it is (absorb mode: a gap before it took the delay). */
  moves: z.boolean(),
  /** Why it cannot go to the new time without "save anyway"; null when it can (or it stays). */
  problem: SlotProblem.nullable(),
  /** The appointment or group event in the way, when `problem` is `busy` and the check knows which. */
  conflictId: Id.nullable(),
  /** What is in the way: a group event is busy time too, and is never pushed. */
  conflictKind: z.enum(['appointment', 'group-event']).nullable(),
  /** The version the desk sees, for apply to refuse to overwrite another desk's newer change. */
  lastChangedAt: IsoDateTime.nullable(),
  /** What the desk is shown of it (`versionOf`): apply compares it part by part with Altegio's. */
  version: AppointmentVersion,
});
export type LatePushRow = z.infer<typeof LatePushRow>;

export const LatePushPreview = z.object({
  rows: z.array(LatePushRow),
  /** Records of the day Altegio sent in a shape that could not be read: neither pushed nor checked. */
  unreadable: z.number().int().nonnegative(),
});
export type LatePushPreview = z.infer<typeof LatePushPreview>;

/** The problems "save anyway" (Altegio's save_if_busy) may override; a past time or a service the member does not provide it may not. */
export const SaveAnywayProblem = SlotProblem.extract(['busy', 'outside-hours']);
export type SaveAnywayProblem = z.infer<typeof SaveAnywayProblem>;

export const RunningLateApply = RunningLateRequest.extend({
  /**
   * The appointments to move, as the desk saw them in the preview: one whose version or new time is no
   * longer the one shown is not moved.
   */
  expected: z
    .array(
      z.object({
        id: Id,
        lastChangedAt: IsoDateTime.nullable(),
        newStart: IsoDateTime,
        /** The row's `version`; null compares the timestamp only. */
        seen: AppointmentVersion.nullable().default(null),
      }),
    )
    .max(200),
  /**
   * The ones to save even so, each with the problem the desk saw and accepted: saved anyway only when the
   * problem is still that one.
   */
  saveAnyway: z
    .array(z.object({ id: Id, problem: SaveAnywayProblem }))
    .max(200)
    .default([]),
});
export type RunningLateApply = z.input<typeof RunningLateApply>;

export const LatePushResult = z.object({ outcomes: z.array(MoveOutcome) });
export type LatePushResult = z.infer<typeof LatePushResult>;

export const runningLateContract = {
  /** Where the member's later appointments of the day would go, and what is in the way; changes nothing. */
  'runningLate.preview': { input: RunningLateRequest, output: LatePushPreview },
  /**
   * Moves them one by one, the latest first; every appointment the desk saw gets an outcome. One that
   * stays holds back each earlier one that would overlap it; the later ones already moved stay moved.
   */
  'runningLate.apply': { input: RunningLateApply, output: LatePushResult },
} as const satisfies Slice;
