import { mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { FilesPort } from '../../electron/main/files';

/** The test's file port: a save dialog that answers as told, writing into a temp folder the test reads. */
export interface TestFiles extends FilesPort {
  /** Where saves land (a fresh folder under the system's temp files). */
  dir: string;
  /** The names the save dialog suggested, one per time it was shown. */
  asked: string[];
  /** The paths written. */
  written: string[];
  /** What was shown in the "system viewer". */
  opened: Array<{ name: string; bytes: Uint8Array }>;
  /** The next save dialog is cancelled. */
  cancelNextSave(): void;
}

export function createTestFiles(): TestFiles {
  let cancel = false;
  const files: TestFiles = {
    dir: mkdtempSync(join(tmpdir(), 'frontdesk-files-')),
    asked: [],
    written: [],
    opened: [],
    cancelNextSave: () => void (cancel = true),
    chooseSavePath: async (suggestedName) => {
      files.asked.push(suggestedName);
      if (cancel) {
        cancel = false;
        return null;
      }
      return join(files.dir, basename(suggestedName));
    },
    writeFile: async (path, bytes) => {
      await writeFile(path, bytes);
      files.written.push(path);
    },
    openFile: async (bytes, name) => {
      files.opened.push({ name, bytes: Uint8Array.from(bytes) });
    },
  };
  return files;
}
