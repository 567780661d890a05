import { z } from 'zod';
import { AtLocation, type Slice } from './common';

export const chainViewContract = {
  /**
   * The desk is looking at this location now (the chain view's column under the pointer or the
   * keyboard): its requests go before the other locations' in the shared rate limit, as the open
   * location's do. The open location's id hands the foreground back to it alone.
   */
  'chainView.focus': { input: AtLocation, output: z.null() },
} as const satisfies Slice;
