export { bookingProblemWords, describeError, fieldProblems } from './describeError';
export { changedElsewhereText, describeAspects } from './appointmentAspects';
export { unreadableWords, wordIssue } from './issues';
export { describeMoveOutcome, outcomeReason, slotProblemWords } from './slotProblems';
