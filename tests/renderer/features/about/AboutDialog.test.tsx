import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AboutButton } from '../../../../renderer/src/features/about';
import libraries from '../../../../renderer/src/features/about/licences.json';
import { installBridge, renderWithQuery } from '../../bridge';

describe('the About dialog', () => {
  it('opens from its button with the version, the licence, the links and the libraries', async () => {
    installBridge();
    renderWithQuery(<AboutButton />);
    await userEvent.click(screen.getByRole('button', { name: 'About Frontdesk' }));
    const dialog = await screen.findByRole('dialog', { name: 'About Frontdesk' });
    expect(await within(dialog).findByText('Version 1.2.3')).toBeTruthy();
    expect(dialog.textContent).toContain('GPL-3.0-or-later');
    expect(dialog.textContent).toContain('GPL-My-Project-Is-Open-Source');

    const links = {
      'Home page': 'https://frontdesk.app',
      'Licence text (GPL-3.0)': 'https://www.gnu.org/licenses/gpl-3.0.html',
      'Altegio API documentation': 'https://developer.alteg.io/',
      'https://frontdesk.app/download': 'https://frontdesk.app/download',
    };
    for (const [name, href] of Object.entries(links)) {
      const link = within(dialog).getByRole('link', { name });
      expect(link.getAttribute('href')).toBe(href);
      // The window sends a link opened in a new window to the system browser.
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noreferrer');
    }
    expect(within(dialog).getByRole('link', { name: 'Source code' }).getAttribute('href')).toMatch(/^https:/);

    const rows = within(dialog).getAllByRole('row');
    expect(rows).toHaveLength(libraries.length + 1);
    expect(within(dialog).getByRole('row', { name: /^react 19\.\d+\.\d+ MIT$/ })).toBeTruthy();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
