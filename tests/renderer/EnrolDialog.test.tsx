import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_CREDENTIALS, startEmulator, type RunningEmulator } from '../../electron/emulator';
import { EnrolDialog } from '../../renderer/src/features/schedules/EnrolDialog';
import type { Location } from '../../shared/domain/location';
import type { ScheduleOverview } from '../../shared/domain/schedule';
import type { Result } from '../../shared/errors';
import { SALON_ID } from '../support/demoSalon';
import { TEST_NOW } from '../support/testClock';
import { installBridge, renderWithQuery } from './bridge';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false, now: TEST_NOW });
});
afterAll(async () => {
  await emulator.close();
});

type Invoke = (channel: string, input?: unknown) => Promise<Result<unknown>>;

/** The enrol dialog for the seeded Nail art workshop, behind the real main core and emulator. */
async function openEnrol() {
  const core = installBridge({ startDemo: async () => ({ baseUrl: emulator.url, ...DEMO_CREDENTIALS }) });
  await core.session.openDemo();
  const channels: Array<{ channel: string; input: unknown }> = [];
  const pass = window.frontdesk.invoke.bind(window.frontdesk) as Invoke;
  window.frontdesk = {
    ...window.frontdesk,
    invoke: (channel: string, input?: unknown) => {
      channels.push({ channel, input });
      return pass(channel, input);
    },
  } as unknown as typeof window.frontdesk;
  const listed = (await pass('schedules.list', { locationId: SALON_ID })) as Result<{
    schedules: ScheduleOverview[];
  }>;
  const overview = listed.ok
    ? listed.data.schedules.find((s) => s.serviceTitle.startsWith('Nail art'))
    : undefined;
  const session = (await pass('session.get')) as Result<{ locations: Location[] }>;
  const location = session.ok ? session.data.locations.find((l) => l.id === SALON_ID) : undefined;
  if (!overview || !location) throw new Error('no schedule or location');
  const onClose = vi.fn();
  renderWithQuery(<EnrolDialog location={location} overview={overview} onClose={onClose} />);
  const dialog = await screen.findByRole('form', { name: 'Enrol a client in Nail art workshop (group)' });
  return { dialog, channels, onClose };
}

describe('EnrolDialog', () => {
  it('asks for a client and a series before sending anything', async () => {
    const { dialog, channels } = await openEnrol();
    await within(dialog).findByText('Tick a series to see its dates.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Enrol' }));
    expect(await within(dialog).findByText('Choose a client, or make a new one.')).toBeTruthy();
    expect(within(dialog).getByText('Tick at least one series.')).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'New client' }));
    await userEvent.type(within(dialog).getByLabelText(/Client name/), 'Ada Lovelace');
    await userEvent.type(within(dialog).getByLabelText(/Phone/), '12345');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /^Tuesday 16:00/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Enrol' }));
    expect(await within(dialog).findByText('Enter a phone number with 9 to 15 digits.')).toBeTruthy();
    expect(channels.some((c) => c.channel === 'schedules.enrol')).toBe(false);
  });

  it('previews only the ticked series, in the location’s zone', async () => {
    const { dialog } = await openEnrol();
    expect(await within(dialog).findByText('Tick a series to see its dates.')).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /^Friday 16:00/ }));
    const list = await within(dialog).findByRole('list', { name: 'Appointments this will make' });
    await waitFor(() => expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(0));
    const items = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
    expect(items.every((text) => text.startsWith('Fri ') && text.includes('16:00–18:00'))).toBe(true);
  });
});
