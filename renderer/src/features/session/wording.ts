import type { SessionState } from '../../../../shared/domain/session';

/** Why the last session ended, in words. */
export function endedText(reason: SessionState['endedBecause']): string | null {
  if (reason === 'tokenRejected')
    return 'Altegio ended the session (the password may have been changed). Please sign in again.';
  return null;
}

/** Why a saved session could not be reopened for now, in words. */
export function restoreProblemText(problem: SessionState['restoreProblem']): string | null {
  if (!problem) return null;
  return problem.code === 'NETWORK' || problem.code === 'TIMEOUT'
    ? `Frontdesk could not reach ${problem.host} to reopen your session. Check the internet connection, then try again.`
    : `${problem.host} had a problem reopening your session. Try again in a moment.`;
}
