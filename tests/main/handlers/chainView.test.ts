import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS, startEmulator, type RunningEmulator } from '../../../electron/emulator';
import type { Limiter } from '../../../electron/main/altegio/limiter';
import { PRIORITY } from '../../../electron/main/locationPriority';
import { APP_ORIGIN } from '../../../electron/main/security';
import type { Channel, Input, Output } from '../../../shared/contract';
import { SALON_ID, STUDIO_ID } from '../../support/demoSalon';
import { createTestCore, type TestCore } from '../../support/mainCore';
import { TEST_NOW } from '../../support/testClock';

const own = { senderUrl: `${APP_ORIGIN}/index.html` };

describe('the rate limit puts the location the desk looks at first', () => {
  let emulator: RunningEmulator;
  let core: TestCore;
  /** The priority the limiter was given for each request, in order. */
  const priorities: number[] = [];
  const recording: Limiter = {
    schedule: (task, options) => {
      priorities.push(options?.priority ?? -1);
      return task();
    },
  };
  const invoke = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const result = await core.invoke(channel, input, own);
    if (!result.ok) throw Object.assign(new Error(result.error.code), result.error);
    return result.data as Output<C>;
  };
  /** The priorities of the requests one channel call made. */
  const prioritiesOf = async (locationId: number) => {
    priorities.length = 0;
    await invoke('team.list', { locationId });
    return [...new Set(priorities)];
  };

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, rateLimit: false, now: TEST_NOW });
    core = createTestCore({
      trustedOrigins: [APP_ORIGIN],
      limiter: recording,
      startDemo: async () => ({ baseUrl: emulator.url, ...DEMO_CREDENTIALS }),
    });
    await core.session.openDemo();
    await invoke('session.selectLocation', { locationId: SALON_ID });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('serves the open location in the foreground and another one behind it', async () => {
    expect(await prioritiesOf(SALON_ID)).toEqual([PRIORITY.foreground]);
    expect(await prioritiesOf(STUDIO_ID)).toEqual([PRIORITY.background]);
  });

  it('brings a focused location forward beside the open one, until the focus goes back', async () => {
    expect(await invoke('chainView.focus', { locationId: STUDIO_ID })).toBeNull();
    expect(await prioritiesOf(STUDIO_ID)).toEqual([PRIORITY.foreground]);
    expect(await prioritiesOf(SALON_ID)).toEqual([PRIORITY.foreground]);
    await invoke('chainView.focus', { locationId: SALON_ID });
    expect(await prioritiesOf(STUDIO_ID)).toEqual([PRIORITY.background]);
  });

  it('follows the open location when the desk switches', async () => {
    await invoke('session.selectLocation', { locationId: STUDIO_ID });
    expect(await prioritiesOf(STUDIO_ID)).toEqual([PRIORITY.foreground]);
    expect(await prioritiesOf(SALON_ID)).toEqual([PRIORITY.background]);
  });

  it('refuses to focus a location that is not the user’s', async () => {
    const refused = await core.invoke('chainView.focus', { locationId: 103 }, own);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
