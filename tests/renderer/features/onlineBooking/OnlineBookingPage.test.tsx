import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime, Settings } from 'luxon';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OnlineBookingPage } from '../../../../renderer/src/features/onlineBooking/OnlineBookingPage';
import type { Location } from '../../../../shared/domain/location';
import type { Result } from '../../../../shared/errors';
import { altegioHttp } from '../../../support/altegioHttp';
import { addDays, EMMA, SALON_ID, SALON_TODAY } from '../../../support/demoSalon';
import { runningClockFrom, TEST_NOW } from '../../../support/testClock';
import { emulatorForThisFile, openDemoBridge, renderWithQuery } from '../../bridge';

const testEmulator = emulatorForThisFile();
const CHARLOTTE = 1010;
type Invoke = (channel: string, input?: unknown) => Promise<Result<unknown>>;

// The page reads "today" through Luxon: it runs on the pinned clock, as main and the emulator do.
const machineNow = Settings.now;
beforeAll(() => {
  Settings.now = runningClockFrom(TEST_NOW);
});
afterAll(() => {
  Settings.now = machineNow;
});
afterEach(() => testEmulator().setOnlineBooking(SALON_ID, true));

/** A reply held back until `release`, to see the page while it waits or to let it land late. */
function heldReply() {
  let release!: () => void;
  const gate = new Promise<void>((open) => (release = open));
  let landed = false;
  const hold = async (pass: () => Promise<Result<unknown>>) => {
    await gate;
    const answer = await pass();
    landed = true;
    return answer;
  };
  return { release, hold, landed: () => landed };
}

const asksEveryMember = (channel: string, input: unknown) =>
  channel === 'onlineBooking.teamMembers' && (input as { serviceIds: number[] }).serviceIds.length === 0;

async function openPage(intercept?: (channel: string, input: unknown, pass: Invoke) => unknown) {
  const { core, channels } = await openDemoBridge(testEmulator(), intercept);
  const location = await core.session.withLocation(
    SALON_ID,
    async (_client, open): Promise<Location> => open,
  );
  renderWithQuery(<OnlineBookingPage location={location} />);
  return { channels };
}

const region = (name: string) => screen.getByRole('region', { name });
const dayButtons = (panel: HTMLElement) => [
  ...panel.querySelectorAll<HTMLButtonElement>('button[data-date]'),
];
const row = (container: HTMLElement, selector: string) => {
  const found = container.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

describe('the online-booking page', () => {
  it('by team member: their services with their session length, and they are the one asked about', async () => {
    const { channels } = await openPage();
    await userEvent.click(screen.getByRole('button', { name: 'By team member' }));
    expect(await screen.findByText(/Choose a team member/)).toBeTruthy();
    await userEvent.click(await screen.findByRole('combobox', { name: 'Team member' }));
    const charlotte = await screen.findByRole('option', {
      name: /Charlotte Evans — Hidden from online booking/,
    });
    expect(charlotte.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(screen.getByRole('option', { name: 'Emma Johnson' }));

    const services = region('Services bookable online');
    const haircut = await within(services).findByRole('button', { name: /Women's haircut/ });
    expect(haircut.textContent).toContain('1 h');
    expect(within(services).queryByText('Swedish massage')).toBeNull();
    await userEvent.click(haircut);

    const members = region('Team members bookable online');
    await waitFor(() =>
      expect(row(members, `[data-member-id="${EMMA}"]`).className).toContain('Mui-selected'),
    );
    expect(channels).toContain('onlineBooking.dates');
  });

  it('shows why a member cannot be booked, greyed, not hidden', async () => {
    await openPage();
    const services = region('Services bookable online');
    await userEvent.click(await within(services).findByRole('button', { name: /Colour consultation/ }));
    const members = region('Team members bookable online');
    await waitFor(() => row(members, `[data-member-id="${CHARLOTTE}"]`));
    const charlotte = row(members, `[data-member-id="${CHARLOTTE}"]`);
    expect(charlotte.textContent).toContain('Hidden from online booking in Altegio.');
    expect(charlotte.getAttribute('aria-disabled')).toBe('true');
    const perm = within(services).getByRole('button', { name: /Classic perm/ });
    expect(perm.textContent).toContain('Switched off for online booking in Altegio.');
  });

  it('says once, for the whole page, that the location has online booking switched off', async () => {
    testEmulator().setOnlineBooking(SALON_ID, false);
    await openPage();
    const banner = await screen.findByTestId('online-booking-off');
    expect(banner.textContent).toContain('Online booking is switched off for this location in Altegio');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('keeps the page and offers Retry when the services cannot be read', async () => {
    let fail = true;
    await openPage((channel) =>
      channel === 'onlineBooking.services' && fail
        ? { ok: false, error: { code: 'NETWORK', params: { host: 'Altegio' } } }
        : undefined,
    );
    const services = region('Services bookable online');
    expect(await within(services).findByText(/Could not reach Altegio/)).toBeTruthy();
    fail = false;
    await userEvent.click(within(services).getByRole('button', { name: 'Retry' }));
    expect(await within(services).findByRole('button', { name: /Women's haircut/ })).toBeTruthy();
  });

  it("shows a month's bookable dates as book_dates gives them, on the pinned clock", async () => {
    await openPage();
    const http = await altegioHttp(testEmulator());
    const services = region('Services bookable online');
    const haircut = await within(services).findByRole('button', { name: /Women's haircut/ });
    const haircutId = Number(haircut.getAttribute('data-service-id'));
    await userEvent.click(haircut);
    const panel = region('Dates and times bookable online');

    /** book_dates' booking_dates of `month` for anyone, asked from its first day or today, then 30 days on. */
    const wireDates = async (month: string) => {
      const first = `${month}-01`;
      const from = first > SALON_TODAY ? first : SALON_TODAY;
      const dates = new Set<string>();
      for (const start of [from, addDays(from, 30)]) {
        const reply = await http.get(
          `/book_dates/${SALON_ID}?staff_id=0&service_ids[]=${haircutId}&date=${start}`,
        );
        expect(reply.status).toBe(200);
        for (const date of reply.body.data.booking_dates as string[])
          if (date.startsWith(month)) dates.add(date);
      }
      return [...dates].sort();
    };
    const shownDates = async (month: string) => {
      // Days carry their kind once the month's dates are in; the month the page opens on is the salon's.
      await waitFor(() => {
        const days = dayButtons(panel).filter((day) => day.dataset['date']?.startsWith(month));
        expect(days.length).toBeGreaterThan(27);
        expect(days.some((day) => day.dataset['kind'] === 'loading')).toBe(false);
      });
      return dayButtons(panel)
        .filter((day) => day.dataset['date']?.startsWith(month) && !day.disabled)
        .map((day) => day.dataset['date']);
    };

    const thisMonth = SALON_TODAY.slice(0, 7);
    const nextMonth = DateTime.fromISO(SALON_TODAY).plus({ months: 1 }).toFormat('yyyy-MM');
    const expectedNow = await wireDates(thisMonth);
    expect(await shownDates(thisMonth)).toEqual(expectedNow);
    await userEvent.click(within(panel).getByRole('button', { name: 'Next month' }));
    const expectedNext = await wireDates(nextMonth);
    await waitFor(async () => expect(await shownDates(nextMonth)).toEqual(expectedNext));
    // A month's end may leave this month nothing; the next one always has bookable days.
    expect(expectedNext.length).toBeGreaterThan(0);
  });

  it('by team member: the picker waits and fails in its own place, not in the Team members column', async () => {
    const held = heldReply();
    let fail = true;
    await openPage((channel, input, pass) => {
      if (!asksEveryMember(channel, input)) return undefined;
      if (!fail) return pass(channel, input);
      return held.hold(async () => ({ ok: false, error: { code: 'NETWORK', params: { host: 'Altegio' } } }));
    });
    const services = region('Services bookable online');
    const members = region('Team members bookable online');
    await within(services).findByRole('button', { name: /Women's haircut/ });
    await userEvent.click(screen.getByRole('button', { name: 'By team member' }));
    expect(await within(services).findByRole('progressbar', { name: 'Loading the team' })).toBeTruthy();
    expect(within(members).queryByRole('progressbar')).toBeNull();

    held.release();
    expect(await within(services).findByText(/Could not reach Altegio/)).toBeTruthy();
    expect(within(members).queryByText(/Could not reach Altegio/)).toBeNull();
    expect(within(members).getByText(/Choose a service/)).toBeTruthy();

    fail = false;
    await userEvent.click(within(services).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(services).queryByText(/Could not reach Altegio/)).toBeNull());
    await userEvent.click(within(services).getByRole('combobox', { name: 'Team member' }));
    expect(await screen.findByRole('option', { name: 'Emma Johnson' })).toBeTruthy();
  });

  it('drops the switched-off banner on Refresh once online booking is back, even after a late reply', async () => {
    const held = heldReply();
    await openPage((channel, input, pass) =>
      asksEveryMember(channel, input) ? held.hold(() => pass(channel, input)) : undefined,
    );
    const services = region('Services bookable online');
    await within(services).findByRole('button', { name: /Women's haircut/ });

    // The owner switches online booking off while the desk looks at the team, then back at the services:
    // the team's refusal lands after the picker is gone.
    testEmulator().setOnlineBooking(SALON_ID, false);
    await userEvent.click(screen.getByRole('button', { name: 'By team member' }));
    await userEvent.click(screen.getByRole('button', { name: 'By service' }));
    held.release();
    await waitFor(() => expect(held.landed()).toBe(true));

    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByTestId('online-booking-off')).toBeTruthy();

    testEmulator().setOnlineBooking(SALON_ID, true);
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(screen.queryByTestId('online-booking-off')).toBeNull());
    expect(within(services).getByRole('button', { name: /Women's haircut/ })).toBeTruthy();
  });
});
