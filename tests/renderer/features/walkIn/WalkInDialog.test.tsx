import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_CREDENTIALS, startEmulator, type RunningEmulator } from '../../../../electron/emulator';
import { WalkInDialog } from '../../../../renderer/src/features/walkIn/WalkInDialog';
import type { Appointment } from '../../../../shared/domain/appointment';
import { altegioHttp } from '../../../support/altegioHttp';
import { freshPhone, SALON_ID, SALON_ZONE } from '../../../support/demoSalon';
import { runningClockFrom } from '../../../support/testClock';
import { freeForWalkIn, walkInMoment } from '../../../support/walkIn';
import { installBridge, renderWithQuery } from '../../bridge';

const NOW = walkInMoment();
let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false, now: NOW });
});
afterAll(async () => {
  await emulator.close();
});

async function openDialog(serviceText?: string) {
  const core = installBridge({
    now: runningClockFrom(NOW),
    startDemo: async () => ({ baseUrl: emulator.url, ...DEMO_CREDENTIALS }),
  });
  await core.session.openDemo();
  const onBooked = vi.fn<(appointment: Appointment, markedBy: string) => void>();
  renderWithQuery(
    <WalkInDialog
      locationId={SALON_ID}
      zone={SALON_ZONE}
      onClose={vi.fn()}
      onBooked={onBooked}
      serviceText={serviceText}
    />,
  );
  const dialog = await screen.findByRole('dialog', { name: 'Walk-in: who can take them now?' });
  return { dialog, onBooked };
}

async function pickService(dialog: HTMLElement, title: string) {
  const user = userEvent.setup();
  await user.type(within(dialog).getByRole('combobox', { name: 'Services' }), title);
  await user.click(await screen.findByRole('option', { name: title }));
  return user;
}

describe('WalkInDialog', () => {
  it('asks for the client before booking, and says so at the fields', async () => {
    const { dialog, onBooked } = await openDialog();
    const user = await pickService(dialog, "Men's haircut");
    const free = await within(dialog).findByRole('list', { name: 'Free now' });
    await user.click(within(free).getAllByRole('button', { name: /^Book / })[0]!);
    expect(await within(dialog).findByText('Enter the client’s name.')).toBeTruthy();
    expect(within(dialog).getByText('Enter a phone number with 9 to 15 digits.')).toBeTruthy();
    expect(onBooked).not.toHaveBeenCalled();
  });

  it('when another desk takes the time first: says so, keeps what was typed and refreshes the list', async () => {
    const { dialog, onBooked } = await openDialog();
    const user = await pickService(dialog, "Men's haircut");
    const free = await within(dialog).findByRole('list', { name: 'Free now' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Client name' }), 'Pat Walker');
    await user.type(within(dialog).getByRole('textbox', { name: 'Phone' }), freshPhone());

    // Another desk books the first one's time (through Altegio directly) while the dialog is open.
    const http = await altegioHttp(emulator);
    const haircut = (await http.get(`/company/${SALON_ID}/services`)).body.data.find(
      (service: { title: string }) => service.title === "Men's haircut",
    ).id as number;
    const [first] = await freeForWalkIn(http, SALON_ID, [haircut], NOW, 3);
    if (!first) throw new Error('nobody free');
    const taken = await http.post(`/records/${SALON_ID}`, {
      staff_id: first.teamMemberId,
      services: [{ id: haircut }],
      client: { name: 'Other Desk', phone: freshPhone() },
      datetime: first.datetime,
      seance_length: first.durationSeconds,
    });
    expect(taken.status).toBe(201);

    const row = within(free).getAllByRole('listitem')[0]!;
    expect(row.textContent).toContain(first.name);
    await user.click(within(row).getByRole('button', { name: /^Book / }));
    expect(await within(dialog).findByRole('alert')).toHaveProperty(
      'textContent',
      'Someone took this time meanwhile. The list is refreshed: pick another.',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Client name' })).toHaveProperty(
      'value',
      'Pat Walker',
    );
    // The refreshed list no longer offers that member at that time.
    await waitFor(() => {
      const rows = within(within(dialog).getByRole('list', { name: 'Free now' })).getAllByRole('listitem');
      expect(rows[0]!.getAttribute('aria-label')).not.toBe(row.getAttribute('aria-label'));
    });
    expect(onBooked).not.toHaveBeenCalled();
    await http.delete(`/record/${SALON_ID}/${taken.body.data.id}`);
  });

  it('after a try whose outcome is unknown, warns before booking something else, and books on the next press', async () => {
    const { dialog, onBooked } = await openDialog();
    const user = await pickService(dialog, "Men's haircut");
    const free = await within(dialog).findByRole('list', { name: 'Free now' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Client name' }), 'Sam Unsure');
    await user.type(within(dialog).getByRole('textbox', { name: 'Phone' }), freshPhone());
    const book = () => within(free).getAllByRole('button', { name: /^Book / })[0]!;

    emulator.faults.set({ errorRate: 1 });
    try {
      await user.click(book());
      await within(dialog).findByRole('alert');
    } finally {
      emulator.faults.clear();
    }
    expect(onBooked).not.toHaveBeenCalled();

    // Another client at the same time is another booking: the desk is told the last try may have saved.
    const name = within(dialog).getByRole('textbox', { name: 'Client name' });
    await user.clear(name);
    await user.type(name, 'Sam Sure');
    await user.click(book());
    expect(await within(dialog).findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining('The last try may have been saved after all.'),
    );
    expect(onBooked).not.toHaveBeenCalled();

    await user.click(book());
    await waitFor(() => expect(onBooked).toHaveBeenCalledTimes(1));
    expect(onBooked.mock.calls[0]![0].client?.name).toBe('Sam Sure');
  });

  it('opens with the text its opener typed in the services field, the matching services offered', async () => {
    const { dialog } = await openDialog('haircut');
    const field = within(dialog).getByRole('combobox', { name: 'Services' });
    expect((field as HTMLInputElement).value).toBe('haircut');
    const offered = (await screen.findAllByRole('option')).map((option) => option.textContent);
    expect(offered).toContain("Men's haircut");
    expect(offered.every((title) => /haircut/i.test(title ?? ''))).toBe(true);
  });
});
