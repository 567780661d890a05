import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TeamHoursDialog } from '../../../../renderer/src/features/teamHours';
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
    expect(within(dialog).getByText('Day off: Emma Johnson does not work on this day.')).toBeTruthy();
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
    await openDemoBridge(emulator(), (channel) =>
      channel === 'teamHours.set'
        ? {
            ok: false,
            error: {
              code: 'VALIDATION',
              detail: { message: 'An error has occurred.', fields: { 'slots.1.to': refusal } },
            },
          }
        : undefined,
    );
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
    expect(field(dialog, 'Hours 2 start').value).toBe('14:45');
    expect(onSaved).not.toHaveBeenCalled();
    expect(await storedHours(LIAM, date)).toEqual([{ from: '10:00', to: '19:00' }]);
  });
});
