import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../electron/main/handlers';
import { createOfflineDays } from '../../electron/main/offlineDays';
import { createEventBus } from '../../electron/main/ipc/events';
import { createInvoker, type Handlers } from '../../electron/main/ipc/invoker';
import { createLogger, SecretRegistry } from '../../electron/main/log';
import { APP_ORIGIN, isTrustedSender } from '../../electron/main/security';
import { createSession } from '../../electron/main/session';
import { createSettings } from '../../electron/main/settings';
import { createMemoryStore } from '../../electron/main/store';
import { createVault } from '../../electron/main/vault';
import { AppError } from '../../shared/errors';
import { createTestCore, createTestSecretBox } from '../support/mainCore';
import { createTestFiles } from '../support/testFiles';
import { defaultPreferences } from '../../shared/domain/preferences';

const own = { senderUrl: `${APP_ORIGIN}/index.html` };
const appInfo = { name: 'frontdesk', version: '9.9.9', platform: 'linux', packaged: false };

function setup(overrides: Partial<Handlers> = {}, maxPayloadBytes?: number) {
  const lines: string[] = [];
  const secrets = new SecretRegistry();
  const logger = createLogger((line) => lines.push(line), secrets);
  const sink = vi.fn();
  const store = createMemoryStore();
  const settings = createSettings(store);
  const events = createEventBus(sink, logger);
  const session = createSession({
    vault: createVault(store, createTestSecretBox()),
    store,
    secrets,
    events,
    logger,
    startDemo: () => Promise.reject(new Error('no demo')),
  });
  const handlers = {
    ...createHandlers({
      appInfo,
      settings,
      events,
      session,
      logger,
      files: createTestFiles(),
      clipboard: { writeText: () => {} },
      offlineDays: createOfflineDays(store, createTestSecretBox(), Date.now, () => null),
      now: Date.now,
    }),
    ...overrides,
  };
  const spies = Object.fromEntries(
    Object.entries(handlers).map(([name, fn]) => [name, vi.fn(fn)]),
  ) as unknown as Handlers;
  const invoke = createInvoker({
    handlers: spies,
    logger,
    maxPayloadBytes,
    isTrustedSender: (url) => isTrustedSender(url, [APP_ORIGIN]),
  });
  return { invoke, lines, secrets, sink, spies };
}

describe('invoke', () => {
  it('answers a valid request from the app page', async () => {
    const { invoke } = setup();
    await expect(invoke('app.info', undefined, own)).resolves.toEqual({
      ok: true,
      data: { name: 'frontdesk', version: '9.9.9', platform: 'linux', packaged: false },
    });
  });

  it.each([
    'https://evil.example',
    'file:///etc/passwd',
    'app://frontdesk.evil/index.html',
    'javascript:alert(1)',
    undefined,
  ])('refuses sender %s before reading the payload', async (senderUrl) => {
    const { invoke, spies } = setup();
    const result = await invoke('preferences.set', { theme: 'dark' }, { senderUrl });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(spies['preferences.set']).not.toHaveBeenCalled();
  });

  it.each(['nope', 'preferences.delete', '__proto__', 'constructor', 42, null, { channel: 'app.info' }])(
    'refuses unknown channel %s',
    async (channel) => {
      const { invoke } = setup();
      expect(await invoke(channel, undefined, own)).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL' },
      });
    },
  );

  it('refuses malformed input with field errors and never calls the handler', async () => {
    const { invoke, spies } = setup();
    const wrongType = await invoke('preferences.set', { theme: 42 }, own);
    expect(wrongType).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        params: { reason: 'input' },
        detail: { fields: { theme: expect.any(String) } },
      },
    });
    const unknownKey = await invoke('preferences.set', { theme: 'dark', windowState: { x: 0 } }, own);
    expect(unknownKey).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const notAnObject = await invoke('preferences.set', 'dark', own);
    expect(notAnObject).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const inputWhereNoneIsTaken = await invoke('app.info', { anything: true }, own);
    expect(inputWhereNoneIsTaken).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(spies['preferences.set']).not.toHaveBeenCalled();
    expect(spies['app.info']).not.toHaveBeenCalled();
  });

  it('refuses oversized and unserialisable payloads', async () => {
    const { invoke, spies } = setup({}, 1000);
    const big = await invoke('preferences.set', { theme: 'dark', padding: 'x'.repeat(5000) }, own);
    expect(big).toMatchObject({ ok: false, error: { code: 'VALIDATION', params: { reason: 'tooLarge' } } });
    const cyclic: Record<string, unknown> = { theme: 'dark' };
    cyclic['self'] = cyclic;
    expect(await invoke('preferences.set', cyclic, own)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await invoke('preferences.set', { theme: 10n }, own)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(spies['preferences.set']).not.toHaveBeenCalled();
  });

  it('maps a deliberate AppError to its code, params and detail, with no words of main’s', async () => {
    const { invoke } = setup({
      'preferences.get': () => {
        throw new AppError(
          'CONFLICT',
          { changedAt: '2027-01-12T10:00:00-05:00' },
          { fields: { theme: 'x' } },
        );
      },
    });
    expect(await invoke('preferences.get', undefined, own)).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        params: { changedAt: '2027-01-12T10:00:00-05:00' },
        detail: { fields: { theme: 'x' } },
      },
    });
  });

  it('bounds what an error repeats: long texts are cut and only 20 fields are kept', async () => {
    const { invoke } = setup({
      'preferences.get': () => {
        const fields = Object.fromEntries(
          Array.from({ length: 500 }, (_, i) => [`f${i}`.repeat(50), 'y'.repeat(5000)]),
        );
        throw new AppError(
          'VALIDATION',
          { reason: 'z'.repeat(100_000) },
          { message: 'm'.repeat(100_000), fields },
        );
      },
    });
    const result = await invoke('preferences.get', undefined, own);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result).length).toBeLessThan(10_000);
  });

  it('turns an unexpected error into INTERNAL without a stack or a secret, and logs it redacted', async () => {
    const token = 'user-token-abcdef123456';
    const { invoke, lines, secrets } = setup({
      'preferences.get': () => {
        throw new Error(`request with ${token} failed`);
      },
    });
    secrets.add(token);
    const result = await invoke('preferences.get', undefined, own);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const serialised = JSON.stringify(result);
    expect(serialised).not.toContain(token);
    expect(serialised).not.toMatch(/at .*\.ts:\d+/);
    expect(lines.join('\n')).toContain('failed');
    expect(lines.join('\n')).not.toContain(token);
  });

  it('refuses a handler answer outside the contract', async () => {
    const { invoke } = setup({ 'app.info': () => ({ version: 1 }) as never });
    expect(await invoke('app.info', undefined, own)).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });
});

describe('preferences through the core', () => {
  it('stores a change, returns the whole preferences and pushes preferences.changed', async () => {
    const sink = vi.fn();
    const core = createTestCore({ trustedOrigins: [APP_ORIGIN], eventSink: sink });
    const result = await core.invoke('preferences.set', { theme: 'dark' }, own);
    expect(result).toEqual({
      ok: true,
      data: { ...defaultPreferences, theme: 'dark' },
    });
    expect(await core.invoke('preferences.get', undefined, own)).toEqual(result);
    expect(sink).toHaveBeenCalledWith('preferences.changed', { ...defaultPreferences, theme: 'dark' });
  });
});
