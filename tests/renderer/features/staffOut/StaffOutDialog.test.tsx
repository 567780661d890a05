import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterLuxon } from '@mui/x-date-pickers/AdapterLuxon';
import { describe, expect, it, vi } from 'vitest';
import { StaffOutDialog } from '../../../../renderer/src/features/staffOut/StaffOutDialog';
import { altegioHttp } from '../../../support/altegioHttp';
import { AltegioError } from '../../../../electron/main/altegio/errors';
import {
  addDays,
  freshPhone,
  LIAM,
  QUIET_DAY,
  SALON_ID,
  SALON_ZONE,
  salonTime,
} from '../../../support/demoSalon';
import type { TestCore } from '../../../support/mainCore';
import { appointmentsKeys } from '../../../../renderer/src/features/appointments';
import { emptyRange } from '../../../../renderer/src/features/appointments/cache';
import { emulatorForThisFile, openDemoBridge, renderWithQuery } from '../../bridge';

const emulator = emulatorForThisFile();

interface WireRecord {
  staff_id: number;
  datetime: string;
  seance_length: number;
  last_change_date: string;
  services: Array<{ id: number }>;
  client: { phone: string; name: string };
}

async function bookLiam(date: string, time: string, name: string) {
  const http = await altegioHttp(emulator());
  const services = (await http.get(`/company/${SALON_ID}/services`)).body.data as Array<{
    id: number;
    title: string;
  }>;
  const reply = await http.post(`/records/${SALON_ID}`, {
    staff_id: LIAM,
    services: [{ id: services.find((s) => s.title === "Men's haircut")!.id }],
    client: { phone: freshPhone(), name },
    datetime: salonTime(date, time),
    seance_length: 1800,
  });
  expect(reply.status).toBe(201);
  return reply.body.data as { id: number };
}

async function showDialog(core: TestCore, date: string, onClose = vi.fn(), queryClient?: QueryClient) {
  const team = await core.session.withLocation(SALON_ID, (client, location) => client.team.list(location));
  const inside = (ui: ReactNode) =>
    queryClient
      ? render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>)
      : renderWithQuery(ui);
  inside(
    <LocalizationProvider dateAdapter={AdapterLuxon}>
      <StaffOutDialog
        locationId={SALON_ID}
        zone={SALON_ZONE}
        teamMembers={team}
        start={{ teamMemberId: LIAM, from: date, to: date }}
        onClose={onClose}
      />
    </LocalizationProvider>,
  );
  return screen.getByRole('dialog', { name: 'Team member out' });
}

describe('StaffOutDialog', () => {
  it('preselects a proposal (never a cancel), names what nobody can take, applies, and keeps what failed', async () => {
    const http = await altegioHttp(emulator());
    const services = (await http.get(`/company/${SALON_ID}/services`)).body.data as Array<{
      id: number;
      title: string;
    }>;
    const serviceId = (title: string) => services.find((s) => s.title === title)!.id;
    const book = async (time: string, titles: string[], name: string) => {
      const reply = await http.post(`/records/${SALON_ID}`, {
        staff_id: LIAM,
        services: titles.map((title) => ({ id: serviceId(title) })),
        client: { phone: freshPhone(), name },
        datetime: salonTime(QUIET_DAY, time),
        seance_length: 1800,
      });
      expect(reply.status).toBe(201);
      return reply.body.data as { id: number };
    };
    const early = await book('10:00', ["Men's haircut"], 'Early Client');
    const noon = await book('12:00', ["Men's haircut"], 'Noon Client');
    await book('15:00', ["Men's haircut", 'Classic manicure'], 'Mixed Client');
    const { core } = await openDemoBridge(emulator());
    const team = await core.session.withLocation(SALON_ID, (client, location) => client.team.list(location));
    renderWithQuery(
      <LocalizationProvider dateAdapter={AdapterLuxon}>
        <StaffOutDialog
          locationId={SALON_ID}
          zone={SALON_ZONE}
          teamMembers={team}
          start={{ teamMemberId: LIAM, from: QUIET_DAY, to: QUIET_DAY }}
          onClose={vi.fn()}
        />
      </LocalizationProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Team member out' });
    const user = userEvent.setup();
    const choice = (time: string, name: string) =>
      within(dialog).getByRole('combobox', {
        name: new RegExp(`^Who takes ${time}.* ${name}$`),
      }) as HTMLSelectElement;

    await within(dialog).findByRole('combobox', { name: /Early Client$/ });
    const earlyChoice = choice('10:00', 'Early Client');
    const proposedEarly = Number(/^to:(\d+)@/.exec(earlyChoice.value)?.[1]);
    expect(proposedEarly).toBeGreaterThan(0);
    expect(earlyChoice.selectedOptions[0]!.textContent).toMatch(/, same time$/);
    expect([...earlyChoice.options].map((o) => o.textContent)).toEqual(
      expect.arrayContaining(['Leave with Liam Carter', 'Cancel the appointment']),
    );
    expect(choice('15:00', 'Mixed Client').value).toBe('leave');
    expect(within(dialog).getByText('Nobody else provides all these services.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Copy the phone of Early Client' })).toBeTruthy();

    // Another desk books the member proposed for noon, at noon.
    const noonChoice = choice('12:00', 'Noon Client');
    const taken = Number(/^to:(\d+)@/.exec(noonChoice.value)![1]);
    const other = await http.post(`/records/${SALON_ID}`, {
      staff_id: taken,
      services: [],
      client: { phone: freshPhone(), name: 'Other Desk' },
      datetime: salonTime(QUIET_DAY, '12:00'),
      seance_length: 1800,
    });
    expect(other.status).toBe(201);

    await user.click(within(dialog).getByRole('button', { name: 'Apply 2 changes' }));
    const results = await within(dialog).findByTestId('staff-out-results');
    expect(results.textContent).toContain('1 of 2 changes done.');
    expect(results.textContent).toContain('Moved.');
    const earlyNow = (await http.get(`/record/${SALON_ID}/${early.id}`)).body.data as { staff_id: number };
    expect(earlyNow.staff_id).toBe(proposedEarly);
    expect(earlyNow.staff_id).not.toBe(LIAM);
    expect(
      ((await http.get(`/record/${SALON_ID}/${noon.id}`)).body.data as { staff_id: number }).staff_id,
    ).toBe(LIAM);

    // The noon row stays, says why, and gets a fresh proposal; the early one has left the table.
    const noonRow = await within(dialog).findByTestId(`staff-out-row-${noon.id}`);
    await waitFor(() => expect(noonRow.textContent).toContain('Not moved: The team member is busy then'));
    await waitFor(() => expect(within(dialog).queryByTestId(`staff-out-row-${early.id}`)).toBeNull());
  });
  it('keeps a cancel that failed for another try, but drops it when another desk changed the appointment', async () => {
    const date = addDays(QUIET_DAY, 7);
    const http = await altegioHttp(emulator());
    const { core } = await openDemoBridge(emulator());
    const [changed, failed] = [
      await bookLiam(date, '10:00', 'Changed Client'),
      await bookLiam(date, '12:00', 'Failed Client'),
    ];
    const dialog = await showDialog(core, date);
    const user = userEvent.setup();
    const choice = (name: string) =>
      within(dialog).getByRole('combobox', { name: new RegExp(`${name}$`) }) as HTMLSelectElement;
    await within(dialog).findByRole('combobox', { name: /Failed Client$/ });
    const proposed = choice('Changed Client').value;
    await user.selectOptions(choice('Changed Client'), 'cancel');
    await user.selectOptions(choice('Failed Client'), 'cancel');

    // Another desk changes one (Altegio's change time has whole seconds: until it shows).
    const record = (await http.get(`/record/${SALON_ID}/${changed.id}`)).body.data as WireRecord;
    await expect
      .poll(async () => {
        await http.put(`/record/${SALON_ID}/${changed.id}`, {
          staff_id: record.staff_id,
          services: record.services.map((s) => ({ id: s.id })),
          client: { phone: record.client.phone, name: record.client.name },
          datetime: record.datetime,
          seance_length: record.seance_length,
          comment: 'Changed at another desk',
        });
        return ((await http.get(`/record/${SALON_ID}/${changed.id}`)).body.data as WireRecord)
          .last_change_date;
      })
      .not.toBe(record.last_change_date);
    // The other one's cancel fails on the way (a server error, and it is still there afterwards).
    await core.session.withLocation(SALON_ID, async (client) => {
      vi.spyOn(client.appointments, 'remove').mockRejectedValueOnce(
        new AltegioError({ code: 'SERVER', kind: 'http', status: 503 }),
      );
    });

    await user.click(within(dialog).getByRole('button', { name: 'Apply 2 changes' }));
    const results = await within(dialog).findByTestId('staff-out-results');
    expect(results.textContent).toContain('0 of 2 changes done.');
    vi.restoreAllMocks();

    // The failed cancel is still a cancel; the changed one is back to the proposal, not a silent cancel.
    await waitFor(() => expect(choice('Changed Client').value).toBe(proposed));
    expect(choice('Failed Client').value).toBe('cancel');
    await user.click(within(dialog).getByRole('button', { name: 'Apply 2 changes' }));
    await waitFor(() =>
      expect(within(dialog).getByTestId('staff-out-results').textContent).toContain('All 2 changes done.'),
    );
    expect((await http.get(`/record/${SALON_ID}/${failed.id}`)).status).toBe(404);
    const moved = (await http.get(`/record/${SALON_ID}/${changed.id}`)).body.data as WireRecord;
    expect(moved.staff_id).toBe(Number(/^to:(\d+)@/.exec(proposed)![1]));
    await within(dialog).findByTestId('staff-out-empty');
  });

  it('cannot be closed while an apply runs, and says what it is doing', async () => {
    const date = addDays(QUIET_DAY, 14);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { core } = await openDemoBridge(emulator(), async (channel) => {
      if (channel === 'staffOut.apply') await gate;
      return undefined;
    });
    const slow = await bookLiam(date, '10:00', 'Slow Client');
    const onClose = vi.fn();
    const dialog = await showDialog(core, date, onClose);
    const user = userEvent.setup();
    await within(dialog).findByRole('combobox', { name: /Slow Client$/ });
    await user.click(within(dialog).getByRole('button', { name: 'Apply 1 change' }));

    expect(await within(dialog).findByRole('progressbar', { name: 'Applying 1 change…' })).toBeTruthy();
    expect(dialog.getAttribute('aria-busy')).toBe('true');
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveProperty('disabled', true);
    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();

    release();
    expect((await within(dialog).findByTestId('staff-out-results')).textContent).toContain(
      'All 1 change done.',
    );
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveProperty('disabled', false);
    expect(dialog.getAttribute('aria-busy')).toBe('false');
    await waitFor(() => expect(within(dialog).queryByTestId(`staff-out-row-${slow.id}`)).toBeNull());
  });
  it('reads the calendar again when an apply fails as a whole (some changes may have been made)', async () => {
    const date = addDays(QUIET_DAY, 21);
    const { core } = await openDemoBridge(emulator(), (channel) =>
      channel === 'staffOut.apply' ? { ok: false, error: { code: 'NETWORK' } } : undefined,
    );
    const one = await bookLiam(date, '10:00', 'Lost Client');
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const shown = appointmentsKeys.range(SALON_ID, date, date);
    queryClient.setQueryData(shown, emptyRange(date, date));
    const dialog = await showDialog(core, date, vi.fn(), queryClient);
    const user = userEvent.setup();
    await within(dialog).findByRole('combobox', { name: /Lost Client$/ });
    expect(queryClient.getQueryState(shown)?.isInvalidated).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Apply 1 change' }));
    expect(await within(dialog).findByText(/could not|connection|network/i)).toBeTruthy();
    expect(queryClient.getQueryState(shown)?.isInvalidated).toBe(true);
    // The row is still there for another try, once the plan is read again.
    const apply = within(dialog).getByRole('button', { name: 'Apply 1 change' });
    await waitFor(() => expect(apply).toHaveProperty('disabled', false));
    expect(within(dialog).getByTestId(`staff-out-row-${one.id}`)).toBeTruthy();
  });
});
