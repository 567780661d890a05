import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_CREDENTIALS, startEmulator, type RunningEmulator } from '../../../../electron/emulator';
import { RebookDialog } from '../../../../renderer/src/features/rebook/RebookDialog';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { altegioHttp } from '../../../support/altegioHttp';
import { addDays, freshPhone, SALON_ID, SALON_TODAY, SALON_ZONE } from '../../../support/demoSalon';
import { rebookableRecord, type ExpectedRebook } from '../../../support/rebook';
import { runningClockFrom, TEST_NOW } from '../../../support/testClock';
import { installBridge, renderWithQuery } from '../../bridge';

const WEEKS = 6;
let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false, now: TEST_NOW });
});
afterAll(async () => {
  await emulator.close();
});

async function openDialog() {
  const core = installBridge({
    now: runningClockFrom(TEST_NOW),
    startDemo: async () => ({ baseUrl: emulator.url, ...DEMO_CREDENTIALS }),
  });
  await core.session.openDemo();
  const http = await altegioHttp(emulator);
  const expected = await rebookableRecord(
    http,
    SALON_ID,
    addDays(SALON_TODAY, 1),
    addDays(SALON_TODAY, 6),
    WEEKS,
  );
  const answer = await window.frontdesk.invoke('appointments.list', {
    locationId: SALON_ID,
    from: expected.record.date.slice(0, 10),
    to: expected.record.date.slice(0, 10),
  });
  if (!answer.ok) throw new Error(answer.error.code);
  const original = answer.data.appointments.find((a) => a.id === expected.record.id)!;
  const team = await window.frontdesk.invoke('team.list', { locationId: SALON_ID });
  const teamMembers = (team.ok ? team.data : []) as TeamMember[];
  const onBooked = vi.fn<(appointment: Appointment) => void>();
  renderWithQuery(
    <RebookDialog
      locationId={SALON_ID}
      zone={SALON_ZONE}
      teamMembers={teamMembers}
      original={original}
      onClose={vi.fn()}
      onBooked={onBooked}
    />,
  );
  const dialog = await screen.findByRole('dialog', { name: /^Rebook / });
  return { dialog, onBooked, expected, teamMembers, http };
}

const slotWords = (expected: ExpectedRebook, teamMembers: TeamMember[]) => {
  const start = DateTime.fromISO(expected.datetime).setZone(SALON_ZONE);
  const name = teamMembers.find((m) => m.id === expected.record.staff_id)?.name;
  return `${start.toFormat('cccc d LLLL yyyy')} at ${start.toFormat('HH:mm')} with ${name}, ${Math.round(
    expected.durationSeconds / 60,
  )} min`;
};

describe('RebookDialog', () => {
  it('proposes the slot N weeks on in words and books it on "Book it"', async () => {
    const { dialog, onBooked, expected, teamMembers } = await openDialog();
    const list = await within(dialog).findByRole('list', { name: 'Free times found' });
    const words = slotWords(expected, teamMembers);
    expect(list.textContent).toContain(words);
    await userEvent.setup().click(within(list).getByRole('button', { name: `Book ${words}` }));
    await waitFor(() => expect(onBooked).toHaveBeenCalledTimes(1));
    const booked = onBooked.mock.calls[0]![0];
    expect(Date.parse(booked.start)).toBe(Date.parse(expected.datetime));
    expect(booked.teamMemberId).toBe(expected.record.staff_id);
    expect(booked.client?.id).toBe(expected.record.client?.id);
  });

  it('when another desk takes the slot first: says so, stays open, and searches again on request', async () => {
    const { dialog, onBooked, expected, teamMembers, http } = await openDialog();
    const list = await within(dialog).findByRole('list', { name: 'Free times found' });
    const words = slotWords(expected, teamMembers);
    expect(list.textContent).toContain(words);
    const taken = await http.post(`/records/${SALON_ID}`, {
      staff_id: expected.record.staff_id,
      services: expected.record.services.map((s) => ({ id: s.id })),
      client: { name: 'Other Desk', phone: freshPhone() },
      datetime: expected.datetime,
      seance_length: expected.durationSeconds,
    });
    expect(taken.status).toBe(201);
    const user = userEvent.setup();
    await user.click(within(list).getByRole('button', { name: `Book ${words}` }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Someone took this time meanwhile.');
    await user.click(within(alert).getByRole('button', { name: 'Search again' }));
    // Another time is proposed, or none is left that day: either way not the taken one.
    await waitFor(() => expect(dialog.textContent).not.toContain(words));
    expect(onBooked).not.toHaveBeenCalled();
    await http.delete(`/record/${SALON_ID}/${taken.body.data.id}`);
  });

  it('remembers the weeks chosen, and lists other members on request', async () => {
    const { dialog, expected } = await openDialog();
    const user = userEvent.setup();
    await user.click(within(dialog).getByRole('combobox', { name: 'Rebook in' }));
    await user.click(await screen.findByRole('option', { name: '3 weeks' }));
    await waitFor(async () => {
      const stored = await window.frontdesk.invoke('preferences.get');
      expect(stored.ok && stored.data.rebookWeeks).toBe(3);
    });
    await user.click(within(dialog).getByRole('button', { name: 'Another team member' }));
    const list = await within(dialog).findByRole('list', { name: 'Free times found' });
    const day = DateTime.fromISO(expected.record.date.slice(0, 10)).plus({ weeks: 3 });
    expect(list.textContent).toContain(day.toFormat('cccc d LLLL yyyy'));
    expect(within(dialog).getByRole('button', { name: 'Same day and team member' })).toBeTruthy();
  });

  it('after a booking whose answer was lost, books no other time until that one is settled', async () => {
    const { dialog, onBooked, expected, teamMembers, http } = await openDialog();
    const list = await within(dialog).findByRole('list', { name: 'Free times found' });
    const words = slotWords(expected, teamMembers);
    // The create lands, but its answer and every later one is cut: the desk cannot know.
    let saving = false;
    emulator.beforeRequest(({ method, path }) => {
      if (method === 'POST' && path === `/api/v1/records/${SALON_ID}`) saving = true;
      emulator.faults.set({ dropRate: saving ? 1 : 0 });
    });
    const user = userEvent.setup();
    try {
      await user.click(within(list).getByRole('button', { name: `Book ${words}` }));
      await within(dialog).findByRole('alert', {}, { timeout: 30_000 });
    } finally {
      emulator.beforeRequest(null);
      emulator.faults.clear();
    }
    await user.click(within(dialog).getByRole('button', { name: 'Another team member' }));
    const others = await within(dialog).findByRole('list', { name: 'Free times found' });
    await user.click(within(others).getAllByRole('button', { name: /^Book / })[0]!);
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'The last booking may have been saved',
    );

    // The same time, tried again from the alert, finds the booking already made rather than a second one.
    await user.click(within(dialog).getByRole('button', { name: 'Try that booking again' }));
    await waitFor(() => expect(onBooked).toHaveBeenCalledTimes(1));
    const day = expected.datetime.slice(0, 10);
    const records = await http.get(
      `/records/${SALON_ID}?client_id=${expected.record.client?.id}&start_date=${day}&end_date=${day}`,
    );
    const booked = records.body.data.filter(
      (record: { datetime: string; deleted?: boolean }) =>
        Date.parse(record.datetime) === Date.parse(expected.datetime),
    );
    expect(booked).toHaveLength(1);
  }, 90_000);
});
