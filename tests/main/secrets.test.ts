import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../electron/emulator';
import { userTokenFor } from '../../electron/emulator/seed/index';
import { createLogger, SecretRegistry } from '../../electron/main/log';
import { createLogFile } from '../../electron/main/logFile';
import type { Result } from '../../shared/errors';
import { TEST_NOW } from '../support/testClock';
import { createTestFiles } from '../support/testFiles';

// safeStorage as the OS offers it: a keyring that really encrypts, or Linux's 'basic_text' obfuscation.
const keyring = vi.hoisted(() => ({ backend: 'gnome_libsecret' }));

vi.mock('electron', () => {
  const app = { getPath: () => tmpdir(), getVersion: () => '0.0.0-test', getName: () => 'frontdesk' };
  const flip = (bytes: Buffer) => Buffer.from(bytes.map((byte) => byte ^ 0x5a));
  const safeStorage = {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => keyring.backend,
    encryptString: (plain: string) => flip(Buffer.from(plain)),
    decryptString: (cipher: Buffer) => flip(cipher).toString(),
  };
  return { default: { app, safeStorage }, app, safeStorage };
});

const { createElectronStore } = await import('../../electron/main/electronStore');
const { createSafeStorageBox } = await import('../../electron/main/safeStorageBox');
const { createMainCore } = await import('../../electron/main/core');

const OWN_PAGE = 'app://frontdesk/index.html';
const LOGIN = 'desk@markers.test';
const marker = (kind: string) => `${kind}-${randomUUID()}`;
const partnerToken = marker('partner-token');
const password = marker('password');
const userToken = userTokenFor(partnerToken, LOGIN, password);
const markers = { partnerToken, password, userToken };

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    now: TEST_NOW,
    rateLimit: false,
    partnerToken,
    users: [{ login: LOGIN, password, name: 'Marker Desk', locationIds: [101] }],
  });
});
afterAll(() => emulator.close());
beforeEach(() => {
  keyring.backend = 'gnome_libsecret';
});

/** Everything the user-data folder holds (the electron-store file, the log files), byte for byte. */
function filesUnder(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) => (statSync(path).isDirectory() ? filesUnder(path) : readFileSync(path, 'latin1')))
    .join('\n');
}

/**
 * One run of the app's main side: the real electron-store file and rotating log file in `userData`,
 * safeStorage behind the app's SecretBox, every IPC answer and push recorded, the wire watched.
 */
function startApp(userData: string, seen: { wire: Array<{ url: string; authorization: string }> }) {
  const logFile = createLogFile({ dir: join(userData, 'logs') });
  const secrets = new SecretRegistry();
  const logLines: string[] = [];
  const answers: unknown[] = [];
  const pushes: unknown[] = [];
  const tamper = { rejectUserToken: false };
  const watchingFetch: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    seen.wire.push({ url: String(input), authorization: headers.get('authorization') ?? '' });
    // Altegio revoking the token: the emulator itself answers 401 to a user token it does not know.
    if (tamper.rejectUserToken)
      headers.set('authorization', `${headers.get('authorization')}`.replace(/User \S+/, 'User revoked'));
    return fetch(input, { ...init, headers });
  };
  const store = createElectronStore({ cwd: userData });
  const core = createMainCore({
    store,
    appInfo: { name: 'frontdesk', version: '0.0.0-test', platform: 'linux', packaged: true },
    trustedOrigins: ['app://frontdesk'],
    logger: createLogger((line) => {
      logLines.push(line);
      logFile.write(line);
    }, secrets),
    secrets,
    secretBox: createSafeStorageBox(),
    startDemo: () => Promise.reject(new Error('no demo here')),
    systemLanguages: () => ['en-US'],
    files: createTestFiles(),
    clipboard: { writeText: () => undefined },
    eventSink: (event, payload) => pushes.push({ event, payload }),
    clientOptions: {
      fetch: watchingFetch,
      transport: { baseDelayMs: 5, maxDelayMs: 50, maxAttempts: 2 },
    },
  });
  const invoke = async (channel: string, input?: unknown) => {
    const result = (await core.invoke(channel, input, { senderUrl: OWN_PAGE })) as Result<unknown>;
    answers.push(result);
    return result;
  };
  /** Every place a secret could leak to, apart from the Authorization header on the way to Altegio. */
  const outside = () => JSON.stringify({ files: filesUnder(userData), logLines, answers, pushes });
  return { core, invoke, tamper, outside, storePath: store.path };
}

const signInInput = (customUrl: string) => ({
  connection: 'custom',
  customUrl,
  partnerToken,
  login: LOGIN,
  password,
});

function expectNoMarkers(text: string) {
  for (const [name, value] of Object.entries(markers)) {
    expect(text.includes(value), `${name} leaked`).toBe(false);
    expect(text.includes(Buffer.from(value).toString('base64')), `${name} leaked as base64`).toBe(false);
  }
}

describe('tokens and the password never leave main in clear text', () => {
  it('across sign-in, a restart, a 401 and sign-out, with an encrypting keyring', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'frontdesk-secrets-'));
    const seen = { wire: [] as Array<{ url: string; authorization: string }> };
    const first = startApp(userData, seen);

    expect(await first.invoke('session.signIn', signInInput(emulator.url))).toMatchObject({
      ok: true,
      data: { signedIn: true, credentialStorage: 'encrypted' },
    });
    expect(await first.invoke('team.list', { locationId: 101 })).toMatchObject({ ok: true });
    // The session outlives the app, sealed by the keyring: the file has it, but not in clear text.
    expect(JSON.parse(readFileSync(first.storePath, 'utf8')).vault).toMatchObject({
      sealed: expect.any(String),
    });
    expectNoMarkers(first.outside());

    const second = startApp(userData, seen);
    expect(await second.core.session.restore()).toMatchObject({ signedIn: true });
    expect(await second.invoke('team.list', { locationId: 101 })).toMatchObject({ ok: true });
    expect(seen.wire.at(-1)?.authorization).toBe(`Bearer ${partnerToken}, User ${userToken}`);

    second.tamper.rejectUserToken = true;
    expect(await second.invoke('team.list', { locationId: 101 })).toMatchObject({
      ok: false,
      error: { code: 'AUTH_REQUIRED' },
    });
    expect(second.core.session.state()).toMatchObject({ signedIn: false, endedBecause: 'tokenRejected' });
    expect(JSON.parse(readFileSync(second.storePath, 'utf8')).vault).toBeUndefined();
    second.tamper.rejectUserToken = false;

    expect(await second.invoke('session.signIn', signInInput(emulator.url))).toMatchObject({ ok: true });
    expect(await second.invoke('session.signOut')).toMatchObject({ ok: true, data: { signedIn: false } });
    expect(JSON.parse(readFileSync(second.storePath, 'utf8')).vault).toBeUndefined();

    expectNoMarkers(first.outside());
    expectNoMarkers(second.outside());
    // The log file was written and the watch saw the real credentials go to Altegio: the checks above
    // looked at real bytes.
    expect(readFileSync(join(userData, 'logs', 'frontdesk.log'), 'utf8')).toMatch(/GET \S+ → 200/);
    expect(seen.wire.some(({ authorization }) => authorization.includes(userToken))).toBe(true);
  });

  it("keeps the session in memory only on Linux's 'basic_text' backend", async () => {
    keyring.backend = 'basic_text';
    const userData = mkdtempSync(join(tmpdir(), 'frontdesk-secrets-'));
    const seen = { wire: [] as Array<{ url: string; authorization: string }> };
    const first = startApp(userData, seen);
    expect(await first.invoke('session.signIn', signInInput(emulator.url))).toMatchObject({
      ok: true,
      data: { signedIn: true, credentialStorage: 'memory' },
    });
    expect(await first.invoke('session.selectLocation', { locationId: 101 })).toMatchObject({ ok: true });
    expect(await first.invoke('team.list', { locationId: 101 })).toMatchObject({ ok: true });
    expect(JSON.parse(readFileSync(first.storePath, 'utf8'))).toEqual({ lastLocationId: 101 });

    const second = startApp(userData, seen);
    expect(await second.core.session.restore()).toMatchObject({ signedIn: false });
    expectNoMarkers(first.outside());
    expectNoMarkers(second.outside());
  });

  it('sends nothing to another origin when the server redirects there', async () => {
    const emulatorOrigin = new URL(emulator.url);
    // Same emulator, other origin: localhost instead of 127.0.0.1.
    const elsewhere = `http://localhost:${emulatorOrigin.port}`;
    const redirector = createServer((request, response) => {
      response.writeHead(307, { location: `${elsewhere}${request.url}` }).end();
    });
    await new Promise<void>((done) => redirector.listen(0, '127.0.0.1', done));
    const origin = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}`;
    const reached: string[] = [];
    emulator.beforeRequest(({ path }) => void reached.push(path));
    try {
      const userData = mkdtempSync(join(tmpdir(), 'frontdesk-secrets-'));
      const seen = { wire: [] as Array<{ url: string; authorization: string }> };
      const app = startApp(userData, seen);
      expect(await app.invoke('session.signIn', signInInput(`${origin}/api/v1`))).toMatchObject({
        ok: false,
        error: { code: 'SERVER', params: { reason: 'redirect' } },
      });
      expect(seen.wire.length).toBeGreaterThan(0);
      for (const { url } of seen.wire) expect(url.startsWith(`${origin}/`)).toBe(true);
      expect(reached).toEqual([]);
      expectNoMarkers(app.outside());
    } finally {
      emulator.beforeRequest(null);
      redirector.close();
    }
  });
});
