import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { OnlineBookingPage } from '../../../../renderer/src/features/onlineBooking/OnlineBookingPage';
import type { Location } from '../../../../shared/domain/location';
import type { Result } from '../../../../shared/errors';
import { EMMA, SALON_ID } from '../../../support/demoSalon';
import { emulatorForThisFile, openDemoBridge, renderWithQuery } from '../../bridge';

const testEmulator = emulatorForThisFile();
const CHARLOTTE = 1010;
type Invoke = (channel: string, input?: unknown) => Promise<Result<unknown>>;

afterEach(() => testEmulator().setOnlineBooking(SALON_ID, true));

async function openPage(intercept?: (channel: string, input: unknown, pass: Invoke) => unknown) {
  const { core, channels } = await openDemoBridge(testEmulator(), intercept);
  const location = await core.session.withLocation(
    SALON_ID,
    async (_client, open): Promise<Location> => open,
  );
  renderWithQuery(<OnlineBookingPage location={location} />);
  return { channels };
}

const region = (name: string) => screen.getByRole('region', { name });
const row = (container: HTMLElement, selector: string) => {
  const found = container.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

describe('the online-booking page', () => {
  it('by team member: their services with their session length, and they are the one asked about', async () => {
    const { channels } = await openPage();
    await userEvent.click(screen.getByRole('button', { name: 'By team member' }));
    expect(await screen.findByText(/Choose a team member/)).toBeTruthy();
    await userEvent.click(await screen.findByRole('combobox', { name: 'Team member' }));
    const charlotte = await screen.findByRole('option', {
      name: /Charlotte Evans — Hidden from online booking/,
    });
    expect(charlotte.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(screen.getByRole('option', { name: 'Emma Johnson' }));

    const services = region('Services bookable online');
    const haircut = await within(services).findByRole('button', { name: /Women's haircut/ });
    expect(haircut.textContent).toContain('1 h');
    expect(within(services).queryByText('Swedish massage')).toBeNull();
    await userEvent.click(haircut);

    const members = region('Team members bookable online');
    await waitFor(() =>
      expect(row(members, `[data-member-id="${EMMA}"]`).className).toContain('Mui-selected'),
    );
    expect(channels).toContain('onlineBooking.dates');
  });

  it('shows why a member cannot be booked, greyed, not hidden', async () => {
    await openPage();
    const services = region('Services bookable online');
    await userEvent.click(await within(services).findByRole('button', { name: /Colour consultation/ }));
    const members = region('Team members bookable online');
    await waitFor(() => row(members, `[data-member-id="${CHARLOTTE}"]`));
    const charlotte = row(members, `[data-member-id="${CHARLOTTE}"]`);
    expect(charlotte.textContent).toContain('Hidden from online booking in Altegio.');
    expect(charlotte.getAttribute('aria-disabled')).toBe('true');
    const perm = within(services).getByRole('button', { name: /Classic perm/ });
    expect(perm.textContent).toContain('Switched off for online booking in Altegio.');
  });

  it('says once, for the whole page, that the location has online booking switched off', async () => {
    testEmulator().setOnlineBooking(SALON_ID, false);
    await openPage();
    const banner = await screen.findByTestId('online-booking-off');
    expect(banner.textContent).toContain('Online booking is switched off for this location in Altegio');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('keeps the page and offers Retry when the services cannot be read', async () => {
    let fail = true;
    await openPage((channel) =>
      channel === 'onlineBooking.services' && fail
        ? { ok: false, error: { code: 'NETWORK', params: { host: 'Altegio' } } }
        : undefined,
    );
    const services = region('Services bookable online');
    expect(await within(services).findByText(/Could not reach Altegio/)).toBeTruthy();
    fail = false;
    await userEvent.click(within(services).getByRole('button', { name: 'Retry' }));
    expect(await within(services).findByRole('button', { name: /Women's haircut/ })).toBeTruthy();
  });
});
