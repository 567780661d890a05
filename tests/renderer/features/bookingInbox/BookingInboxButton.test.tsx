import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BookingInboxButton } from '../../../../renderer/src/features/bookingInbox';
import { describeError } from '../../../../renderer/src/errors';
import { altegioHttp } from '../../../support/altegioHttp';
import { EMMA, freshPhone, QUIET_DAY, SALON_ID, SALON_ZONE } from '../../../support/demoSalon';
import { bookOnline } from '../../../support/onlineBooking';
import { emulatorForThisFile, openDemoBridge, renderWithQuery } from '../../bridge';

const emulator = emulatorForThisFile();
const emma = { id: EMMA, name: 'Emma Johnson' } as Parameters<
  typeof BookingInboxButton
>[0]['teamMembers'][number];

const countOf = async () => {
  const button = await screen.findByRole('button', { name: /^Online bookings: \d+ to look at$/ });
  return Number(/(\d+)/.exec(button.getAttribute('aria-label') ?? '')?.[1]);
};

describe('the online bookings button', () => {
  it('counts what main lists, opens the panel, and acknowledges at this desk only', async () => {
    const phone = freshPhone();
    const booked = await bookOnline(await altegioHttp(emulator()), {
      teamMemberId: EMMA,
      date: QUIET_DAY,
      fullname: 'Ida Inbox',
      phone,
    });
    let failNext = true;
    const { core } = await openDemoBridge(emulator(), (channel) => {
      if (channel !== 'bookingInbox.acknowledge' || !failNext) return undefined;
      failNext = false;
      return { ok: false, error: { code: 'NETWORK' } };
    });
    const onOpen = vi.fn();
    renderWithQuery(
      <BookingInboxButton locationId={SALON_ID} zone={SALON_ZONE} teamMembers={[emma]} onOpen={onOpen} />,
    );
    const count = await countOf();
    // This desk's first look is kept in its settings.
    expect(core.settings.getBookingInbox(SALON_ID)).not.toBeNull();
    expect(count).toBeGreaterThan(0);

    await userEvent.click(screen.getByRole('button', { name: /^Online bookings/ }));
    // The drawer's code loads when it first opens.
    const panel = await screen.findByRole('dialog', { name: 'Online bookings' });
    const item = await within(panel).findByRole('listitem', { name: `Ida Inbox · ${phone}` });
    expect(item.textContent).toContain(`${booked.service.title} with Emma Johnson`);

    // A failed acknowledgement says why and keeps the item.
    await userEvent.click(within(item).getByRole('button', { name: 'Acknowledge' }));
    expect(await within(panel).findByText(describeError({ code: 'NETWORK' }))).toBeTruthy();
    expect(within(panel).getByRole('listitem', { name: `Ida Inbox · ${phone}` })).toBeTruthy();

    await userEvent.click(within(item).getByRole('button', { name: 'Acknowledge' }));
    await waitFor(() =>
      expect(within(panel).queryByRole('listitem', { name: `Ida Inbox · ${phone}` })).toBeNull(),
    );
    expect(core.settings.getBookingInbox(SALON_ID)?.records[String(booked.recordId)]).toMatchObject({
      teamMemberId: EMMA,
      deleted: false,
    });

    await userEvent.click(within(panel).getByRole('button', { name: 'Close online bookings' }));
    expect(await countOf()).toBe(count - 1);

    // Open hands the appointment to the calendar and gets out of the way.
    await userEvent.click(screen.getByRole('button', { name: /^Online bookings/ }));
    const first = within(screen.getByRole('dialog', { name: 'Online bookings' }))
      .getAllByRole('listitem')
      .find((listed) => within(listed).queryByRole('button', { name: 'Open' }));
    if (!first) throw new Error('nothing listed');
    const id = Number(first.getAttribute('data-inbox-appointment-id'));
    await userEvent.click(within(first).getByRole('button', { name: 'Open' }));
    expect(onOpen).toHaveBeenCalledWith({ id, start: expect.any(String) });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Online bookings' })).toBeNull());
  });
});
