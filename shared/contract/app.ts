import { z } from 'zod';
import { NoInput, type Slice } from './common';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.enum(['linux', 'darwin', 'win32', 'other']),
  packaged: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appContract = {
  'app.info': { input: NoInput, output: AppInfo },
} as const satisfies Slice;
