import { AsyncLocalStorage } from 'node:async_hooks';

/** What one piece of work (a renderer's request) learnt of Altegio: whether it answered at all. */
export interface AltegioAnswers {
  answered: boolean;
}

const current = new AsyncLocalStorage<AltegioAnswers>();

/** Runs `work`, noting in `answers` each request of its own that Altegio answered. */
export function noteAltegioAnswers<T>(answers: AltegioAnswers, work: () => T): T {
  return current.run(answers, work);
}

/**
 * Altegio answered a request (with data or a refusal: any HTTP status). Called by the transport in the
 * context of the caller that made the request, never inside the limiter's queue, which may run a task in
 * the context of another caller's.
 */
export function altegioAnswered(): void {
  const answers = current.getStore();
  if (answers) answers.answered = true;
}
