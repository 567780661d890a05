import { z } from 'zod';
import { AtLocation, type Slice } from './common';

export const altegioReachContract = {
  /** One small read, tried once, while Altegio is out of reach: whether it answers again. */
  'altegioReach.probe': { input: AtLocation, output: z.null() },
} as const satisfies Slice;
