import type { MoveOutcome, SlotProblem } from '../../../shared/domain/deskMove';
import { i18n, params } from '../i18n';
import { changedSinceShownText, doneButChangedElsewhere } from './appointmentAspects';
import { describeError } from './describeError';

const messages = i18n('errors/slotProblems', {
  busy: 'The team member is busy then (another appointment or a group event).',
  outsideHours: 'The team member is not working then.',
  notProvided: 'The team member does not provide every service of this appointment.',
  past: 'That time has already passed.',
  gone: 'The appointment was cancelled or deleted meanwhile.',
  changed: 'Another desk changed this appointment meanwhile.',
  moved: 'Moved',
  movedDone: 'Moved.',
  cancelled: 'Cancelled',
  cancelledDone: 'Cancelled.',
  putBack: 'Put back where it was, because another appointment of the same change could not move.',
  strandedWhy: params('Moved, but it could not be put back: {why} Check it and move it by hand.'),
  stranded: 'Moved, but it could not be put back. Check it and move it by hand.',
  unsure: 'Altegio’s answer was lost, so it is not known whether this one moved. Check it in the calendar.',
  notMovedWhy: params('Not moved: {why}'),
  notMoved: 'Not moved.',
});

/** Why an appointment cannot go where a desk tool wants to put it, in the desk's words (the language shown). */
export const slotProblemWords: Record<SlotProblem, string> = {
  get busy() {
    return messages.get().busy;
  },
  get 'outside-hours'() {
    return messages.get().outsideHours;
  },
  get 'not-provided'() {
    return messages.get().notProvided;
  },
  get past() {
    return messages.get().past;
  },
  get gone() {
    return messages.get().gone;
  },
  get changed() {
    return messages.get().changed;
  },
};

/** Why an appointment of a multi-appointment change did not end where it was meant to, when known. */
export function outcomeReason(outcome: MoveOutcome): string | null {
  if (outcome.problem === 'changed' && outcome.changed?.length) return changedSinceShownText(outcome.changed);
  if (outcome.problem) return slotProblemWords[outcome.problem];
  return outcome.error ? describeError(outcome.error) : null;
}

/** One line per appointment of a multi-appointment change: what happened to it, and why when it failed. */
export function describeMoveOutcome(outcome: MoveOutcome): string {
  const t = messages.get();
  const why = outcomeReason(outcome);
  switch (outcome.result) {
    case 'moved':
      return outcome.changedElsewhere?.length
        ? doneButChangedElsewhere(t.moved, outcome.changedElsewhere)
        : t.movedDone;
    case 'cancelled':
      return outcome.changedElsewhere?.length
        ? doneButChangedElsewhere(t.cancelled, outcome.changedElsewhere)
        : t.cancelledDone;
    case 'put-back':
      return t.putBack;
    case 'stranded':
      return why ? t.strandedWhy({ why }) : t.stranded;
    case 'unsure':
      return t.unsure;
    case 'not-moved':
      return why ? t.notMovedWhy({ why }) : t.notMoved;
  }
}
