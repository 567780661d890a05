import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EnrolDialog } from '../../renderer/src/features/schedules/EnrolDialog';
import type { Location } from '../../shared/domain/location';
import type { ScheduleOverview } from '../../shared/domain/schedule';
import type { Result } from '../../shared/errors';
import { SALON_ID } from '../support/demoSalon';
import { openDemoBridge, renderWithQuery, emulatorForThisFile } from './bridge';

const emulator = emulatorForThisFile();

/** The enrol dialog for the seeded Nail art workshop, behind the real main core and emulator. */
async function openEnrol() {
  const { pass, channels } = await openDemoBridge(emulator());
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
    expect(channels.includes('schedules.enrol')).toBe(false);
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
