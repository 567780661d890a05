import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import type { FilesPort } from './files';
import type { ViewerFiles } from './viewerFiles';

/** The app's file port: Electron's save dialog, the file system, and the system's viewer. */
export function createElectronFiles(viewerFiles: ViewerFiles): FilesPort {
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
      // The viewer needs a file: a private copy, removed when Frontdesk quits (see viewerFiles.ts).
      const path = await viewerFiles.write(bytes, name);
      const problem = await shell.openPath(path);
      if (problem) throw new Error(problem);
    },
  };
}
