import { z } from 'zod';
import { ConnectionKind } from '../../shared/domain/session';
import type { KeyValueStore } from './store';

/** What encrypts secrets at rest: Electron's safeStorage in the app, a test double elsewhere. */
export interface SecretBox {
  /** False when the OS offers only obfuscation (Linux 'basic_text'): secrets then stay in memory. */
  canEncrypt(): boolean;
  encrypt(plain: string): string;
  decrypt(cipher: string): string;
}

export interface Credentials {
  kind: ConnectionKind;
  baseUrl: string;
  partnerToken: string;
  userToken: string;
  userName: string;
}

const StoredVault = z.object({
  kind: ConnectionKind,
  baseUrl: z.string(),
  userName: z.string(),
  /** JSON of the two tokens, encrypted by the SecretBox. */
  sealed: z.string(),
});

const Tokens = z.object({ partnerToken: z.string(), userToken: z.string() });

export interface Vault {
  readonly persistent: boolean;
  load(): Credentials | null;
  save(credentials: Credentials): void;
  clear(): void;
}

/**
 * Credentials at rest. Tokens are sealed with the SecretBox before they touch the store; without real
 * encryption nothing secret is written and the session lasts until the app quits.
 */
export function createVault(store: KeyValueStore, box: SecretBox): Vault {
  let inMemory: Credentials | null = null;
  const persistent = box.canEncrypt();
  return {
    persistent,
    load() {
      if (!persistent) return inMemory;
      const stored = StoredVault.safeParse(store.get('vault'));
      if (!stored.success) return null;
      try {
        const tokens = Tokens.parse(JSON.parse(box.decrypt(stored.data.sealed)));
        return {
          kind: stored.data.kind,
          baseUrl: stored.data.baseUrl,
          userName: stored.data.userName,
          ...tokens,
        };
      } catch {
        store.delete('vault');
        return null;
      }
    },
    save(credentials) {
      if (!persistent) {
        inMemory = credentials;
        return;
      }
      const sealed = box.encrypt(
        JSON.stringify({ partnerToken: credentials.partnerToken, userToken: credentials.userToken }),
      );
      store.set('vault', {
        kind: credentials.kind,
        baseUrl: credentials.baseUrl,
        userName: credentials.userName,
        sealed,
      });
    },
    clear() {
      inMemory = null;
      store.delete('vault');
    },
  };
}
