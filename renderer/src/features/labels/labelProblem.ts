import { BridgeError, problemText } from '../../api';

export type LabelProblem =
  /** Altegio could not be reached or did not answer cleanly: trying again may work. */
  | { kind: 'network'; message: string }
  /** Altegio (or Frontdesk's own checks) said no; `fields` are the reasons that belong to one input. */
  | { kind: 'refused'; message: string; fields: Record<string, string> };

const WORTH_RETRYING = new Set(['NETWORK', 'TIMEOUT', 'SERVER', 'RATE_LIMITED']);

/** Altegio's 403: the signed-in user's role lacks the right (402 is the location's plan). */
function forbiddenWords(error: BridgeError): string | null {
  if (error.code !== 'FORBIDDEN' || error.params?.['reason'] !== undefined) return null;
  const said = error.detail?.message ? ` (Altegio said: “${error.detail.message}”.)` : '';
  if (error.params?.['status'] === 402)
    return `Altegio refused: this location’s plan does not include managing labels.${said}`;
  return `This Altegio user does not have the right to manage labels. Ask the location’s owner to grant it in Altegio, or sign in as a user who has it.${said}`;
}

/** What went wrong with a label save or delete, in words, and whether Retry makes sense. */
export function labelProblem(error: unknown, fallback: string): LabelProblem {
  if (!(error instanceof BridgeError) || WORTH_RETRYING.has(error.code))
    return { kind: 'network', message: problemText(error, fallback) };
  const gone =
    error.code === 'NOT_FOUND'
      ? 'This label is no longer in Altegio: it may have been deleted at another desk.'
      : null;
  return {
    kind: 'refused',
    message: forbiddenWords(error) ?? gone ?? error.message,
    fields: error.fields,
  };
}
