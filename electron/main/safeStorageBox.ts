import { safeStorage } from 'electron';
import type { SecretBox } from './vault';

/** safeStorage behind the SecretBox interface; Linux's 'basic_text' backend does not count as encryption. */
export function createSafeStorageBox(): SecretBox {
  return {
    canEncrypt: () =>
      safeStorage.isEncryptionAvailable() &&
      !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
    encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
    decrypt: (cipher) => safeStorage.decryptString(Buffer.from(cipher, 'base64')),
  };
}
