import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS, startEmulator, type RunningEmulator } from '../../electron/emulator';
import { acceptLanguage } from '../../electron/main/altegio/http';
import { APP_ORIGIN } from '../../electron/main/security';
import { SALON_ID } from '../support/demoSalon';
import { createTestCore, type TestCore } from '../support/mainCore';
import { TEST_NOW } from '../support/testClock';

const own = { senderUrl: `${APP_ORIGIN}/index.html` };

describe('Accept-Language on the requests main sends to Altegio', () => {
  let emulator: RunningEmulator;
  let core: TestCore;
  let system: string[] = ['en-US'];
  const seen: Array<string | null> = [];

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, rateLimit: false, now: TEST_NOW });
    core = createTestCore({
      trustedOrigins: [APP_ORIGIN],
      startDemo: async () => ({ baseUrl: emulator.url, ...DEMO_CREDENTIALS }),
      systemLanguages: () => system,
    });
    await core.session.openDemo();
    emulator.beforeRequest(({ headers }) => void seen.push(headers.get('accept-language')));
  });
  afterAll(() => emulator?.close());
  beforeEach(() => {
    seen.length = 0;
  });

  const invoke = async (channel: string, input: unknown) => {
    const result = await core.invoke(channel, input, own);
    expect(result, channel).toMatchObject({ ok: true });
  };
  /** The header of the request that the next read sends. */
  const headerOfNextRequest = async () => {
    seen.length = 0;
    await invoke('team.list', { locationId: SALON_ID });
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen).size).toBe(1);
    return seen[0];
  };

  it('is built from the language the screens speak', () => {
    expect(acceptLanguage('en')).toBe('en');
    expect(acceptLanguage('es')).toBe('es, en;q=0.8');
  });

  it('follows a changed preference from the next request on, in the same session', async () => {
    await invoke('preferences.set', { language: 'es' });
    expect(await headerOfNextRequest()).toBe('es, en;q=0.8');
    await invoke('preferences.set', { language: 'en' });
    expect(await headerOfNextRequest()).toBe('en');
    await invoke('preferences.set', { language: 'es' });
    expect(await headerOfNextRequest()).toBe('es, en;q=0.8');
  });

  it("resolves 'system' through the system's preferred languages, English when it has none of ours", async () => {
    await invoke('preferences.set', { language: 'system' });
    system = ['fr-FR', 'es-MX', 'en-US'];
    expect(await headerOfNextRequest()).toBe('es, en;q=0.8');
    system = ['de-DE'];
    expect(await headerOfNextRequest()).toBe('en');
  });
});
