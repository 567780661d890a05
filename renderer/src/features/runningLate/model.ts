import { DateTime } from 'luxon';
import {
  SaveAnywayProblem,
  type LatePushRow,
  type RunningLateApply,
  type RunningLateRequest,
} from '../../../../shared/contract/runningLate';
import type { MoveOutcome } from '../../../../shared/domain/deskMove';
import { DelayMinutes, heldBack } from '../../../../shared/domain/runningLate';
import { describeMoveOutcome, slotProblemWords, wordIssue } from '../../errors';
import type { LateForm } from './lateForm';

export { clockTime, DEFAULT_DELAY, defaultTime, type LateForm } from './lateForm';

export const QUICK_DELAYS = [5, 10, 15, 20, 30, 45, 60] as const;

export type LateFormProblems = Partial<Record<'teamMemberId' | 'time' | 'minutes', string>>;

/** The request the form stands for, or the problems to show at its fields (as `issue.*` keys). */
export function lateRequest(
  form: LateForm,
  locationId: number,
  zone: string,
): { request: RunningLateRequest; problems: null } | { request: null; problems: LateFormProblems } {
  const problems: LateFormProblems = {};
  const match = /^(\d{1,2}):(\d{2})$/.exec(form.time.trim());
  const start = match
    ? DateTime.fromISO(form.date, { zone }).set({ hour: Number(match[1]), minute: Number(match[2]) })
    : null;
  const realTime = match && Number(match[1]) < 24 && Number(match[2]) < 60 && start?.isValid;
  if (!realTime) problems.time = 'issue.runningLate.time';
  // Luxon moves a time the clocks skip to after the change; a time they repeat has two instants.
  else if (start.hour !== Number(match[1]) || start.minute !== Number(match[2]))
    problems.time = 'issue.runningLate.timeSkipped';
  else if (start.getPossibleOffsets().length > 1) problems.time = 'issue.runningLate.timeTwice';
  const minutes = form.minutes.trim() === '' ? Number.NaN : Number(form.minutes);
  if (!DelayMinutes.safeParse(minutes).success) problems.minutes = 'issue.runningLate.delay';
  if (form.teamMemberId === null) problems.teamMemberId = 'issue.runningLate.member';
  if (!realTime || !start || problems.time || form.teamMemberId === null || problems.minutes)
    return { request: null, problems };
  return {
    request: {
      locationId,
      teamMemberId: form.teamMemberId,
      from: start.toISO({ suppressMilliseconds: true }) ?? '',
      delayMinutes: minutes,
      mode: form.mode,
    },
    problems: null,
  };
}

/** What stands in the way of a row's new time, in words. */
export function rowProblemText(row: LatePushRow): string | null {
  if (!row.problem) return null;
  if (row.conflictKind === 'group-event') return wordIssue('issue.runningLate.groupEvent');
  return slotProblemWords[row.problem];
}

/** Whether "save anyway" may be offered for a row: only a busy slot or outside hours can be overridden. */
export const canSaveAnyway = (row: LatePushRow) => SaveAnywayProblem.safeParse(row.problem).success;

/**
 * What apply is sent: each row that moves with its version and the new time shown, and for each ticked
 * row the problem the desk saw, so main overrides only that one.
 */
export function applyInput(
  request: RunningLateRequest,
  rows: readonly LatePushRow[],
  saveAnyway: ReadonlySet<number>,
): RunningLateApply {
  const moving = rows.filter((row) => row.moves);
  return {
    ...request,
    expected: moving.map((row) => ({
      id: row.id,
      lastChangedAt: row.lastChangedAt,
      newStart: row.newStart,
      seen: row.version,
    })),
    saveAnyway: moving.flatMap((row) => {
      const problem = SaveAnywayProblem.safeParse(row.problem);
      return problem.success && saveAnyway.has(row.id) ? [{ id: row.id, problem: problem.data }] : [];
    }),
  };
}

/** Whether apply will try to move it: it moves, and nothing is in the way or the desk said save anyway. */
export const willMove = (row: LatePushRow, saveAnyway: ReadonlySet<number>) =>
  row.moves && (!row.problem || (canSaveAnyway(row) && saveAnyway.has(row.id)));

/** The rows a later one that will not move keeps where they are (as main will), by id → the one in the way. */
export function holdsBack(
  rows: readonly LatePushRow[],
  saveAnyway: ReadonlySet<number>,
): Map<number, number> {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return heldBack(
    rows.filter((row) => row.moves),
    (id) => {
      const row = byId.get(id);
      return row !== undefined && willMove(row, saveAnyway);
    },
  );
}

/** The phone numbers to call, one a line, each once. */
export function phoneList(rows: readonly LatePushRow[]): string {
  return [...new Set(rows.filter((row) => row.moves).flatMap((row) => row.clientPhone ?? []))].join('\n');
}

/** One appointment's result; "held back" is this tool's own reason. */
export function describeLateOutcome(outcome: MoveOutcome): string {
  const reason = outcome.error?.params?.['reason'];
  if (reason === 'laterStays') return wordIssue('issue.runningLate.laterStays');
  if (reason === 'laterUnsure') return wordIssue('issue.runningLate.laterUnsure');
  if (reason === 'newSincePreview') return wordIssue('issue.runningLate.newSincePreview');
  if (reason === 'newTime') return wordIssue('issue.runningLate.newTime');
  return describeMoveOutcome(outcome);
}
