import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultPreferences } from '../../shared/domain/preferences';

vi.mock('electron', () => {
  const app = { getPath: () => tmpdir(), getVersion: () => '0.0.0-test', getName: () => 'frontdesk' };
  const ipcMain = { on: () => undefined, handle: () => undefined };
  const shell = {};
  return { default: { app, ipcMain, shell }, app, ipcMain, shell };
});

const { createElectronStore } = await import('../../electron/main/electronStore');
const { createSettings } = await import('../../electron/main/settings');

describe('electron-store adapter', () => {
  it('persists settings to a JSON file and reads them back in a new instance', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'frontdesk-store-'));
    const store = createElectronStore({ cwd });
    createSettings(store).updatePreferences({ theme: 'light', navigationOpen: false });
    expect(JSON.parse(readFileSync(store.path, 'utf8')).preferences).toEqual({
      ...defaultPreferences,
      theme: 'light',
      navigationOpen: false,
    });
    expect(createSettings(createElectronStore({ cwd })).getPreferences()).toEqual({
      ...defaultPreferences,
      theme: 'light',
      navigationOpen: false,
    });
    store.delete('preferences');
    expect(createElectronStore({ cwd }).get('preferences')).toBeUndefined();
  });

  it('starts a file that is not JSON any more afresh, and says every preference was reset', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'frontdesk-store-'));
    const first = createElectronStore({ cwd });
    createSettings(first).updatePreferences({ theme: 'dark' });
    writeFileSync(first.path, '{"preferences": {"theme": "da');
    const store = createElectronStore({ cwd });
    expect(store.unreadableAtStart).toBe(true);
    const settings = createSettings(store);
    expect(settings.getPreferences()).toEqual(defaultPreferences);
    expect(settings.resetPreferences().sort()).toEqual(Object.keys(defaultPreferences).sort());
    expect(createElectronStore({ cwd }).unreadableAtStart).toBe(false);
  });
});
