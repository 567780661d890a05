import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS, startEmulator, type RunningEmulator } from '../../../../electron/emulator';
import { NavigationDrawer } from '../../../../renderer/src/app/NavigationDrawer';
import { useSession } from '../../../../renderer/src/features/session';
import { TEST_NOW } from '../../../support/testClock';
import { installBridge, renderWithQuery } from '../../bridge';

let emulator: RunningEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

/** How many locations the renderer has heard of (the session arrives from main after the first render). */
function LocationCount() {
  const { session } = useSession();
  return <output aria-label="locations">{session ? session.locations.length : 'unknown'}</output>;
}

/** The navigation of the demo user, signed in behind the real core, with these locations. */
async function navigationWith(locationIds: number[]) {
  emulator = await startEmulator({
    port: 0,
    now: TEST_NOW,
    rateLimit: false,
    users: [
      { login: DEMO_CREDENTIALS.login, password: DEMO_CREDENTIALS.password, name: 'Desk', locationIds },
    ],
  });
  const baseUrl = emulator.url;
  const core = installBridge({ startDemo: async () => ({ baseUrl, ...DEMO_CREDENTIALS }) });
  await core.session.openDemo();
  renderWithQuery(
    <>
      <NavigationDrawer open current="calendar" onSelect={() => undefined} />
      <LocationCount />
    </>,
  );
  await screen.findByText(String(locationIds.length), { selector: 'output' });
  return screen.getByRole('navigation', { name: 'Sections' });
}

describe('the chain view section', () => {
  it('is offered to a user with two locations', async () => {
    const nav = await navigationWith([101, 102]);
    expect(within(nav).getByRole('button', { name: 'All locations' })).toBeTruthy();
  });

  it('is not offered to a user with one location', async () => {
    const nav = await navigationWith([101]);
    expect(within(nav).getByRole('button', { name: 'Appointment log' })).toBeTruthy();
    expect(within(nav).queryByRole('button', { name: 'All locations' })).toBeNull();
  });
});
