import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/contract';
import { defaultPreferences } from '../../shared/domain/preferences';

const bundle = 'out/main/index.js';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function runMain(env: Record<string, string>) {
  const userData = mkdtempSync(join(tmpdir(), 'frontdesk-smoke-'));
  const output = execFileSync(
    process.execPath,
    ['--import', './tests/smoke/register.mjs', 'tests/smoke/run-main.mjs'],
    {
      env: { ...process.env, STUB_USER_DATA: userData, ...env },
      encoding: 'utf8',
      timeout: 20_000,
    },
  );
  const line = output.split('\n').find((candidate) => candidate.startsWith('SMOKE-REPORT '));
  if (!line) throw new Error(`The main bundle printed no report:\n${output}`);
  return JSON.parse(line.slice('SMOKE-REPORT '.length));
}

describe('the built main bundle, started under Node with a stand-in for electron', () => {
  let report: ReturnType<typeof runMain>;

  beforeAll(() => {
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run "npm run build" first.`);
    const built = statSync(bundle).mtimeMs;
    if (Math.max(newestSource('electron/main'), newestSource('shared')) > built) {
      throw new Error(`${bundle} is older than its sources: run "npm run build" first.`);
    }
    report = runMain({});
  });

  it('locks the window down', () => {
    expect(report.windowCount).toBe(1);
    // The whole set, so that a preference added later (experimentalFeatures, enableBlinkFeatures, …) is seen.
    expect(report.webPreferences).toEqual({
      preload: expect.stringMatching(/out[\\/]preload[\\/]index\.cjs$/),
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
      devTools: true,
    });
    expect(report.webPreferences).not.toHaveProperty('experimentalFeatures');
    expect(report.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(report.loadedUrl).toBe('app://frontdesk/index.html');
    expect(report.sandboxEnabled).toBe(true);
    expect(report.singleInstanceRequested).toBe(true);
    expect(report.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('registers every contract channel with ipcMain, through the sender check and the schemas', () => {
    expect([...report.ipcChannels].sort()).toEqual([...channelNames].sort());
    expect(report.ipc.own).toMatchObject({ ok: true, data: { version: '0.0.0-smoke' } });
    for (const sender of ['foreign', 'lookalike', 'file', 'noFrame'])
      expect(report.ipc[sender], sender).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(report.ipc.invalid).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(report.ipc.set).toMatchObject({ ok: true, data: { theme: 'dark' } });
    // Copying goes through Electron's clipboard in main: the renderer has no clipboard permission.
    expect(report.ipc.copy).toEqual({ ok: true, data: null });
    expect(report.copied).toEqual(['+12025550100']);
    expect(report.eventsSent).toContainEqual([
      'frontdesk:event',
      'preferences.changed',
      { ...defaultPreferences, theme: 'dark' },
    ]);
    expect(report.storedPreferences).toMatchObject({ theme: 'dark' });
  });

  it('sends the strict CSP on every response and serves only the renderer folder', () => {
    const csp: string = report.responseHeaders['Content-Security-Policy'][0];
    const directives = Object.fromEntries(
      csp.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1).join(' ')]),
    );
    // Scripts only from the app's own files (no inline, no eval), no network, no plugins, no framing.
    expect(directives).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'font-src': "'self' data:",
      'img-src': "'self' data:",
      'connect-src': "'none'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(report.responseHeaders['X-Other']).toEqual(['1']);
    expect(report.protocol.indexStatus).toBe(200);
    expect(report.protocol.indexCsp).toBe(csp);
    // The built page loads only its own module script: nothing inline the CSP would have to allow.
    const scripts = [...report.protocol.indexHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="\.\/assets\/[^"]+\.js"/);
      expect(body.trim()).toBe('');
    }
    expect(report.protocol.indexHtml).not.toMatch(/\son[a-z]+=/i);
    expect(report.protocol).toMatchObject({
      escapeStatus: 404,
      otherHostStatus: 404,
      dotDotStatus: 404,
      missingStatus: 404,
    });
  });

  it('blocks navigation of the window and of any frame in it, redirects and webviews', () => {
    expect(report.navigation).toEqual({ evil: true, file: true, js: true, redirect: true, webview: true });
    // The top frame's navigation is will-navigate's (above); every frame inside the page is refused here.
    expect(report.frameNavigation).toEqual({ subframeEvil: true, subframeOwn: true, mainFrame: false });
  });

  it('never opens a window, and hands only credential-free https links to the browser', () => {
    expect(Object.keys(report.windowOpen)).toHaveLength(7);
    for (const result of Object.values(report.windowOpen)) expect(result).toEqual({ action: 'deny' });
    expect(report.openedExternal).toEqual(['https://evil.example/', 'https://alteg.io/en/']);
  });

  it('denies every permission, asked or checked', () => {
    expect(report.permissions).toHaveLength(10);
    expect(report.permissions.every(([, granted]: [string, boolean]) => granted === false)).toBe(true);
    expect(report.permissionChecks).toEqual([false, false, false, false, false]);
  });

  it('remembers the window size and position', () => {
    expect(report.storedWindowState).toEqual({ x: 120, y: 80, width: 1111, height: 777, maximized: false });
  });

  it('turns DevTools off when packaged, and leaves no menu item that opens them or reloads', () => {
    expect(report.webPreferences.devTools).toBe(true);
    expect(report.applicationMenu).toBeNull();
    const packaged = runMain({ STUB_PACKAGED: '1' });
    expect(packaged.webPreferences.devTools).toBe(false);
    type Item = { role?: string; label?: string; accelerator?: string; submenu?: Item[] };
    const items = (menu: Item[]): Item[] => menu.flatMap((item) => [item, ...items(item.submenu ?? [])]);
    const all = items(packaged.applicationMenu);
    const roles = all.map((item) => item.role?.toLowerCase());
    expect(roles).toEqual(expect.arrayContaining(['editmenu', 'windowmenu', 'zoomin']));
    // viewMenu is Electron's whole View menu, DevTools and Reload included.
    for (const role of ['toggledevtools', 'reload', 'forcereload', 'viewmenu'])
      expect(roles).not.toContain(role);
    expect(all.filter((item) => item.accelerator)).toEqual([]);
  });

  it('quits at once when another instance holds the lock', () => {
    const second = runMain({ STUB_LOCK_TAKEN: '1' });
    expect(second.quitCalled).toBe(true);
    expect(second.windowCount).toBeUndefined();
  });
});
