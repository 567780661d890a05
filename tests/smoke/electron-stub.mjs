// A stand-in for the `electron` module that records what the main bundle asks of it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const userData = process.env.STUB_USER_DATA;
mkdirSync(userData, { recursive: true });

let resolveReady;
const ready = new Promise((resolve) => (resolveReady = resolve));

export const recorded = {
  appListeners: {},
  ipcHandlers: new Map(),
  privilegedSchemes: [],
  protocolHandlers: new Map(),
  windows: [],
  openedExternal: [],
  copied: [],
  permissionRequestHandler: undefined,
  permissionCheckHandler: undefined,
  headersReceived: undefined,
  sandboxEnabled: false,
  singleInstanceRequested: false,
  quitCalled: false,
  applicationMenu: undefined,
  fireReady: () => resolveReady(),
};
globalThis.__electronStub = recorded;

function emitter(target) {
  target.listeners = {};
  target.on = (event, listener) => {
    (target.listeners[event] ??= []).push(listener);
    return target;
  };
  target.once = target.on;
  target.emit = (event, ...args) => (target.listeners[event] ?? []).forEach((listener) => listener(...args));
  return target;
}

export const app = emitter({
  isPackaged: process.env.STUB_PACKAGED === '1',
  getName: () => 'frontdesk',
  getVersion: () => '0.0.0-smoke',
  getPath: (name) => (name === 'userData' ? userData : join(userData, name)),
  getAppPath: () => process.cwd(),
  getPreferredSystemLanguages: () => ['en-US'],
  whenReady: () => ready,
  isReady: () => false,
  requestSingleInstanceLock: () => {
    recorded.singleInstanceRequested = true;
    return process.env.STUB_LOCK_TAKEN !== '1';
  },
  quit: () => {
    recorded.quitCalled = true;
  },
  enableSandbox: () => {
    recorded.sandboxEnabled = true;
  },
});
recorded.appListeners = app.listeners;

class WebContents {
  constructor() {
    emitter(this);
    this.sent = [];
    this.windowOpenHandler = undefined;
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  send(...args) {
    this.sent.push(args);
  }
  closeDevTools() {}
}

export class BrowserWindow {
  constructor(options) {
    emitter(this);
    this.options = options;
    this.webContents = new WebContents();
    this.destroyed = false;
    this.bounds = { x: options.x ?? 50, y: options.y ?? 50, width: options.width, height: options.height };
    recorded.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  static getAllWindows() {
    return recorded.windows.filter((window) => !window.destroyed);
  }
  static getFocusedWindow() {
    return BrowserWindow.getAllWindows()[0] ?? null;
  }
  loadURL(url) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  getNormalBounds() {
    return this.bounds;
  }
  isMaximized() {
    return false;
  }
  isMinimized() {
    return false;
  }
  maximize() {}
  restore() {}
  show() {}
  focus() {}
}

export const ipcMain = emitter({
  handle: (channel, handler) => recorded.ipcHandlers.set(channel, handler),
  removeHandler: (channel) => recorded.ipcHandlers.delete(channel),
});

export const protocol = {
  registerSchemesAsPrivileged: (schemes) => recorded.privilegedSchemes.push(...schemes),
  handle: (scheme, handler) => recorded.protocolHandlers.set(scheme, handler),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler) => (recorded.permissionRequestHandler = handler),
    setPermissionCheckHandler: (handler) => (recorded.permissionCheckHandler = handler),
    webRequest: { onHeadersReceived: (handler) => (recorded.headersReceived = handler) },
  },
};

export const shell = {
  openExternal: async (url) => {
    recorded.openedExternal.push(url);
  },
  openPath: async () => '',
};

export const clipboard = {
  writeText: (text) => {
    recorded.copied.push(text);
  },
};

export const dialog = { showSaveDialog: async () => ({ canceled: true, filePath: '' }) };

export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };

export const safeStorage = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptString: (text) => Buffer.from(`enc:${Buffer.from(text).toString('base64')}`),
  decryptString: (buffer) => Buffer.from(buffer.toString().slice(4), 'base64').toString(),
};

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => (recorded.applicationMenu = menu),
};

export const nativeTheme = emitter({ shouldUseDarkColors: false, themeSource: 'system' });
export const contextBridge = { exposeInMainWorld() {} };
export const ipcRenderer = emitter({ invoke: async () => undefined, sendSync: () => undefined });

export default {
  app,
  BrowserWindow,
  ipcMain,
  protocol,
  session,
  shell,
  dialog,
  screen,
  safeStorage,
  nativeTheme,
  Menu,
  contextBridge,
  ipcRenderer,
};
