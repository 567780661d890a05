import { useEffect } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterLuxon } from '@mui/x-date-pickers/AdapterLuxon';
import { AppointmentDialog } from '../../renderer/src/features/appointments/AppointmentDialog';
import type { Appointment } from '../../shared/domain/appointment';
import { describe, expect, it, vi } from 'vitest';
import {
  ClientAlerts,
  ClientCardProvider,
  useBookFromClientCard,
  useClientCard,
  type BookingClient,
} from '../../renderer/src/features/clients';
import type { Client } from '../../shared/domain/client';
import type { Result } from '../../shared/errors';
import { QUIET_DAY, SALON_ID, SALON_ZONE, salonTime } from '../support/demoSalon';
import { altegioHttp } from '../support/altegioHttp';
import { emulatorForThisFile, openDemoBridge, renderWithQuery } from './bridge';

const emulator = emulatorForThisFile();
type Intercept = Parameters<typeof openDemoBridge>[1];

function Opener({ clientId, onBook }: { clientId: number; onBook?: (client: BookingClient) => void }) {
  const card = useClientCard();
  useBookFromClientCard(onBook ?? (() => undefined));
  useEffect(() => {
    if (card.available) card.open(clientId);
  }, [card, clientId]);
  return null;
}

async function openCard(
  clientId: number,
  intercept?: Intercept,
  onSaved = vi.fn<(id: number, client: Client) => void>(),
) {
  const bridge = await openDemoBridge(emulator(), intercept);
  const onBook = vi.fn<(client: BookingClient) => void>();
  renderWithQuery(
    <ClientCardProvider onClientSaved={onSaved}>
      <Opener clientId={clientId} onBook={onBook} />
    </ClientCardProvider>,
  );
  const details = await screen.findByRole('table', { name: 'Client details' }, { timeout: 5000 });
  const dialog = screen.getByRole('dialog');
  return { ...bridge, dialog, details, onBook, onSaved };
}

describe('the client card', () => {
  it('shows the client, checks the edit before sending it, and saves only what changed', async () => {
    const { dialog, details, channels, pass, onSaved } = await openCard(100_001);
    const before = (await pass('clients.card', { locationId: SALON_ID, clientId: 100_001 })) as Result<{
      client: Client;
    }>;
    if (!before.ok) throw new Error('no client');
    expect(within(details).getByText(before.data.client.phone)).toBeTruthy();
    await within(dialog).findByRole('region', { name: 'Notes' });

    await userEvent.click(within(dialog).getByRole('button', { name: 'Edit client' }));
    const form = within(dialog).getByRole('form', { name: 'Edit client' });
    await userEvent.clear(within(form).getByLabelText('Phone'));
    await userEvent.type(within(form).getByLabelText('Phone'), '12345');
    await userEvent.clear(within(form).getByLabelText('E-mail'));
    await userEvent.type(within(form).getByLabelText('E-mail'), 'nobody@');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Enter a phone number with 9 to 15 digits.')).toBeTruthy();
    expect(within(form).getByText('Not a valid e-mail address.')).toBeTruthy();
    expect(channels).not.toContain('clients.update');

    await userEvent.clear(within(form).getByLabelText('Phone'));
    await userEvent.type(within(form).getByLabelText('Phone'), '+1 202 555 0177');
    await userEvent.clear(within(form).getByLabelText('E-mail'));
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const [locationId, saved] = onSaved.mock.calls[0] ?? [];
    expect(locationId).toBe(SALON_ID);
    expect([saved?.phone, saved?.email, saved?.customFields]).toEqual([
      '+12025550177',
      '',
      before.data.client.customFields,
    ]);
    expect(await within(dialog).findByText('+12025550177')).toBeTruthy();
  });

  it('keeps what was typed when the save fails, with Altegio’s refusal at the field', async () => {
    let refuse = true;
    const { dialog, channels } = await openCard(100_002, async (channel) =>
      channel === 'clients.update' && refuse
        ? {
            ok: false,
            error: {
              code: 'VALIDATION',
              detail: { fields: { phone: 'A client with this phone already exists' } },
            },
          }
        : undefined,
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Edit client' }));
    const form = within(dialog).getByRole('form', { name: 'Edit client' });
    await userEvent.clear(within(form).getByLabelText('Name'));
    await userEvent.type(within(form).getByLabelText('Name'), 'Typed Name');
    await userEvent.clear(within(form).getByLabelText('Phone'));
    await userEvent.type(within(form).getByLabelText('Phone'), '+1 202 555 0199');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('A client with this phone already exists')).toBeTruthy();
    expect((within(form).getByLabelText('Name') as HTMLInputElement).value).toBe('Typed Name');
    expect((within(form).getByLabelText('Phone') as HTMLInputElement).value).toBe('+1 202 555 0199');
    expect(channels.filter((channel) => channel === 'clients.update')).toHaveLength(1);
    refuse = false;

    // A stray Esc asks before throwing the typing away.
    await userEvent.keyboard('{Escape}');
    const asking = await screen.findByRole('dialog', { name: 'Discard the changes?' });
    await userEvent.click(within(asking).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Discard the changes?' })).toBeNull());
    expect((within(form).getByLabelText('Name') as HTMLInputElement).value).toBe('Typed Name');
  });

  it('offers Reload when another desk changed the client, keeping the typing over their version', async () => {
    let conflicts = 1;
    const sent: unknown[] = [];
    const { dialog } = await openCard(100_006, async (channel, input) => {
      if (channel !== 'clients.update') return undefined;
      sent.push(input);
      if (conflicts-- <= 0) return undefined;
      return {
        ok: false,
        error: { code: 'CONFLICT', params: { changedAt: salonTime(QUIET_DAY, '09:15'), subject: 'client' } },
      };
    });
    const http = await altegioHttp(emulator());
    const before = (await http.get(`/client/${SALON_ID}/100006`)).body.data;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Edit client' }));
    const form = within(dialog).getByRole('form', { name: 'Edit client' });
    await userEvent.clear(within(form).getByLabelText('Phone'));
    await userEvent.type(within(form).getByLabelText('Phone'), '+44 7700 900166');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(
      await within(form).findByText(/^Someone else changed this client at 09:15, after this desk loaded it/),
    ).toBeTruthy();
    expect((within(form).getByLabelText('Phone') as HTMLInputElement).value).toBe('+44 7700 900166');

    // Meanwhile the other desk renamed the client; Reload brings that in and keeps the typed phone.
    const other = await http.put(`/client/${SALON_ID}/100006`, {
      name: 'Renamed Elsewhere',
      phone: before.phone,
    });
    expect(other.status).toBe(200);
    await userEvent.click(within(form).getByRole('button', { name: 'Reload' }));
    await waitFor(() =>
      expect((within(form).getByLabelText('Name') as HTMLInputElement).value).toBe('Renamed Elsewhere'),
    );
    expect((within(form).getByLabelText('Phone') as HTMLInputElement).value).toBe('+44 7700 900166');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(dialog).queryByRole('form', { name: 'Edit client' })).toBeNull());
    // The second save expects the version Reload read, and names only the phone.
    expect(sent[1]).toMatchObject({
      changes: { phone: '+447700900166', customFields: {} },
      expectedLastChangedAt: expect.any(String),
      overwrite: false,
    });
    expect(sent[1]).not.toHaveProperty('changes.name');
    const after = (await http.get(`/client/${SALON_ID}/100006`)).body.data;
    expect([after.name, after.phone]).toEqual(['Renamed Elsewhere', '+447700900166']);
  });

  it('hands the client to the booking dialog with "Book"', async () => {
    const { dialog, onBook } = await openCard(100_003);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Book' }));
    await waitFor(() => expect(onBook).toHaveBeenCalledTimes(1));
    expect(onBook.mock.calls[0]?.[0]).toMatchObject({ id: 100_003 });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('the booking alerts', () => {
  it('say so in one line when the history cannot be read, and offer Retry', async () => {
    let failing = true;
    await openDemoBridge(emulator(), async (channel) =>
      channel === 'clients.card' && failing ? { ok: false, error: { code: 'NETWORK' } } : undefined,
    );
    renderWithQuery(<ClientAlerts locationId={SALON_ID} clientId={100_001} zone={SALON_ZONE} />);
    expect(await screen.findByText(/Client alerts unavailable/)).toBeTruthy();
    failing = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    const alerts = await screen.findByRole('region', { name: 'Client alerts' });
    expect(within(alerts).getByText(/in the last 12 months$/)).toBeTruthy();
  });

  it('count the no-shows main reports and name the window in a tooltip', async () => {
    const { pass } = await openDemoBridge(emulator());
    const card = (await pass('clients.card', { locationId: SALON_ID, clientId: 100_004 })) as Result<{
      history: { noShows: number; noShowsSince: string };
    }>;
    if (!card.ok) throw new Error('no card');
    renderWithQuery(<ClientAlerts locationId={SALON_ID} clientId={100_004} zone={SALON_ZONE} />);
    const alerts = await screen.findByRole('region', { name: 'Client alerts' });
    const { noShows } = card.data.history;
    const words = noShows === 0 ? 'No no-shows' : noShows === 1 ? '1 no-show' : `${noShows} no-shows`;
    expect(within(alerts).getByText(`${words} in the last 12 months`)).toBeTruthy();
  });
});

describe('editing the client from the booking dialog', () => {
  it('books the edited client: the dialog takes the new name and phone from the card', async () => {
    let booked: { client?: { id?: number; name?: string; phone?: string } } | null = null;
    await openDemoBridge(emulator(), (channel, input) => {
      if (channel === 'appointments.create') booked = (input as { input: typeof booked }).input;
      return undefined;
    });
    const onSaved = vi.fn<(appointment: Appointment) => void>();
    const slot = {
      teamMemberId: 1001,
      start: salonTime(QUIET_DAY, '14:00'),
      end: salonTime(QUIET_DAY, '15:00'),
      client: {
        mode: 'existing' as const,
        id: 100_007,
        name: 'Old Name',
        phone: '',
        email: '',
        visitsCount: 0,
      },
    };
    renderWithQuery(
      <LocalizationProvider dateAdapter={AdapterLuxon}>
        <ClientCardProvider>
          <AppointmentDialog
            locationId={SALON_ID}
            zone={SALON_ZONE}
            request={{ kind: 'create', slot }}
            onClose={vi.fn()}
            onSaved={onSaved}
          />
        </ClientCardProvider>
      </LocalizationProvider>,
    );
    const dialog = await screen.findByRole('form', { name: 'New appointment' }, { timeout: 5000 });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Client card' }));
    const details = await screen.findByRole('table', { name: 'Client details' }, { timeout: 5000 });
    const card = details.closest('[role="dialog"]') as HTMLElement;
    await userEvent.click(within(card).getByRole('button', { name: 'Edit client' }));
    const form = within(card).getByRole('form', { name: 'Edit client' });
    await userEvent.clear(within(form).getByLabelText('Name'));
    await userEvent.type(within(form).getByLabelText('Name'), 'Edited');
    await userEvent.clear(within(form).getByLabelText('Phone'));
    await userEvent.type(within(form).getByLabelText('Phone'), '+44 7700 900177');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(card).queryByRole('form', { name: 'Edit client' })).toBeNull());
    await userEvent.click(within(card).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Client details' })).toBeNull());

    const picked = within(dialog).getByRole('combobox', { name: 'Client' }) as HTMLInputElement;
    expect(picked.value).toMatch(/^Edited\b/);
    expect(within(dialog).getByText(/\+447700900177/)).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Book' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(booked).toMatchObject({ client: { id: 100_007, name: picked.value, phone: '+447700900177' } });
    expect(onSaved.mock.calls[0]?.[0].client).toMatchObject({ id: 100_007, phone: '+447700900177' });
  });
});

describe('booking while the alerts load', () => {
  it('books the client even though the client’s history never arrives', async () => {
    const { channels } = await openDemoBridge(emulator(), (channel) =>
      channel === 'clients.card' ? new Promise(() => undefined) : undefined,
    );
    const onSaved = vi.fn<(appointment: Appointment) => void>();
    const slot = {
      teamMemberId: 1001,
      start: salonTime(QUIET_DAY, '10:00'),
      end: salonTime(QUIET_DAY, '11:00'),
      client: {
        mode: 'existing' as const,
        id: 100_005,
        name: 'Chosen Client',
        phone: '',
        email: '',
        visitsCount: 0,
      },
    };
    renderWithQuery(
      <LocalizationProvider dateAdapter={AdapterLuxon}>
        <AppointmentDialog
          locationId={SALON_ID}
          zone={SALON_ZONE}
          request={{ kind: 'create', slot }}
          onClose={vi.fn()}
          onSaved={onSaved}
        />
      </LocalizationProvider>,
    );
    const dialog = await screen.findByRole('form', { name: 'New appointment' }, { timeout: 5000 });
    expect(await within(dialog).findByText('Checking the client’s history…')).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Book' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(onSaved.mock.calls[0]?.[0].client?.id).toBe(100_005);
    expect(channels).toContain('clients.card');
  });
});
