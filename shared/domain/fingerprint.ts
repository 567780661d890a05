import { z } from 'zod';

/** A version of a value the desk saw, as it crosses IPC: 16 hex digits. */
export const Fingerprint = z.string().regex(/^[0-9a-f]{16}$/);

export { comparableCustomFields, fingerprint } from './fingerprintOf';
