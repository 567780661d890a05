import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import type { FilesPort } from './files';

/** The app's file port: Electron's save dialog, the file system, and the system's viewer. */
export function createElectronFiles(): FilesPort {
  return {
    async chooseSavePath(suggestedName) {
      const options = {
        defaultPath: join(app.getPath('documents'), basename(suggestedName)),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      };
      const window = BrowserWindow.getFocusedWindow();
      const choice = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return choice.canceled || !choice.filePath ? null : choice.filePath;
    },
    writeFile: (path, bytes) => writeFile(path, bytes),
    async openFile(bytes, name) {
      // The viewer needs a file: a folder of Frontdesk's own under the system's temporary files.
      const dir = join(app.getPath('temp'), 'frontdesk-receipts');
      await mkdir(dir, { recursive: true });
      const path = join(dir, basename(name));
      await writeFile(path, bytes);
      const problem = await shell.openPath(path);
      if (problem) throw new Error(problem);
    },
  };
}
