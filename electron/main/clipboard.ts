/**
 * Text onto the system clipboard, from main: the renderer is refused every permission, the clipboard's
 * included, so copying a client's phone number goes through here. The app's port is Electron's clipboard.
 */
export interface ClipboardPort {
  writeText(text: string): void;
}
