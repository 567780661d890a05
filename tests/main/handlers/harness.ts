import { afterAll, beforeAll } from 'vitest';
import {
  DEMO_CREDENTIALS,
  startEmulator,
  type EmulatorOptions,
  type RunningEmulator,
} from '../../../electron/emulator';
import type { AltegioClient } from '../../../electron/main/altegio/client';
import { APP_ORIGIN } from '../../../electron/main/security';
import type { Location } from '../../../shared/domain/location';
import type { Channel, Input, Output } from '../../../shared/contract';
import type { AppErrorShape } from '../../../shared/errors';
import { altegioHttp, type AltegioHttp } from '../../support/altegioHttp';
import { SALON_ID } from '../../support/demoSalon';
import { createTestCore, type TestCore } from '../../support/mainCore';
import { runningClockFrom, TEST_NOW } from '../../support/testClock';

const own = { senderUrl: `${APP_ORIGIN}/index.html` };

export interface Harness {
  emulator: RunningEmulator;
  core: TestCore;
  /** Raw HTTP to the emulator, to check Altegio's state (or change it "at another desk"). */
  http: AltegioHttp;
  /** A channel through the real invoker, as the renderer calls it; a refusal throws its error shape. */
  invoke<C extends Channel>(channel: C, input?: Input<C>): Promise<Output<C>>;
  /** The raw Result, for refusals. */
  result(channel: string, input?: unknown): Promise<{ ok: boolean; error?: AppErrorShape }>;
  /** Main's Altegio client at the salon, to set up a scene. */
  atSalon<T>(work: (client: AltegioClient, location: Location) => Promise<T>): Promise<T>;
}

/** The real main-side core, signed in to a fresh emulator's demo location for one test file. */
export function useHarness(emulatorOptions: Partial<EmulatorOptions> = {}): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    const emulator = await startEmulator({ port: 0, rateLimit: false, now: TEST_NOW, ...emulatorOptions });
    const core = createTestCore({
      // Main's clock agrees with the emulator's.
      now: runningClockFrom(emulatorOptions.now ?? TEST_NOW),
      trustedOrigins: [APP_ORIGIN],
      startDemo: async () => ({ baseUrl: emulator.url, ...DEMO_CREDENTIALS }),
    });
    await core.session.openDemo();
    Object.assign(harness, {
      emulator,
      core,
      http: await altegioHttp(emulator),
      result: (channel: string, input?: unknown) => core.invoke(channel, input, own),
      invoke: async (channel: string, input?: unknown) => {
        const result = await core.invoke(channel, input, own);
        if (!result.ok) throw Object.assign(new Error(result.error.code), result.error);
        return result.data;
      },
      atSalon: (work: Harness['atSalon'] extends (w: infer W) => unknown ? W : never) =>
        core.session.withLocation(SALON_ID, work),
    });
  });
  afterAll(async () => {
    await harness.emulator?.close();
  });
  return harness;
}
