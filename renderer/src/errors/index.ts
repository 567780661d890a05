export { bookingProblemWords, describeError, fieldProblems } from './describeError';
export { wordIssue } from './issues';
export { describeMoveOutcome, outcomeReason, slotProblemWords } from './slotProblems';
