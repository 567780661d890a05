import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterLuxon } from '@mui/x-date-pickers/AdapterLuxon';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_CREDENTIALS, startEmulator, type RunningEmulator } from '../../electron/emulator';
import { AppointmentDialog } from '../../renderer/src/features/appointments/AppointmentDialog';
import { messages } from '../../renderer/src/features/appointments/formSchema';
import type { Appointment } from '../../shared/domain/appointment';
import { installBridge, renderWithQuery } from './bridge';
import { QUIET_DAY, salonTime } from '../support/demoSalon';
import { TEST_NOW } from '../support/testClock';

const ZONE = 'America/New_York';
const SLOT = {
  teamMemberId: 1001,
  start: salonTime(QUIET_DAY, '10:00'),
  end: salonTime(QUIET_DAY, '10:30'),
};
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false, now: TEST_NOW });
});
afterAll(async () => {
  await emulator.close();
});

async function openDialog(onSaved = vi.fn<(appointment: Appointment) => void>()) {
  const core = installBridge({
    startDemo: async () => ({ baseUrl: emulator.url, ...DEMO_CREDENTIALS }),
  });
  await core.session.openDemo();
  const onClose = vi.fn();
  renderWithQuery(
    <LocalizationProvider dateAdapter={AdapterLuxon}>
      <AppointmentDialog
        locationId={101}
        zone={ZONE}
        request={{ kind: 'create', slot: SLOT }}
        onClose={onClose}
        onSaved={onSaved}
      />
    </LocalizationProvider>,
  );
  const dialog = await screen.findByRole('form', { name: 'New appointment' }, { timeout: 5000 });
  return { dialog, onClose, onSaved, core };
}

async function pick(label: string, option: string | RegExp, scope: HTMLElement) {
  await userEvent.click(within(scope).getByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('the appointment dialog', () => {
  it('computes the duration from the services for the chosen team member, break included', async () => {
    const { dialog } = await openDialog();
    const duration = within(dialog).getByLabelText('Duration, minutes');
    expect((duration as HTMLInputElement).value).toBe('30');
    await userEvent.type(within(dialog).getByRole('combobox', { name: 'Add a service' }), 'Blow');
    await userEvent.click(await screen.findByRole('option', { name: /^Blow-dry/ }));
    await waitFor(() => expect((duration as HTMLInputElement).value).toBe('45'));
    await pick('Technical break', '15 min', dialog);
    expect((duration as HTMLInputElement).value).toBe('60');
    expect(within(dialog).getByText('45 min of services + 15 min break')).toBeTruthy();
    // A typed duration is kept when services change; the break still counts inside it.
    await userEvent.clear(duration);
    await userEvent.type(duration, '90');
    await userEvent.type(within(dialog).getByRole('combobox', { name: 'Add a service' }), 'Fringe');
    await userEvent.click(await screen.findByRole('option', { name: /^Fringe trim/ }));
    expect((duration as HTMLInputElement).value).toBe('90');
    await pick('Technical break', 'None', dialog);
    expect((duration as HTMLInputElement).value).toBe('75');
    expect(within(dialog).getByTestId('services-total').textContent).toBe('$60');
  });

  it('offers the location default, none and 5 to 60 minutes of break', async () => {
    const { dialog } = await openDialog();
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Technical break' }));
    const options = (await screen.findAllByRole('option')).map((option) => option.textContent);
    expect(options).toEqual([
      'Location default',
      'None',
      ...Array.from({ length: 12 }, (_, index) => `${(index + 1) * 5} min`),
    ]);
  });

  it('has an input per custom field that fits its type', async () => {
    const { dialog } = await openDialog();
    const fields = within(dialog).getByRole('region', { name: 'Custom fields' });
    expect((within(fields).getByLabelText('Notes for the stylist') as HTMLInputElement).type).toBe('text');
    expect((within(fields).getByLabelText('Colour used, grams') as HTMLInputElement).inputMode).toBe(
      'decimal',
    );
    expect((within(fields).getByLabelText('Patch test date') as HTMLInputElement).type).toBe('date');
    await pick('Hair type', 'Curly', fields);
    expect(within(fields).getByRole('combobox', { name: 'Hair type' }).textContent).toBe('Curly');
    await userEvent.type(within(fields).getByLabelText('Colour used, grams'), 'lots');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Book' }));
    expect(await within(fields).findByText(messages.number)).toBeTruthy();
  });

  it('says what is missing, keeps the dialog open, and books once it is all there', async () => {
    const { dialog, onSaved } = await openDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Book' }));
    expect(await within(dialog).findByText(messages.pickClient)).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'New client' }));
    await userEvent.type(within(dialog).getByLabelText('Client name'), 'Component Test');
    await userEvent.type(within(dialog).getByLabelText('Phone'), '12345');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Book' }));
    expect(await within(dialog).findByText(messages.phone)).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
    await userEvent.clear(within(dialog).getByLabelText('Phone'));
    await userEvent.type(within(dialog).getByLabelText('Phone'), '+1 202 555 0123');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Book' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({
      teamMemberId: 1001,
      start: SLOT.start,
      durationSeconds: 1800,
      client: { name: 'Component Test', phone: '+12025550123' },
    });
  });

  it('asks before a stray Esc throws away what was typed, and closes at once when nothing was', async () => {
    const untouched = await openDialog();
    await userEvent.keyboard('{Escape}');
    expect(untouched.onClose).toHaveBeenCalledOnce();
    cleanup();

    const { dialog, onClose } = await openDialog();
    await userEvent.type(within(dialog).getByLabelText('Comment'), 'Bring the colour chart');
    await userEvent.keyboard('{Escape}');
    const discard = await screen.findByRole('dialog', { name: 'Discard the changes?' });
    expect(discard.textContent).toContain('This appointment has changes that are not saved.');
    await userEvent.click(within(discard).getByRole('button', { name: 'Keep editing' }));
    expect(onClose).not.toHaveBeenCalled();
    expect((within(dialog).getByLabelText('Comment') as HTMLInputElement).value).toBe(
      'Bring the colour chart',
    );
  });
});
