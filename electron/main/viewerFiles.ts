import { rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/**
 * Copies of documents handed to the system's viewer (a receipt holds a client's name and what they
 * paid). Each copy gets a fresh folder that only this user can enter, named unguessably and created
 * atomically, so nobody can plant a folder or a link there first; the file is created, never reused,
 * and readable by this user alone. A fresh folder per copy also means a viewer still holding the last
 * copy open (Windows locks it) never blocks the next one. Plain Node, so it is tested without Electron.
 */
export interface ViewerFiles {
  /** Writes the bytes as `name` in a new private folder under the root; answers the file's path. */
  write(bytes: Uint8Array, name: string): Promise<string>;
  /** Removes every folder this run made; answers those it could not (a viewer may still hold one). */
  removeAll(): string[];
}

export function createViewerFiles(root: string): ViewerFiles {
  const made: string[] = [];
  return {
    async write(bytes, name) {
      const fileName = basename(name);
      if (!fileName || fileName === '.' || fileName === '..') throw new Error('Not a file name');
      const dir = await mkdtemp(join(root, 'frontdesk-')); // mode 0700
      made.push(dir);
      const path = join(dir, fileName);
      await writeFile(path, bytes, { flag: 'wx', mode: 0o600 });
      return path;
    },
    removeAll() {
      // Synchronous: it runs as the app quits, when nothing waits for a promise.
      const left = made.splice(0).filter((dir) => {
        try {
          rmSync(dir, { recursive: true, force: true });
          return false;
        } catch {
          return true;
        }
      });
      made.push(...left);
      return left;
    },
  };
}
