import { describe, expect, it } from 'vitest';
import { createSettings, defaultWindowState } from '../../electron/main/settings';
import { createMemoryStore } from '../../electron/main/store';
import { defaultPreferences } from '../../shared/domain/preferences';

describe('settings', () => {
  it('starts from defaults and keeps what is changed', () => {
    const store = createMemoryStore();
    const settings = createSettings(store);
    expect(settings.getPreferences()).toEqual(defaultPreferences);
    expect(settings.updatePreferences({ theme: 'dark' })).toEqual({ ...defaultPreferences, theme: 'dark' });
    expect(createSettings(store).getPreferences().theme).toBe('dark');
  });

  it('falls back to defaults for values that no longer fit, without losing the valid ones', () => {
    const store = createMemoryStore({
      preferences: { theme: 'neon', navigationOpen: false },
      windowState: 'huge',
    });
    const settings = createSettings(store);
    expect(settings.getPreferences()).toEqual({ ...defaultPreferences, navigationOpen: false });
    expect(settings.getWindowState()).toEqual(defaultWindowState);
    settings.updatePreferences({ theme: 'dark' });
    expect(settings.getPreferences()).toEqual({
      theme: 'dark',
      navigationOpen: false,
      hiddenTeamMembers: {},
    });
  });

  it('refuses to store a window state that makes no sense', () => {
    const settings = createSettings(createMemoryStore());
    expect(() => settings.setWindowState({ width: 10, height: 10, maximized: false })).toThrow();
    settings.setWindowState({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(settings.getWindowState()).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
  });
});
