import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterLuxon } from '@mui/x-date-pickers/AdapterLuxon';
import { describe, expect, it, vi } from 'vitest';
import { StaffOutDialog } from '../../../../renderer/src/features/staffOut/StaffOutDialog';
import { altegioHttp } from '../../../support/altegioHttp';
import { freshPhone, LIAM, QUIET_DAY, SALON_ID, SALON_ZONE, salonTime } from '../../../support/demoSalon';
import { emulatorForThisFile, openDemoBridge, renderWithQuery } from '../../bridge';

const emulator = emulatorForThisFile();

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
});
