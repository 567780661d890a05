import type { SessionState } from '../../../../shared/domain/session';
import { i18n, params } from '../../i18n';

export const messages = i18n('session/wording', {
  tokenRejected: 'Altegio ended the session (the password may have been changed). Please sign in again.',
  unreachable: params(
    'Frontdesk could not reach {host} to reopen your session. Check the internet connection, then try again.',
  ),
  serverProblem: params('{host} had a problem reopening your session. Try again in a moment.'),
});

/** Why the last session ended, in words. */
export function endedText(reason: SessionState['endedBecause']): string | null {
  if (reason === 'tokenRejected') return messages.get().tokenRejected;
  return null;
}

/** Why a saved session could not be reopened for now, in words. */
export function restoreProblemText(problem: SessionState['restoreProblem']): string | null {
  if (!problem) return null;
  const t = messages.get();
  return problem.code === 'NETWORK' || problem.code === 'TIMEOUT'
    ? t.unreachable({ host: problem.host })
    : t.serverProblem({ host: problem.host });
}
