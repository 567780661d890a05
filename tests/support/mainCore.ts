import type { Limiter } from '../../electron/main/altegio/limiter';
import { createMainCore, type MainCore } from '../../electron/main/core';
import type { EventSink } from '../../electron/main/ipc/events';
import { createLogger, SecretRegistry } from '../../electron/main/log';
import type { DemoBackend } from '../../electron/main/session';
import { createMemoryStore } from '../../electron/main/store';
import type { SecretBox } from '../../electron/main/vault';
import { createTestFiles, type TestFiles } from './testFiles';
import { runningClockFrom, TEST_NOW } from './testClock';

/** A reversible stand-in for safeStorage whose output never contains the plain text. */
export function createTestSecretBox(canEncrypt = true): SecretBox {
  const flip = (text: string) => [...text].map((c) => String.fromCharCode(c.charCodeAt(0) ^ 0x5a)).join('');
  return {
    canEncrypt: () => canEncrypt,
    encrypt: (plain) => 'sealed:' + Buffer.from(flip(plain), 'utf8').toString('base64'),
    decrypt: (cipher) => flip(Buffer.from(cipher.replace(/^sealed:/, ''), 'base64').toString('utf8')),
  };
}

export interface TestCoreOptions {
  trustedOrigins: readonly string[];
  version?: string;
  eventSink?: EventSink;
  startDemo?: () => Promise<DemoBackend>;
  secretBox?: SecretBox;
  store?: ReturnType<typeof createMemoryStore>;
  /** The app's rate limiter, for tests that share an emulator's rate limit with raw HTTP calls. */
  limiter?: Limiter;
  /** The system's preferred languages (Electron's app.getPreferredSystemLanguages()); English by default. */
  systemLanguages?: () => readonly string[];
  /** Main's clock; defaults to the run's pinned instant (TEST_NOW), running from there. */
  now?: () => number;
}

export interface TestCore extends MainCore {
  store: ReturnType<typeof createMemoryStore>;
  logs: string[];
  secrets: SecretRegistry;
  files: TestFiles;
  /** Every text copied to the clipboard, in order. */
  copied: string[];
}

/** The real main-side core with in-memory storage: what tests put behind window.frontdesk or call directly. */
export function createTestCore(options: TestCoreOptions): TestCore {
  const logs: string[] = [];
  const secrets = new SecretRegistry();
  const store = options.store ?? createMemoryStore();
  const files = createTestFiles();
  const copied: string[] = [];
  const core = createMainCore({
    store,
    appInfo: { name: 'frontdesk', version: options.version ?? '1.2.3', platform: 'linux', packaged: false },
    trustedOrigins: options.trustedOrigins,
    logger: createLogger((line) => logs.push(line), secrets),
    secrets,
    eventSink: options.eventSink ?? (() => {}),
    secretBox: options.secretBox ?? createTestSecretBox(),
    now: options.now ?? runningClockFrom(TEST_NOW),
    systemLanguages: options.systemLanguages ?? (() => ['en-US']),
    startDemo: options.startDemo ?? (() => Promise.reject(new Error('This test has no demo location.'))),
    files,
    clipboard: { writeText: (text) => void copied.push(text) },
    clientOptions: {
      limiter: options.limiter,
      transport: { baseDelayMs: 20, maxDelayMs: 2_000, timeoutMs: 5_000 },
    },
  });
  return { ...core, store, logs, secrets, files, copied };
}
