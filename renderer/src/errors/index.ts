export { bookingProblemWords, describeError, fieldProblems } from './describeError';
export { unreadableWords, wordIssue } from './issues';
export { describeMoveOutcome, outcomeReason, slotProblemWords } from './slotProblems';
