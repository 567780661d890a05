import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RunningLateDialog } from '../../../../renderer/src/features/runningLate/RunningLateDialog';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { altegioHttp } from '../../../support/altegioHttp';
import { addDays, EMMA, LIAM, QUIET_DAY, SALON_ID, SALON_ZONE, salonTime } from '../../../support/demoSalon';
import { bookRaw, storedStart } from '../../../support/runningLate';
import { emulatorForThisFile, openDemoBridge, renderWithQuery } from '../../bridge';

const emulator = emulatorForThisFile();
const team = [
  { id: EMMA, name: 'Emma Johnson' },
  { id: LIAM, name: 'Liam Carter' },
] as TeamMember[];

function open(date: string, time: string) {
  const onPushed = vi.fn();
  renderWithQuery(
    <RunningLateDialog
      locationId={SALON_ID}
      zone={SALON_ZONE}
      teamMembers={team}
      initial={{ teamMemberId: EMMA, date, time, minutes: '20', mode: 'all' }}
      onClose={vi.fn()}
      onPushed={onPushed}
    />,
  );
  return { dialog: screen.getByRole('dialog', { name: /^Running late, / }), onPushed };
}

const minutesField = (dialog: HTMLElement) =>
  within(dialog).getByRole('textbox', { name: 'Minutes late' }) as HTMLInputElement;

describe('RunningLateDialog', () => {
  it('previews new times and what is in the way, names bad minutes, and pushes with "save anyway"', async () => {
    const http = await altegioHttp(emulator());
    const first = await bookRaw(http, EMMA, QUIET_DAY, '10:00', 60, 'Fiona First');
    const last = await bookRaw(http, EMMA, QUIET_DAY, '17:35', 25, 'Larry Last');
    await openDemoBridge(emulator());
    const { dialog, onPushed } = open(QUIET_DAY, '10:00');
    const user = userEvent.setup();

    const row = await within(dialog).findByTestId(`running-late-row-${first.id}`);
    expect(row.textContent).toContain('10:00–11:00');
    expect(row.textContent).toContain('10:20–11:20');
    expect(row.textContent).toContain(first.client?.phone ?? 'no phone');
    const lastRow = within(dialog).getByTestId(`running-late-row-${last.id}`);
    expect(lastRow.textContent).toContain('The team member is not working then.');
    expect(await within(dialog).findByRole('button', { name: 'Push 1 appointment' })).toBeTruthy();

    await user.clear(minutesField(dialog));
    await user.type(minutesField(dialog), '3');
    expect(within(dialog).getByText('Enter whole minutes from 5 to 240.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Push appointments' })).toHaveProperty(
      'disabled',
      true,
    );
    await user.click(within(dialog).getByRole('button', { name: '20 minutes' }));
    expect(minutesField(dialog).value).toBe('20');

    await user.click(
      await within(dialog).findByRole('checkbox', { name: 'Save anyway: Larry Last at 17:55' }),
    );
    const push = await within(dialog).findByRole('button', { name: 'Push 2 appointments' });
    await waitFor(() => expect(push).toHaveProperty('disabled', false));
    await user.click(push);

    expect((await within(dialog).findByTestId('running-late-summary')).textContent).toBe(
      'All 2 appointments pushed.',
    );
    expect(onPushed).toHaveBeenCalledTimes(1);
    expect(Date.parse(await storedStart(http, first.id))).toBe(Date.parse(salonTime(QUIET_DAY, '10:20')));
    expect(Date.parse(await storedStart(http, last.id))).toBe(Date.parse(salonTime(QUIET_DAY, '17:55')));
  });

  it('keeps what was chosen when the push fails', async () => {
    const date = addDays(QUIET_DAY, 7);
    const http = await altegioHttp(emulator());
    const booked = await bookRaw(http, EMMA, date, '14:00', 60, 'Nora Network');
    await openDemoBridge(emulator(), (channel) =>
      channel === 'runningLate.apply'
        ? { ok: false, error: { code: 'NETWORK', params: { host: 'Altegio' } } }
        : undefined,
    );
    const { dialog, onPushed } = open(date, '13:00');
    const user = userEvent.setup();
    await within(dialog).findByTestId(`running-late-row-${booked.id}`);
    await user.click(within(dialog).getByRole('button', { name: '45 minutes' }));
    await user.click(within(dialog).getByRole('radio', { name: /until a gap/ }));
    const push = await within(dialog).findByRole('button', { name: 'Push 1 appointment' });
    await waitFor(() => expect(push).toHaveProperty('disabled', false));
    expect(within(dialog).getByTestId(`running-late-row-${booked.id}`).textContent).toContain('14:45–15:45');
    await user.click(push);

    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    expect(minutesField(dialog).value).toBe('45');
    expect(within(dialog).getByRole('radio', { name: /until a gap/ })).toHaveProperty('checked', true);
    expect(within(dialog).getByRole('button', { name: 'Push 1 appointment' })).toBeTruthy();
    expect(onPushed).not.toHaveBeenCalled();
    expect(Date.parse(await storedStart(http, booked.id))).toBe(Date.parse(salonTime(date, '14:00')));
  });

  it('names in the result a slot another desk took after the preview', async () => {
    const date = addDays(QUIET_DAY, 14);
    const http = await altegioHttp(emulator());
    const first = await bookRaw(http, EMMA, date, '10:00', 30, 'Olga Overlap');
    await openDemoBridge(emulator());
    const { dialog } = open(date, '10:00');
    const user = userEvent.setup();
    const push = await within(dialog).findByRole('button', { name: 'Push 1 appointment' });
    await waitFor(() => expect(push).toHaveProperty('disabled', false));

    // Another desk books 10:30 meanwhile: 10:20–10:50 would overlap it.
    const taken = await bookRaw(http, EMMA, date, '10:30', 30, 'Other Desk');
    await user.click(push);

    expect((await within(dialog).findByTestId('running-late-summary')).textContent).toBe(
      '0 of 2 appointments pushed; the others are where they were.',
    );
    expect(within(dialog).getByTestId(`running-late-outcome-${first.id}`).textContent).toContain(
      'Not moved: The team member is busy then (another appointment or a group event).',
    );
    expect(within(dialog).getByTestId(`running-late-outcome-${taken.id}`).textContent).toContain(
      'Not moved: booked or moved here since the preview, so it was not shown.',
    );
    expect(Date.parse(await storedStart(http, first.id))).toBe(Date.parse(salonTime(date, '10:00')));
    expect(Date.parse(await storedStart(http, taken.id))).toBe(Date.parse(salonTime(date, '10:30')));
  });
});
