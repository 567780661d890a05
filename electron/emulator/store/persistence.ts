import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { StoreSnapshot } from './types';

const SAVE_DELAY_MS = 100;

/** Reads a saved store; null when the file does not exist. Throws on a file that is not an emulator store. */
export function loadSnapshot(file: string): StoreSnapshot | null {
  if (!existsSync(file)) return null;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const candidate = parsed as Partial<StoreSnapshot> | null;
  if (candidate?.format !== 'frontdesk-altegio-emulator' || candidate.version !== 1) {
    throw new Error(`${file} is not an Altegio emulator data file`);
  }
  return candidate as StoreSnapshot;
}

/**
 * Debounced, atomic saving: a burst of mutations produces one write, written to a temporary file first
 * and renamed over the target so a crash never leaves half a file.
 */
export class SnapshotSaver {
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly takeSnapshot: () => StoreSnapshot,
  ) {}

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.saveNow();
    }, SAVE_DELAY_MS);
  }

  saveNow(): Promise<void> {
    const json = JSON.stringify(this.takeSnapshot());
    this.writing = this.writing
      .then(async () => {
        const tmp = `${this.file}.${process.pid}.tmp`;
        await mkdir(dirname(this.file), { recursive: true });
        await writeFile(tmp, json);
        await rename(tmp, this.file);
      })
      .catch((error: unknown) => console.error(`Altegio emulator: could not save ${this.file}:`, error));
    return this.writing;
  }

  /** Writes any pending change and stops the timer. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      await this.saveNow();
    }
    await this.writing;
  }
}
