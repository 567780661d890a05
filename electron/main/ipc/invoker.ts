import type { z } from 'zod';
import {
  type Answer,
  contract,
  isChannel,
  MAX_PAYLOAD_BYTES,
  type Channel,
  type Output,
  type ParsedInput,
  type Slice,
} from '../../../shared/contract';
import { AppError, fail, ok, type Result } from '../../../shared/errors';
import { noteAltegioAnswers, type AltegioAnswers } from '../altegio/reach';
import type { Logger } from '../log';

export interface InvokeContext {
  /** URL of the frame that sent the request, as Electron (or the test bridge) reports it. */
  senderUrl: string | undefined;
}

export type Handler<C extends Channel> = (
  input: ParsedInput<C>,
  context: InvokeContext,
) => Promise<Output<C>> | Output<C>;

export type Handlers = { [C in Channel]: Handler<C> };

/** A feature's handlers, typed by its contract slice: inputs arrive parsed, outputs are checked. */
export type SliceHandlers<S extends Slice> = {
  [C in keyof S]: (
    input: z.output<S[C]['input']>,
    context: InvokeContext,
  ) => Promise<z.output<S[C]['output']>> | z.output<S[C]['output']>;
};

export interface InvokerOptions {
  handlers: Handlers;
  isTrustedSender: (senderUrl: string | undefined) => boolean;
  logger: Logger;
  maxPayloadBytes?: number;
}

export type Invoke = (channel: unknown, raw: unknown, context: InvokeContext) => Promise<Answer<unknown>>;

/** Size of a payload as JSON, or null when it cannot be serialised (cycles, BigInt, absurd depth). */
function serializedSize(raw: unknown): number | null {
  if (raw === undefined) return 0;
  try {
    return JSON.stringify(raw)?.length ?? 0;
  } catch {
    return null;
  }
}

/** Field path → the schema's issue (an `issue.*` key, or zod's words for hostile shapes); bounded later. */
function fieldIssues(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues.slice(0, 20)) {
    const key = issue.path.map(String).join('.') || '_';
    // The schemas' own issue keys go through; zod's English (hostile shapes) becomes a key too, and an
    // unknown key is named by its path, never repeated from the input.
    const message =
      issue.code === 'unrecognized_keys'
        ? 'issue.unknownKey'
        : issue.message.startsWith('issue.')
          ? issue.message
          : 'issue.invalid';
    fields[key] ??= message;
  }
  return fields;
}

function describeChannel(channel: unknown): string {
  return typeof channel === 'string' ? channel.slice(0, 80) : typeof channel;
}

/**
 * The one path every renderer request takes, from ipcMain or from the end-to-end bridge alike:
 * sender check → known channel → size bound → input schema → handler → output schema → Result, marked
 * `reachedAltegio` when Altegio answered any request the handler made.
 * Nothing thrown escapes; unexpected errors become INTERNAL without a stack or a secret, and no error
 * repeats more than a few hundred characters of what it was sent.
 */
export function createInvoker(options: InvokerOptions): Invoke {
  const { handlers, isTrustedSender, logger } = options;
  const maxBytes = options.maxPayloadBytes ?? MAX_PAYLOAD_BYTES;

  return async (channel, raw, context) => {
    if (!isTrustedSender(context.senderUrl)) {
      logger.warn('IPC refused: untrusted sender', {
        channel: describeChannel(channel),
        sender: String(context.senderUrl).slice(0, 200),
      });
      return fail('FORBIDDEN', { reason: 'sender' });
    }
    if (!isChannel(channel)) {
      logger.warn('IPC refused: unknown channel', { channel: describeChannel(channel) });
      return fail('UNKNOWN_CHANNEL', { channel: describeChannel(channel) });
    }
    const size = serializedSize(raw);
    if (size === null) return fail('VALIDATION', { reason: 'unreadable' });
    if (size > maxBytes) return fail('VALIDATION', { reason: 'tooLarge' });

    const parsed = contract[channel].input.safeParse(raw);
    if (!parsed.success) {
      return fail('VALIDATION', { reason: 'input' }, { fields: fieldIssues(parsed.error) });
    }
    const answers: AltegioAnswers = { answered: false };
    const result = await noteAltegioAnswers(answers, () => handle(channel, parsed.data, context));
    return answers.answered ? { ...result, reachedAltegio: true } : result;
  };

  async function handle(channel: Channel, input: unknown, context: InvokeContext): Promise<Result<unknown>> {
    try {
      const handler = handlers[channel] as Handler<Channel>;
      const output = await handler(input as never, context);
      const checked = contract[channel].output.safeParse(output);
      if (!checked.success) {
        logger.error('Handler returned data outside the contract', {
          channel,
          issues: checked.error.issues.slice(0, 5),
        });
        return fail('INTERNAL', { reason: 'output' });
      }
      return ok(checked.data);
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toShape() };
      logger.error(`Handler for ${channel} failed`, error);
      return fail('INTERNAL');
    }
  }
}
