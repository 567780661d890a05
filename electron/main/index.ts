import { join } from 'node:path';
import { app, BrowserWindow, clipboard, ipcMain, Menu, protocol, session } from 'electron';
import { EVENT_IPC_CHANNEL } from '../../shared/contract';
import { createMainCore } from './core';
import { contentSecurityPolicy } from './csp';
import { DEMO_CREDENTIALS, startEmulator, type RunningEmulator } from '../emulator';
import { createLimiter } from './altegio/limiter';
import { createElectronFiles } from './electronFiles';
import { createElectronStore } from './electronStore';
import { bindIpc } from './ipc/bindIpc';
import { createLogger, SecretRegistry } from './log';
import { createLogFile } from './logFile';
import { createRendererResponder } from './rendererProtocol';
import { createSafeStorageBox } from './safeStorageBox';
import { APP_ORIGIN, APP_SCHEME } from './security';
import { createViewerFiles } from './viewerFiles';
import { createMainWindow, hardenSession, hardenWebContents, packagedMenuTemplate } from './window';

// Must happen before 'ready': the renderer is served from app://frontdesk, a secure standard origin.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

const secrets = new SecretRegistry();
let demo: Promise<RunningEmulator> | null = null;
let logger = createLogger((line) => console.log(line), secrets);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, logger, app.isPackaged));
  void app.whenReady().then(start);
}

function fileLogger() {
  const file = createLogFile({ dir: app.getPath('logs') });
  return createLogger((line) => {
    file.write(line);
    if (!app.isPackaged) console.log(line);
  }, secrets);
}

/** The demo location: the embedded emulator in this process, its data kept in the user-data folder. */
async function startDemo() {
  demo ??= startEmulator({ port: 0, dataFile: join(app.getPath('userData'), 'demo-location.json') });
  const running = await demo;
  return {
    baseUrl: running.url,
    partnerToken: DEMO_CREDENTIALS.partnerToken,
    login: DEMO_CREDENTIALS.login,
    password: DEMO_CREDENTIALS.password,
  };
}

function start(): void {
  logger = fileLogger();
  const packaged = app.isPackaged;
  const devServerUrl = packaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  const csp = contentSecurityPolicy({ development: Boolean(devServerUrl) });

  protocol.handle(APP_SCHEME, createRendererResponder(join(import.meta.dirname, '../renderer'), csp));
  hardenSession(session.defaultSession, csp, logger);
  // DevTools are off when packaged (window.ts); the menu offers neither them nor Reload.
  if (packaged) Menu.setApplicationMenu(Menu.buildFromTemplate(packagedMenuTemplate(process.platform)));

  const viewerFiles = createViewerFiles(app.getPath('temp'));
  const core = createMainCore({
    store: createElectronStore(),
    appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform, packaged },
    trustedOrigins: devServerUrl ? [APP_ORIGIN, devServerUrl] : [APP_ORIGIN],
    logger,
    secrets,
    secretBox: createSafeStorageBox(),
    startDemo,
    files: createElectronFiles(viewerFiles),
    clipboard,
    // The app's locale is what Chromium gives the renderer as navigator.languages, which the screens
    // resolve 'system' through: one source, so Altegio answers in the language the screens speak.
    systemLanguages: () => [app.getLocale()],
    clientOptions: { limiter: createLimiter() },
    eventSink: (event, payload) => {
      for (const window of BrowserWindow.getAllWindows())
        window.webContents.send(EVENT_IPC_CHANNEL, event, payload);
    },
  });
  bindIpc(ipcMain, core.invoke);
  void core.session.restore();
  app.on('will-quit', () => {
    void demo?.then((running) => running.close());
    const left = viewerFiles.removeAll();
    if (left.length)
      logger.warn('Copies still open in a viewer stay in the temporary folder', { count: left.length });
  });

  const openWindow = () =>
    createMainWindow({
      preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
      url: devServerUrl ?? `${APP_ORIGIN}/index.html`,
      settings: core.settings,
      packaged,
    });
  let mainWindow = openWindow();

  app.on('second-instance', () => {
    if (mainWindow.isDestroyed()) mainWindow = openWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  logger.info(`Frontdesk ${app.getVersion()} started`);
}
