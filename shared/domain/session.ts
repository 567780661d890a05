import { z } from 'zod';
import { ErrorCode } from '../errors';
import { Location } from './location';

export const ConnectionKind = z.enum(['demo', 'altegio', 'yclients', 'custom']);
export type ConnectionKind = z.infer<typeof ConnectionKind>;

/** Why a session ended on its own: Altegio no longer accepts the token (password changed, signed out). */
export const SessionEndReason = z.enum(['tokenRejected']);
export type SessionEndReason = z.infer<typeof SessionEndReason>;

/** All the renderer ever learns about the session: never a token, never a password. */
export const SessionState = z.object({
  signedIn: z.boolean(),
  userName: z.string().nullable(),
  connection: z.object({ kind: ConnectionKind, host: z.string() }).nullable(),
  /** The locations this user manages: the only ids any location-scoped request may name. */
  locations: z.array(Location),
  /** The location the desk last opened (remembered across restarts); requests still name theirs. */
  locationId: z.number().int().nullable(),
  /** 'memory' when the OS offers no real encryption: credentials are then kept only until the app quits. */
  credentialStorage: z.enum(['encrypted', 'memory']),
  endedBecause: SessionEndReason.nullable(),
  /** A saved session could not be reopened for now (no network, server trouble): why, to retry it. */
  restoreProblem: z.object({ code: ErrorCode, host: z.string() }).nullable(),
});
export type SessionState = z.infer<typeof SessionState>;

const credential = (name: string) =>
  z.string().trim().min(1, `issue.${name}.required`).max(500, `issue.${name}.tooLong`);

export const SignInInput = z
  .object({
    connection: z.enum(['altegio', 'yclients', 'custom']),
    customUrl: z.string().trim().max(500, 'issue.customUrl.tooLong').optional(),
    partnerToken: credential('partnerToken'),
    login: credential('login'),
    password: z.string().min(1, 'issue.password.required').max(500, 'issue.password.tooLong'),
  })
  .superRefine((value, context) => {
    if (value.connection !== 'custom') return;
    const problem = value.customUrl ? customUrlProblem(value.customUrl) : 'issue.customUrl.required';
    if (problem) context.addIssue({ code: 'custom', path: ['customUrl'], message: problem });
  });
export type SignInInput = z.infer<typeof SignInInput>;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for the addresses Frontdesk talks to: https anywhere, plain http only on this computer. */
export function isAllowedServerUrl(url: URL): boolean {
  if (url.username || url.password) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

/** Null when the URL can be used, else the issue key that says why not. */
export function customUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'issue.customUrl.notAddress';
  }
  if (parsed.username || parsed.password) return 'issue.customUrl.credentials';
  return isAllowedServerUrl(parsed) ? null : 'issue.customUrl.insecure';
}

export const SelectLocationInput = z.object({ locationId: z.number().int().positive() });
