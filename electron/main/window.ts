import {
  BrowserWindow,
  screen,
  shell,
  type MenuItemConstructorOptions,
  type Session,
  type WebContents,
} from 'electron';
import type { Logger } from './log';
import { safeExternalUrl } from './security';
import type { Settings } from './settings';
import { fitToDisplays } from './windowState';

/** Every permission (camera, notifications, geolocation, …) is refused: the calendar needs none. */
export function hardenSession(ses: Session, csp: string, logger: Logger): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => {
    logger.warn('Permission request denied', { permission });
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}

/** Applied to every WebContents the app ever creates (see app 'web-contents-created'). */
export function hardenWebContents(contents: WebContents, logger: Logger, packaged: boolean): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    const external = safeExternalUrl(url);
    if (external) void shell.openExternal(external);
    else logger.warn('Navigation blocked', { url: String(url).slice(0, 200) });
  });
  // will-navigate sees only the top frame; a frame inside the page may not navigate anywhere either.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return;
    event.preventDefault();
    logger.warn('Frame navigation blocked', { url: String(event.url).slice(0, 200) });
  });
  contents.on('will-redirect', (event, url) => {
    event.preventDefault();
    logger.warn('Redirect blocked', { url: String(url).slice(0, 200) });
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn('<webview> blocked');
  });
  contents.setWindowOpenHandler(({ url }) => {
    const external = safeExternalUrl(url);
    if (external) void shell.openExternal(external);
    else logger.warn('window.open blocked', { url: String(url).slice(0, 200) });
    return { action: 'deny' };
  });
  if (packaged) contents.on('devtools-opened', () => contents.closeDevTools());
}

/**
 * The packaged app's menu. Electron's default menu has a View menu with Reload (Ctrl+R, which would
 * drop unsaved dialogs) and Toggle Developer Tools (Ctrl+Shift+I); this one keeps editing, zoom, full
 * screen and the window commands, and has neither.
 */
export function packagedMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}

export interface MainWindowOptions {
  preloadPath: string;
  url: string;
  settings: Settings;
  packaged: boolean;
}

export function createMainWindow({ preloadPath, url, settings, packaged }: MainWindowOptions): BrowserWindow {
  const state = fitToDisplays(
    settings.getWindowState(),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Frontdesk',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !packaged,
    },
  });

  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const saveState = () => {
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    settings.setWindowState({ ...bounds, maximized: window.isMaximized() });
  };
  const saveSoon = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveState, 400);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', () => {
    clearTimeout(saveTimer);
    saveState();
  });

  void window.loadURL(url);
  return window;
}
