import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import { installBridge, renderWithQuery } from './bridge';

const own = { senderUrl: 'app://frontdesk/index.html' };

describe('the app frame', () => {
  it('shows the sections, the version from app.info and switches section', async () => {
    installBridge();
    renderWithQuery(<App />);
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    for (const label of ['Appointment log', 'Recurring schedules', 'Comments', 'Settings']) {
      expect(within(nav).getByText(label)).toBeTruthy();
    }
    expect(await screen.findByText('Frontdesk 1.2.3 · Linux')).toBeTruthy();
    await userEvent.click(within(nav).getByText('Settings'));
    expect(screen.getByTestId('section-title').textContent).toContain('Settings');
    expect(screen.getByRole('heading', { name: 'Settings' })).toBeTruthy();
  });

  it('cycles the theme from the app bar and stores the choice in main', async () => {
    const core = installBridge();
    renderWithQuery(<App />);
    await waitFor(() => expect(document.documentElement.dataset['themeMode']).toBe('light'));
    await userEvent.click(screen.getByRole('button', { name: /switch theme/ }));
    await waitFor(async () =>
      expect(await core.invoke('settings.get', undefined, own)).toMatchObject({ data: { theme: 'light' } }),
    );
    await userEvent.click(screen.getByRole('button', { name: /switch theme/ }));
    await waitFor(() => expect(document.documentElement.dataset['themeMode']).toBe('dark'));
    expect(await core.invoke('settings.get', undefined, own)).toMatchObject({ data: { theme: 'dark' } });
  });

  it('follows a change pushed from main', async () => {
    const core = installBridge();
    renderWithQuery(<App />);
    await screen.findByText('Frontdesk 1.2.3 · Linux');
    await core.invoke('settings.set', { theme: 'dark' }, own);
    await waitFor(() => expect(document.documentElement.dataset['themeMode']).toBe('dark'));
  });

  it('collapses the navigation and remembers it', async () => {
    const core = installBridge();
    renderWithQuery(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Collapse navigation' }));
    expect(await screen.findByRole('button', { name: 'Expand navigation' })).toBeTruthy();
    expect(await core.invoke('settings.get', undefined, own)).toMatchObject({
      data: { navigationOpen: false },
    });
  });
});
