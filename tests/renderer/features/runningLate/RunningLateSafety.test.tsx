import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RunningLateDialog } from '../../../../renderer/src/features/runningLate/RunningLateDialog';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { altegioHttp } from '../../../support/altegioHttp';
import {
  addDays,
  EMMA,
  LIAM,
  QUIET_DAY,
  SALON_ID,
  SALON_TODAY,
  SALON_ZONE,
  salonTime,
} from '../../../support/demoSalon';
import { bookRaw, storedStart } from '../../../support/runningLate';
import { emulatorForThisFile, openDemoBridge, renderWithQuery } from '../../bridge';

const emulator = emulatorForThisFile();
const team = [
  { id: EMMA, name: 'Emma Johnson' },
  { id: LIAM, name: 'Liam Carter' },
] as TeamMember[];

function open(date: string, time: string, teamMemberId = EMMA) {
  const onClose = vi.fn();
  renderWithQuery(
    <RunningLateDialog
      locationId={SALON_ID}
      zone={SALON_ZONE}
      teamMembers={team}
      initial={{ teamMemberId, date, time, minutes: '20', mode: 'all' }}
      onClose={onClose}
      onPushed={vi.fn()}
    />,
  );
  return { dialog: screen.getByRole('dialog', { name: /^Running late, / }), onClose };
}

describe('RunningLateDialog, keeping the desk informed', () => {
  it('copies only the phones of clients who will move, then lists the moved ones; names each "save anyway"', async () => {
    const date = addDays(QUIET_DAY, 21);
    const http = await altegioHttp(emulator());
    const first = await bookRaw(http, EMMA, date, '15:00', 30, 'Mover Mia');
    const before = await bookRaw(http, EMMA, date, '16:50', 45, 'Held Hank');
    const last = await bookRaw(http, EMMA, date, '17:35', 25, 'Closing Cleo');
    const { core } = await openDemoBridge(emulator());
    const { dialog } = open(date, '15:00');
    const user = userEvent.setup();

    // 17:35 would go past closing: it stays unless saved anyway, and holds back 16:50.
    const saveLast = await within(dialog).findByRole('checkbox', {
      name: 'Save anyway: Closing Cleo at 17:55',
    });
    expect(saveLast.getAttribute('aria-describedby')).toBe(`running-late-problem-${last.id}`);
    expect(document.getElementById(`running-late-problem-${last.id}`)?.textContent).toBe(
      'The team member is not working then.',
    );
    await user.click(await within(dialog).findByRole('button', { name: 'Copy all phone numbers' }));
    await waitFor(() => expect(core.copied).toHaveLength(1));
    expect(core.copied[0]).toBe(first.client?.phone);

    const push = within(dialog).getByRole('button', { name: 'Push 1 appointment' });
    await waitFor(() => expect(push).toHaveProperty('disabled', false));
    await user.click(push);

    expect((await within(dialog).findByRole('status')).textContent).toBe(
      '1 of 3 appointments pushed; the others are where they were.',
    );
    const moved = within(dialog).getByTestId(`running-late-outcome-${first.id}`);
    expect(moved.textContent).toContain(first.client?.phone);
    expect(within(dialog).getByTestId(`running-late-outcome-${before.id}`).textContent).not.toContain(
      before.client?.phone,
    );
    await user.click(within(moved).getByRole('button', { name: 'Copy the phone number of Mover Mia' }));
    await waitFor(() => expect(core.copied).toHaveLength(2));
    expect(core.copied[1]).toBe(first.client?.phone);
    expect(Date.parse(await storedStart(http, first.id))).toBe(Date.parse(salonTime(date, '15:20')));
    expect(Date.parse(await storedStart(http, before.id))).toBe(Date.parse(salonTime(date, '16:50')));
  });

  it('offers no "save anyway" for a time already past', async () => {
    // The pinned now is 10:00 in the salon: 09:30 pushed by 20 minutes is still before it.
    const http = await altegioHttp(emulator());
    const early = await bookRaw(http, LIAM, SALON_TODAY, '09:20', 10, 'Past Paula');
    await openDemoBridge(emulator());
    const { dialog } = open(SALON_TODAY, '09:20', LIAM);

    const row = await within(dialog).findByTestId(`running-late-row-${early.id}`);
    expect(row.textContent).toContain('That time has already passed.');
    expect(within(row).queryByRole('checkbox')).toBeNull();
  });

  it('cannot be closed while the push runs, and shows that it is running', async () => {
    const date = addDays(QUIET_DAY, 28);
    const http = await altegioHttp(emulator());
    const booked = await bookRaw(http, EMMA, date, '10:00', 30, 'Patient Pat');
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    await openDemoBridge(emulator(), async (channel, input, pass) => {
      if (channel !== 'runningLate.apply') return undefined;
      await gate;
      return pass(channel, input);
    });
    const { dialog, onClose } = open(date, '10:00');
    const user = userEvent.setup();
    const push = await within(dialog).findByRole('button', { name: 'Push 1 appointment' });
    await waitFor(() => expect(push).toHaveProperty('disabled', false));
    await user.click(push);

    expect(await within(dialog).findByRole('progressbar', { name: /Pushing the appointments/ })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveProperty('disabled', true);
    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();

    release();
    expect((await within(dialog).findByRole('status')).textContent).toBe('All 1 appointment pushed.');
    expect(onClose).not.toHaveBeenCalled();
    expect(Date.parse(await storedStart(http, booked.id))).toBe(Date.parse(salonTime(date, '10:20')));
  });
});
