import type { MoveOutcome, SlotProblem } from '../../../shared/domain/deskMove';
import { changedSinceShownText, doneButChangedElsewhere } from './appointmentAspects';
import { describeError } from './describeError';

/** Why an appointment cannot go where a desk tool wants to put it, in the desk's words. */
export const slotProblemWords: Record<SlotProblem, string> = {
  busy: 'The team member is busy then (another appointment or a group event).',
  'outside-hours': 'The team member is not working then.',
  'not-provided': 'The team member does not provide every service of this appointment.',
  past: 'That time has already passed.',
  gone: 'The appointment was cancelled or deleted meanwhile.',
  changed: 'Another desk changed this appointment meanwhile.',
};

/** Why an appointment of a multi-appointment change did not end where it was meant to, when known. */
export function outcomeReason(outcome: MoveOutcome): string | null {
  if (outcome.problem === 'changed' && outcome.changed?.length) return changedSinceShownText(outcome.changed);
  if (outcome.problem) return slotProblemWords[outcome.problem];
  return outcome.error ? describeError(outcome.error) : null;
}

/** One line per appointment of a multi-appointment change: what happened to it, and why when it failed. */
export function describeMoveOutcome(outcome: MoveOutcome): string {
  const why = outcomeReason(outcome);
  switch (outcome.result) {
    case 'moved':
      return outcome.changedElsewhere?.length
        ? doneButChangedElsewhere('Moved', outcome.changedElsewhere)
        : 'Moved.';
    case 'cancelled':
      return outcome.changedElsewhere?.length
        ? doneButChangedElsewhere('Cancelled', outcome.changedElsewhere)
        : 'Cancelled.';
    case 'put-back':
      return 'Put back where it was, because another appointment of the same change could not move.';
    case 'stranded':
      return `Moved, but it could not be put back${why ? `: ${why}` : '.'} Check it and move it by hand.`;
    case 'unsure':
      return 'Altegio’s answer was lost, so it is not known whether this one moved. Check it in the calendar.';
    case 'not-moved':
      return `Not moved${why ? `: ${why}` : '.'}`;
  }
}
