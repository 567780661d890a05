export { bookingProblemWords, describeError, fieldProblems } from './describeError';
export {
  changedElsewhereText,
  changedSinceShownText,
  describeAspects,
  doneButChangedElsewhere,
} from './appointmentAspects';
export { wordIssue } from './issues';
export { unreadableWords } from './unreadable';
export { describeMoveOutcome, outcomeReason, slotProblemWords } from './slotProblems';
