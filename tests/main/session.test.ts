import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../electron/emulator';
import { AltegioError } from '../../electron/main/altegio/errors';
import { createEventBus } from '../../electron/main/ipc/events';
import { createLogger, SecretRegistry } from '../../electron/main/log';
import { createSession } from '../../electron/main/session';
import { createMemoryStore } from '../../electron/main/store';
import { createVault } from '../../electron/main/vault';
import { createTestSecretBox } from '../support/mainCore';
import { TEST_NOW } from '../support/testClock';

const user = { login: 'desk@north-studio.example', password: 'North-Desk-42!', name: 'North Desk' };
const partnerToken = 'pt-north-5d1e0a77c2';
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, partnerToken, users: [user], rateLimit: false, now: TEST_NOW });
});
afterAll(async () => {
  await emulator.close();
});

function build(
  options: { store?: ReturnType<typeof createMemoryStore>; encrypt?: boolean; fetch?: typeof fetch } = {},
) {
  const store = options.store ?? createMemoryStore();
  const sink = vi.fn();
  const lines: string[] = [];
  const secrets = new SecretRegistry();
  const logger = createLogger((line) => lines.push(line), secrets);
  const session = createSession({
    vault: createVault(store, createTestSecretBox(options.encrypt ?? true)),
    store,
    secrets,
    logger,
    events: createEventBus(sink, logger),
    startDemo: () => Promise.reject(new Error('no demo here')),
    clientOptions: { fetch: options.fetch, transport: { baseDelayMs: 10, maxDelayMs: 100 } },
  });
  return { session, store, sink, lines };
}

const signIn = (session: ReturnType<typeof build>['session']) =>
  session.signIn({
    connection: 'custom',
    customUrl: emulator.url,
    partnerToken,
    login: user.login,
    password: user.password,
  });

describe('session', () => {
  it('signs in, lists the user’s locations only, and remembers the chosen one across restarts', async () => {
    const first = build();
    const state = await signIn(first.session);
    expect(state).toMatchObject({
      signedIn: true,
      userName: 'North Desk',
      locationId: null,
      credentialStorage: 'encrypted',
    });
    expect(state.locations.map((location) => [location.id, location.timezone])).toEqual([
      [101, 'America/New_York'],
      [102, 'Asia/Almaty'],
    ]);
    first.session.selectLocation(102);
    expect(() => first.session.selectLocation(103)).toThrow(/FORBIDDEN/);

    const sealed = JSON.stringify(first.store.dump());
    expect(sealed).not.toContain(partnerToken);
    expect(sealed).not.toContain(user.password);

    const restarted = build({ store: first.store });
    const restored = await restarted.session.restore();
    expect(restored).toMatchObject({ signedIn: true, locationId: 102, connection: { kind: 'custom' } });
  });

  it('keeps credentials in memory only when the system cannot encrypt them', async () => {
    const { session, store } = build({ encrypt: false });
    expect((await signIn(session)).credentialStorage).toBe('memory');
    expect(store.dump()['vault']).toBeUndefined();
    const restarted = build({ store, encrypt: false });
    expect((await restarted.session.restore()).signedIn).toBe(false);
  });

  it('forgets a vault it cannot open instead of failing to start', async () => {
    const store = createMemoryStore({
      vault: { kind: 'custom', baseUrl: emulator.url, userName: 'x', sealed: 'garbage' },
    });
    const { session } = build({ store });
    expect((await session.restore()).signedIn).toBe(false);
    expect(store.dump()['vault']).toBeUndefined();
  });

  it('ends the session on a 401, says why, and wipes the stored credentials', async () => {
    let revoked = false;
    const revokingFetch: typeof fetch = (input, init) =>
      revoked
        ? Promise.resolve(
            new Response(
              JSON.stringify({ success: false, data: null, meta: { message: 'Authentication needed.' } }),
              { status: 401 },
            ),
          )
        : fetch(input, init);
    const { session, store, sink } = build({ fetch: revokingFetch });
    await signIn(session);
    session.selectLocation(101);
    revoked = true;
    await expect(session.withLocation(101, (client) => client.locations.get(101))).rejects.toBeInstanceOf(
      AltegioError,
    );
    expect(session.state()).toMatchObject({ signedIn: false, endedBecause: 'tokenRejected' });
    expect(store.dump()['vault']).toBeUndefined();
    expect(sink).toHaveBeenCalledWith('session.expired', { reason: 'tokenRejected' });
  });

  it('keeps a saved session it cannot reopen for want of a network, and reopens it when asked', async () => {
    const own = await startEmulator({
      port: 0,
      partnerToken,
      users: [user],
      rateLimit: false,
      now: TEST_NOW,
    });
    const port = Number(new URL(own.url).port);
    const first = build();
    await first.session.signIn({
      connection: 'custom',
      customUrl: own.url,
      partnerToken,
      login: user.login,
      password: user.password,
    });
    await own.close();

    const restarted = build({ store: first.store });
    const offline = await restarted.session.restore();
    expect(offline).toMatchObject({ signedIn: false, endedBecause: null });
    expect(offline.restoreProblem).toEqual({ code: 'NETWORK', host: `127.0.0.1:${port}` });
    expect(first.store.dump()['vault']).toBeDefined();

    const back = await startEmulator({ port, partnerToken, users: [user], rateLimit: false, now: TEST_NOW });
    try {
      expect(await restarted.session.restore()).toMatchObject({ signedIn: true, restoreProblem: null });
    } finally {
      await back.close();
    }
  });

  it('signs out completely', async () => {
    const { session, store } = build();
    await signIn(session);
    expect(session.signOut()).toMatchObject({ signedIn: false, endedBecause: null, locations: [] });
    expect(store.dump()['vault']).toBeUndefined();
    await expect(session.withLocation(101, async () => 1)).rejects.toMatchObject({ code: 'AUTH_REQUIRED' });
  });

  it('logs nothing secret, even when sign-in fails', async () => {
    const { session, lines } = build();
    await expect(
      session.signIn({
        connection: 'custom',
        customUrl: emulator.url,
        partnerToken,
        login: user.login,
        password: 'Wrong-Pass-123',
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      params: { reason: 'credentials' },
      detail: { fields: { password: 'issue.password.rejected' } },
    });
    await signIn(session);
    const text = lines.join('\n');
    expect(text).not.toContain(partnerToken);
    expect(text).not.toContain(user.password);
    expect(text).not.toContain('Wrong-Pass-123');
  });
});
