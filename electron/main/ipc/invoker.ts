import type { z } from 'zod';
import { contract, MAX_PAYLOAD_BYTES, type Channel, type Output } from '../../../shared/contract';
import { isChannel } from '../../../shared/channels';
import { fail, ok, type Result } from '../../../shared/errors';
import { AppError } from '../appError';
import type { Logger } from '../log';

export interface InvokeContext {
  /** URL of the frame that sent the request, as Electron (or the test bridge) reports it. */
  senderUrl: string | undefined;
}

export type Handler<C extends Channel> = (
  input: z.output<(typeof contract)[C]['input']>,
  context: InvokeContext,
) => Promise<Output<C>> | Output<C>;

export type Handlers = { [C in Channel]: Handler<C> };

export interface InvokerOptions {
  handlers: Handlers;
  isTrustedSender: (senderUrl: string | undefined) => boolean;
  logger: Logger;
  maxPayloadBytes?: number;
}

export type Invoke = (channel: unknown, raw: unknown, context: InvokeContext) => Promise<Result<unknown>>;

/** Size of a payload as JSON, or null when it cannot be serialised (cycles, BigInt, absurd depth). */
function serializedSize(raw: unknown): number | null {
  if (raw === undefined) return 0;
  try {
    return JSON.stringify(raw)?.length ?? 0;
  } catch {
    return null;
  }
}

function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

function describeChannel(channel: unknown): string {
  return typeof channel === 'string' ? channel.slice(0, 80) : typeof channel;
}

/**
 * The one path every renderer request takes, from ipcMain or from the end-to-end bridge alike:
 * sender check → known channel → size bound → input schema → handler → output schema → Result.
 * Nothing thrown escapes; unexpected errors become INTERNAL without a stack or a secret.
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
      return fail('FORBIDDEN', 'This request did not come from the Frontdesk window.');
    }
    if (!isChannel(channel)) {
      logger.warn('IPC refused: unknown channel', { channel: describeChannel(channel) });
      return fail('UNKNOWN_CHANNEL', `Frontdesk has no request named "${describeChannel(channel)}".`);
    }
    const size = serializedSize(raw);
    if (size === null) return fail('VALIDATION', 'The request could not be read.');
    if (size > maxBytes) return fail('VALIDATION', 'The request is too large.');

    const spec = contract[channel];
    const parsed = spec.input.safeParse(raw);
    if (!parsed.success) {
      return fail('VALIDATION', 'Some of the information sent was not valid.', fieldErrors(parsed.error));
    }
    try {
      const handler = handlers[channel] as Handler<Channel>;
      const output = await handler(parsed.data as never, context);
      const checked = spec.output.safeParse(output);
      if (!checked.success) {
        logger.error('Handler returned data outside the contract', {
          channel,
          issues: checked.error.issues.slice(0, 5),
        });
        return fail('INTERNAL', 'Frontdesk received data it did not expect. Please try again.');
      }
      return ok(checked.data);
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toShape() };
      logger.error(`Handler for ${channel} failed`, error);
      return fail('INTERNAL', 'Something went wrong in Frontdesk. Please try again.');
    }
  };
}
