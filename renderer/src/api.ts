import type { Channel, EventName, EventPayload, Input, Output } from '../../shared/contract';
import { AppError } from '../../shared/appError';
import type { AppErrorShape } from '../../shared/errors';
import { noteOutcome } from './altegioReach';
import { getBridge } from './bridge';
import { describeError, fieldProblems } from './errors';

/**
 * A refused request, thrown so TanStack Query sees a failure. Keeps the code, params and Altegio's
 * detail; its message is the renderer's words for it, and `fields` the worded field problems.
 */
export class BridgeError extends AppError {
  readonly fields: Record<string, string>;
  readonly shape: AppErrorShape;

  constructor(shape: AppErrorShape) {
    super(shape.code, shape.params, shape.detail);
    this.name = 'BridgeError';
    this.shape = shape;
    this.message = describeError(shape);
    this.fields = fieldProblems(shape);
  }
}

/** Invokes a channel and unwraps its Result: data, or a thrown BridgeError. */
export async function call<C extends Channel>(
  channel: C,
  ...input: Input<C> extends undefined ? [] : [Input<C>]
): Promise<Output<C>> {
  const result = await getBridge().invoke(channel, ...input);
  noteOutcome(result);
  if (!result.ok) throw new BridgeError(result.error);
  return result.data;
}

export function subscribe<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return getBridge().on(event, listener);
}

/**
 * The words for a failure: a BridgeError's own (worded by the renderer), else the caller's line. Other
 * errors (a bug, a library's) are logged for the developer, never shown to the desk as they are.
 */
export function problemText(error: unknown, fallback: string): string {
  if (error instanceof BridgeError) return error.message;
  if (error) console.error(error);
  return fallback;
}

/** A failed save that may have gone through anyway (lost or unclear answer): a retry reuses its apiId. */
export const mayHaveSaved = (error: unknown): boolean =>
  error instanceof BridgeError &&
  (error.params?.['saveUnknown'] === true || ['NETWORK', 'TIMEOUT', 'SERVER'].includes(error.code));
