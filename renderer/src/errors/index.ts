export { bookingProblemWords, describeError, fieldProblems } from './describeError';
export {
  changedElsewhereText,
  changedSinceShownText,
  describeAspects,
  doneButChangedElsewhere,
} from './appointmentAspects';
export { unreadableWords, wordIssue } from './issues';
export { describeMoveOutcome, outcomeReason, slotProblemWords } from './slotProblems';
