import { AltegioError, isAmbiguous } from './errors';

/** What a re-read answers when the write did not happen (or was undone meanwhile). */
export const NOT_DONE = Symbol('not done');
export type Reread<T> = () => Promise<T | typeof NOT_DONE>;

/**
 * The failure of a write that Altegio may or may not have carried out, and a re-read could not tell:
 * the renderer words it "not known whether it was done; check" (params.saveUnknown), never "failed".
 */
export function outcomeUnknown(error: AltegioError): AltegioError {
  const unknown = new AltegioError({
    code: error.code,
    kind: error.kind,
    status: error.status,
    params: { ...error.params, saveUnknown: true },
    detail: error.detail,
    what: error.what,
  });
  unknown.stack = error.stack;
  return unknown;
}

/**
 * After a write failed where Altegio may have carried it out, asks `reread` what Altegio now has: what it
 * finds is the write's result; NOT_DONE keeps the failure as it was (trying again is then safe); a re-read
 * that fails too leaves the outcome unknown.
 */
export async function settle<T>(error: unknown, reread: Reread<T>): Promise<T> {
  if (!isAmbiguous(error)) throw error;
  let found: T | typeof NOT_DONE;
  try {
    found = await reread();
  } catch {
    throw outcomeUnknown(error);
  }
  if (found === NOT_DONE) throw error;
  return found;
}

/** A write that is reconciled before any failure is reported: see settle. */
export async function reconciled<T>(write: () => Promise<T>, reread: Reread<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    return settle(error, reread);
  }
}

/** A re-read for a delete: done when reading the target answers 404 (or shows it deleted). */
export function gone(read: () => Promise<unknown>, deleted: (found: unknown) => boolean = () => false) {
  return async (): Promise<void | typeof NOT_DONE> => {
    try {
      return deleted(await read()) ? undefined : NOT_DONE;
    } catch (error) {
      if (error instanceof AltegioError && error.status === 404) return undefined;
      throw error;
    }
  };
}

/** A re-read for a change: the thing as read back when `matches` says it carries the change. */
export function showing<T>(read: () => Promise<T>, matches: (current: T) => boolean): Reread<T> {
  return async () => {
    const current = await read();
    return matches(current) ? current : NOT_DONE;
  };
}

/** For a write Altegio offers no way to read back: after a lost reply its outcome is unknown. */
export const noReread = (): Promise<never> => Promise.reject(new Error('nothing to read back'));
