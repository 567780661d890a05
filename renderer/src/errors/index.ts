export { bookingProblemWords, describeError, fieldProblems } from './describeError';
export { wordIssue } from './issues';
