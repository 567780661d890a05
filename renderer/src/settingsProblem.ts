import { BridgeError, problemText } from './api';
import { i18n, params } from './i18n';

const messages = i18n('common/settingsProblem', {
  plan: params('Altegio refused: this location’s plan does not include the right to {right}.'),
  role: params(
    'This Altegio user does not have the right to {right}. Ask the location’s owner to grant it in Altegio, or sign in as a user who has it.',
  ),
  said: params('{text} (Altegio said: “{message}”.)'),
});

export type SettingsProblem =
  /**
   * Altegio could not be reached or did not answer cleanly: trying again may work. `unknown`: the change may
   * have been carried out and could not be checked, so it is not offered again.
   */
  | { kind: 'network'; message: string; unknown?: boolean }
  /** Altegio (or Frontdesk's own checks) said no; `fields` are the reasons that belong to one input. */
  | { kind: 'refused'; message: string; fields: Record<string, string> };

const WORTH_RETRYING = new Set(['NETWORK', 'TIMEOUT', 'SERVER', 'RATE_LIMITED']);

interface Words {
  /** What the right is about, e.g. "manage labels". */
  right: string;
  /** Said when the thing is no longer in Altegio. */
  gone: string;
  fallback: string;
}

/** Altegio's 403: the signed-in user's role lacks the right (402 is the location's plan). */
function forbiddenWords(error: BridgeError, right: string): string | null {
  if (error.code !== 'FORBIDDEN' || error.params?.['reason'] !== undefined) return null;
  const t = messages.get();
  const text = error.params?.['status'] === 402 ? t.plan({ right }) : t.role({ right });
  const message = error.detail?.message;
  return message ? t.said({ text, message }) : text;
}

/** What went wrong with a settings save or delete, in words, and whether Retry makes sense. */
export function settingsProblem(error: unknown, words: Words): SettingsProblem {
  if (!(error instanceof BridgeError) || WORTH_RETRYING.has(error.code))
    return {
      kind: 'network',
      message: problemText(error, words.fallback),
      ...(error instanceof BridgeError && error.params?.['saveUnknown'] === true ? { unknown: true } : {}),
    };
  return {
    kind: 'refused',
    message: forbiddenWords(error, words.right) ?? (error.code === 'NOT_FOUND' ? words.gone : error.message),
    fields: error.fields,
  };
}
