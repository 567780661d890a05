import { z } from 'zod';
import { Location } from './domain/location';

export const ConnectionKind = z.enum(['demo', 'altegio', 'yclients', 'custom']);
export type ConnectionKind = z.infer<typeof ConnectionKind>;

/** All the renderer ever learns about the session: never a token, never a password. */
export const SessionState = z.object({
  signedIn: z.boolean(),
  userName: z.string().nullable(),
  connection: z.object({ kind: ConnectionKind, host: z.string() }).nullable(),
  locations: z.array(Location),
  locationId: z.number().int().nullable(),
  /** 'memory' when the OS offers no real encryption: credentials are then kept only until the app quits. */
  credentialStorage: z.enum(['encrypted', 'memory']),
  /** Why the last session ended, when it ended on its own (expired token, signed out elsewhere). */
  endedBecause: z.string().nullable(),
  /** A saved session could not be reopened for now (no network, server trouble): why, to retry it. */
  restoreProblem: z.string().nullable(),
});
export type SessionState = z.infer<typeof SessionState>;

const nonEmpty = (what: string) =>
  z.string().trim().min(1, `Enter the ${what}.`).max(500, `The ${what} is too long.`);

export const SignInInput = z
  .object({
    connection: z.enum(['altegio', 'yclients', 'custom']),
    customUrl: z.string().trim().max(500).optional(),
    partnerToken: nonEmpty('partner token'),
    login: nonEmpty('login (e-mail or phone)'),
    password: z.string().min(1, 'Enter the password.').max(500, 'The password is too long.'),
  })
  .superRefine((value, context) => {
    if (value.connection !== 'custom') return;
    if (!value.customUrl) {
      context.addIssue({ code: 'custom', path: ['customUrl'], message: 'Enter the server address.' });
      return;
    }
    if (!customUrlProblem(value.customUrl)) return;
    context.addIssue({ code: 'custom', path: ['customUrl'], message: customUrlProblem(value.customUrl)! });
  });
export type SignInInput = z.infer<typeof SignInInput>;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Null when the URL can be used: https anywhere, plain http only on this computer. */
export function customUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Enter a full address, such as https://api.example.com/api/v1.';
  }
  if (parsed.username || parsed.password) return 'The address must not contain a user name or password.';
  if (parsed.protocol === 'https:') return null;
  if (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname)) return null;
  return 'Use an https:// address (plain http is allowed only for this computer).';
}

export const SelectLocationInput = z.object({ locationId: z.number().int().positive() });
