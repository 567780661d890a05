import { z } from 'zod';
import { Id } from '../domain/common';

/** What every channel declares: the schema of its input and of its output. */
export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

export type Slice = Record<string, ChannelSpec>;

export const NoInput = z.undefined();

/**
 * Every location-scoped request names its location; main checks it is one of the signed-in user's and
 * never falls back to "the open one".
 */
export const LocationId = Id.refine((id) => id > 0, { message: 'issue.location' });
export const AtLocation = z.object({ locationId: LocationId });
