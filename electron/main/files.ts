/**
 * File effects only Electron can have (the system save dialog, the system viewer), injected into the
 * handlers so they run in plain Node tests. The app's port is electronFiles.ts.
 */
export interface FilesPort {
  /** Asks where to save; null when the person cancels the dialog. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** Shows the bytes in the system's viewer for their kind (`name` gives the file its extension). */
  openFile(bytes: Uint8Array, name: string): Promise<void>;
}

/** How far from the end the `%%EOF` trailer may sit (writers append a newline or a little padding). */
const TRAILER_WINDOW = 1024;

/**
 * Whether the bytes are a PDF document: the `%PDF-1.x` header first and the `%%EOF` trailer near the
 * end. An HTML error page or a truncated download fails one or the other.
 */
export function isPdf(bytes: Uint8Array): boolean {
  if (bytes.length < 16) return false;
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (!/^%PDF-\d\.\d/.test(head)) return false;
  const tail = Buffer.from(bytes.subarray(Math.max(8, bytes.length - TRAILER_WINDOW))).toString('latin1');
  return tail.includes('%%EOF');
}
