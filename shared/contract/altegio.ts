import { z } from 'zod';
import { UnreadableReport } from '../domain/unreadable';
import { AtLocation, type Slice } from './common';

/** Altegio itself, as this desk meets it: whether it answers, and what it sends that cannot be read. */
export const altegioContract = {
  /** One small read, tried once, while Altegio is out of reach: whether it answers again. */
  'altegio.probe': { input: AtLocation, output: z.null() },
} as const satisfies Slice;

export const altegioEvents = {
  /** A list read left records out as unreadable (count > 0), or came back clean after one that did (0). */
  'altegio.unreadable': UnreadableReport,
};
