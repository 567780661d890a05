// Loads the built main bundle against the electron stand-in, drives it like Electron would, and prints
// what it observed as one JSON line. Run with: node --import ./tests/smoke/register.mjs tests/smoke/run-main.mjs
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';

const recorded = (await import('electron')).recorded;
await import(pathToFileURL(resolve('out/main/index.js')).href);

const report = {
  singleInstanceRequested: recorded.singleInstanceRequested,
  quitCalled: recorded.quitCalled,
  sandboxEnabled: recorded.sandboxEnabled,
  privilegedSchemes: recorded.privilegedSchemes,
};

const settle = () => new Promise((done) => setTimeout(done, 50));

if (process.env.STUB_LOCK_TAKEN !== '1') {
  recorded.fireReady();
  for (let i = 0; i < 40 && recorded.windows.length === 0; i++) await settle();
  const window = recorded.windows[0];
  const contents = window.webContents;
  report.windowCount = recorded.windows.length;
  report.webPreferences = window.options.webPreferences;
  report.loadedUrl = window.loadedUrl;
  report.applicationMenu = recorded.applicationMenu?.template ?? null;
  report.ipcChannels = [...recorded.ipcHandlers.keys()];

  const call = (channel, raw, url) => recorded.ipcHandlers.get(channel)({ senderFrame: { url } }, raw);
  report.ipc = {
    own: await call('app.info', undefined, 'app://frontdesk/index.html'),
    foreign: await call('app.info', undefined, 'https://evil.example/'),
    lookalike: await call('app.info', undefined, 'app://frontdesk.evil/index.html'),
    file: await call('app.info', undefined, 'file:///index.html'),
    noFrame: await recorded.ipcHandlers.get('app.info')({ senderFrame: null }, undefined),
    invalid: await call('preferences.set', { theme: 'purple' }, 'app://frontdesk/index.html'),
    set: await call('preferences.set', { theme: 'dark' }, 'app://frontdesk/index.html'),
    copy: await call('app.copyText', { text: '+12025550100' }, 'app://frontdesk/index.html'),
  };
  report.copied = recorded.copied;
  report.eventsSent = contents.sent;

  let headers;
  recorded.headersReceived(
    { responseHeaders: { 'X-Other': ['1'] } },
    (result) => (headers = result.responseHeaders),
  );
  report.responseHeaders = headers;

  const respond = recorded.protocolHandlers.get('app');
  const index = await respond(new Request('app://frontdesk/index.html'));
  const escape = await respond(new Request('app://frontdesk/..%2f..%2fpackage.json'));
  const otherHost = await respond(new Request('app://elsewhere/index.html'));
  const dotDot = await respond(new Request('app://frontdesk/assets/../../main/index.js'));
  const missing = await respond(new Request('app://frontdesk/no-such-file.js'));
  report.protocol = {
    indexStatus: index.status,
    indexCsp: index.headers.get('content-security-policy'),
    indexHtml: await index.text(),
    escapeStatus: escape.status,
    otherHostStatus: otherHost.status,
    dotDotStatus: dotDot.status,
    missingStatus: missing.status,
  };

  const navigation = (event, url) => {
    let prevented = false;
    contents.emit(event, { preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  const frameNavigation = (url, isMainFrame) => {
    let prevented = false;
    contents.emit('will-frame-navigate', { url, isMainFrame, preventDefault: () => (prevented = true) });
    return prevented;
  };
  report.frameNavigation = {
    subframeEvil: frameNavigation('https://evil.example/', false),
    subframeOwn: frameNavigation('app://frontdesk/index.html', false),
    mainFrame: frameNavigation('https://evil.example/', true),
  };
  report.navigation = {
    evil: navigation('will-navigate', 'https://evil.example/'),
    file: navigation('will-navigate', 'file:///etc/passwd'),
    js: navigation('will-navigate', 'javascript:alert(1)'),
    redirect: navigation('will-redirect', 'https://evil.example/'),
    webview: navigation('will-attach-webview', undefined),
  };
  report.windowOpen = {
    https: contents.windowOpenHandler({ url: 'https://alteg.io/en/' }),
    js: contents.windowOpenHandler({ url: 'javascript:alert(1)' }),
    file: contents.windowOpenHandler({ url: 'file:///etc/passwd' }),
    spoof: contents.windowOpenHandler({ url: 'app://frontdesk.evil/' }),
    own: contents.windowOpenHandler({ url: 'app://frontdesk/index.html' }),
    credentials: contents.windowOpenHandler({ url: 'https://user:pass@alteg.io/' }),
    plainHttp: contents.windowOpenHandler({ url: 'http://alteg.io/' }),
  };
  await settle();
  report.openedExternal = recorded.openedExternal;

  const permissions = [];
  const asked = ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write'];
  for (const permission of [...asked, 'openExternal', 'fullscreen', 'pointerLock', 'midi', 'hid']) {
    recorded.permissionRequestHandler(contents, permission, (granted) =>
      permissions.push([permission, granted]),
    );
  }
  report.permissions = permissions;
  report.permissionChecks = ['media', 'geolocation', 'notifications', 'clipboard-read', 'usb'].map(
    (permission) => recorded.permissionCheckHandler(contents, permission, 'app://frontdesk', {}),
  );

  window.bounds = { x: 120, y: 80, width: 1111, height: 777 };
  window.emit('close');
  const stored = JSON.parse(await readFile(resolve(process.env.STUB_USER_DATA, 'frontdesk.json'), 'utf8'));
  report.storedWindowState = stored.windowState;
  report.storedPreferences = stored.preferences;
}

process.stdout.write('SMOKE-REPORT ' + JSON.stringify(report) + '\n');
process.exit(0);
