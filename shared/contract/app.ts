import { z } from 'zod';
import { NoInput, type Slice } from './common';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.enum(['linux', 'darwin', 'win32', 'other']),
  packaged: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** Text for the system clipboard: a phone number, a list of them. */
export const CopyText = z.object({ text: z.string().min(1).max(20_000) });

export const appContract = {
  'app.info': { input: NoInput, output: AppInfo },
  'app.copyText': { input: CopyText, output: z.null() },
} as const satisfies Slice;
