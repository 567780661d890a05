import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { teamKeys } from '../../../../renderer/src/features/team';
import { TeamHoursDialog } from '../../../../renderer/src/features/teamHours/TeamHoursDialog';
import type { WorkingDay } from '../../../../shared/domain/teamMember';
import { altegioHttp } from '../../../support/altegioHttp';
import {
  addDays,
  EMMA,
  freshPhone,
  LIAM,
  QUIET_DAY,
  SALON_ID,
  SALON_ZONE,
  salonTime,
} from '../../../support/demoSalon';
import { emulatorForThisFile, openDemoBridge, renderWithQuery } from '../../bridge';

const emulator = emulatorForThisFile();

async function storedHours(staffId: number, date: string) {
  const http = await altegioHttp(emulator());
  const reply = await http.get(
    `/company/${SALON_ID}/staff/schedule?start_date=${date}&end_date=${date}&staff_ids[]=${staffId}`,
  );
  return (reply.body.data as Array<{ staff_id: number; slots: unknown[] }>)[0]?.slots;
}

function open(member: { id: number; name: string }, date: string) {
  const onSaved = vi.fn<(day: WorkingDay) => void>();
  renderWithQuery(
    <TeamHoursDialog
      locationId={SALON_ID}
      zone={SALON_ZONE}
      member={member}
      date={date}
      onClose={vi.fn()}
      onSaved={onSaved}
    />,
  );
  const dialog = screen.getByRole('dialog', { name: /^Working hours of / });
  return { dialog, onSaved };
}

const field = (dialog: HTMLElement, name: string) =>
  within(dialog).getByRole('textbox', { name }) as HTMLInputElement;

describe('TeamHoursDialog', () => {
  it('shows the day’s hours, names bad hours at the field, lists who a day off leaves out, and saves it', async () => {
    const http = await altegioHttp(emulator());
    const phone = freshPhone();
    const booked = await http.post(`/records/${SALON_ID}`, {
      staff_id: EMMA,
      services: [],
      client: { phone, name: 'Dora Dayoff' },
      datetime: salonTime(QUIET_DAY, '16:00'),
      seance_length: 3600,
    });
    expect(booked.status).toBe(201);
    await openDemoBridge(emulator());
    const { dialog, onSaved } = open({ id: EMMA, name: 'Emma Johnson' }, QUIET_DAY);
    const user = userEvent.setup();

    expect(
      ((await within(dialog).findByRole('textbox', { name: 'Hours 1 start' })) as HTMLInputElement).value,
    ).toBe('09:00');
    expect(field(dialog, 'Hours 2 end').value).toBe('18:00');
    expect(await within(dialog).findByText('No appointment falls outside these hours.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toHaveProperty('disabled', true);

    await user.clear(field(dialog, 'Hours 2 start'));
    await user.type(field(dialog, 'Hours 2 start'), '12:00');
    expect(within(dialog).getByText('These hours overlap the ones above.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toHaveProperty('disabled', true);

    await user.click(within(dialog).getByRole('button', { name: 'Day off' }));
    expect(dialog.textContent).toContain('Day off: Emma Johnson does not work on this day.');
    const outside = await within(dialog).findByRole('list', { name: 'Appointments outside the new hours' });
    expect(outside.textContent).toContain(`16:00–17:00 · Dora Dayoff · ${phone}`);
    const save = await within(dialog).findByRole('button', { name: 'Save anyway' });
    await waitFor(() => expect(save).toHaveProperty('disabled', false));
    await user.click(save);
    await waitFor(() =>
      expect(onSaved).toHaveBeenCalledWith({ teamMemberId: EMMA, date: QUIET_DAY, intervals: [] }),
    );
    expect(await storedHours(EMMA, QUIET_DAY)).toEqual([]);
  });

  it('adds a break, and keeps what was typed when Altegio refuses the save', async () => {
    const date = addDays(QUIET_DAY, 7);
    const refusal = 'The end of a slot must be later than its start.';
    const sent: unknown[] = [];
    await openDemoBridge(emulator(), (channel, input) => {
      if (channel === 'teamHours.set') sent.push(input);
      return channel === 'teamHours.set'
        ? {
            ok: false,
            error: {
              code: 'VALIDATION',
              detail: { message: 'An error has occurred.', fields: { 'slots.1.to': refusal } },
            },
          }
        : undefined;
    });
    const { dialog, onSaved } = open({ id: LIAM, name: 'Liam Carter' }, date);
    const user = userEvent.setup();
    expect(
      ((await within(dialog).findByRole('textbox', { name: 'Hours 1 start' })) as HTMLInputElement).value,
    ).toBe('10:00');

    await user.click(within(dialog).getByRole('button', { name: 'Add a break' }));
    expect(
      [1, 2].map((n) => [field(dialog, `Hours ${n} start`).value, field(dialog, `Hours ${n} end`).value]),
    ).toEqual([
      ['10:00', '14:15'],
      ['14:45', '19:00'],
    ]);
    const save = within(dialog).getByRole('button', { name: 'Save' });
    await waitFor(() => expect(save).toHaveProperty('disabled', false));
    await user.click(save);

    expect(await within(dialog).findByText(refusal)).toBeTruthy();
    expect(sent).toEqual([
      {
        locationId: SALON_ID,
        teamMemberId: LIAM,
        date,
        slots: [
          { from: '10:00', to: '14:15' },
          { from: '14:45', to: '19:00' },
        ],
      },
    ]);
    expect(screen.getByRole('dialog', { name: /^Working hours of / })).toBe(dialog);
    expect(
      [1, 2].map((n) => [field(dialog, `Hours ${n} start`).value, field(dialog, `Hours ${n} end`).value]),
    ).toEqual([
      ['10:00', '14:15'],
      ['14:45', '19:00'],
    ]);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('shows hours past midnight with a warning and does not let them be saved', async () => {
    const date = addDays(QUIET_DAY, 14);
    const night: WorkingDay = {
      teamMemberId: LIAM,
      date,
      intervals: [{ start: salonTime(date, '20:00'), end: salonTime(addDays(date, 1), '02:00') }],
    };
    await openDemoBridge(emulator(), (channel) =>
      channel === 'team.workingHours' ? { ok: true, data: [night] } : undefined,
    );
    const { dialog } = open({ id: LIAM, name: 'Liam Carter' }, date);
    const warning = await within(dialog).findByTestId('team-hours-past-midnight');
    expect(warning.textContent).toContain(
      'Hours past midnight can’t be edited here; change them in Altegio.',
    );
    expect(warning.textContent).toContain('20:00–02:00 (next day)');
    expect(within(dialog).queryByRole('textbox')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toHaveProperty('disabled', true);
  });

  it('offers “Save anyway” when the appointments could not be checked', async () => {
    const date = addDays(QUIET_DAY, 21);
    await openDemoBridge(emulator(), (channel) =>
      channel === 'teamHours.preview' ? { ok: false, error: { code: 'NETWORK' } } : undefined,
    );
    const { dialog } = open({ id: LIAM, name: 'Liam Carter' }, date);
    const user = userEvent.setup();
    await user.clear(await within(dialog).findByRole('textbox', { name: 'Hours 1 end' }));
    await user.type(field(dialog, 'Hours 1 end'), '17:00');
    expect(await within(dialog).findByText(/could not be checked|network|connection/i)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Save anyway' })).toHaveProperty('disabled', false);
    expect(within(dialog).queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('edits the hours only once the fresh read has arrived, never the cached copy', async () => {
    const date = addDays(QUIET_DAY, 28);
    const cached: WorkingDay = {
      teamMemberId: LIAM,
      date,
      intervals: [{ start: salonTime(date, '08:00'), end: salonTime(date, '12:00') }],
    };
    let answer: (() => void) | undefined;
    await openDemoBridge(emulator(), (channel, input, pass) =>
      channel === 'team.workingHours'
        ? new Promise((resolve) => {
            answer = () => resolve(pass(channel, input));
          })
        : undefined,
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(teamKeys.workingHours(SALON_ID, date, date), [cached]);
    render(
      <QueryClientProvider client={client}>
        <TeamHoursDialog
          locationId={SALON_ID}
          zone={SALON_ZONE}
          member={{ id: LIAM, name: 'Liam Carter' }}
          date={date}
          onClose={vi.fn()}
          onSaved={vi.fn()}
        />
      </QueryClientProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: /^Working hours of / });
    expect(within(dialog).getByRole('progressbar', { name: 'Loading the working hours' })).toBeTruthy();
    expect(within(dialog).queryByRole('textbox')).toBeNull();
    await waitFor(() => expect(answer).toBeTypeOf('function'));
    answer?.();
    // Liam's Tuesday as Altegio has it, not the cached 08:00–12:00.
    expect(
      ((await within(dialog).findByRole('textbox', { name: 'Hours 1 start' })) as HTMLInputElement).value,
    ).toBe('10:00');
    expect(field(dialog, 'Hours 1 end').value).toBe('19:00');
    expect(await within(dialog).findByTestId('team-hours-outside')).toBeTruthy();
  });
});
