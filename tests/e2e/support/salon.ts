import type { Locator, Page } from '@playwright/test';
import { DateTime } from 'luxon';
import type { AltegioHttp } from '../../support/altegioHttp';
import { addDays, freshPhone, salonTime } from '../../support/demoSalon';
import { expect } from '../fixtures';

export {
  addDays,
  EMMA,
  formatDay,
  freshPhone,
  LIAM,
  QUIET_DAY,
  SALON_TODAY,
  SALON_ZONE,
  salonTime,
} from '../../support/demoSalon';

/** Jumps the calendar to `date` with the toolbar's date field, as a user types it (then Enter). */
export async function goToDate(page: Page, date: string): Promise<void> {
  const field = page.getByRole('group', { name: 'Go to date' });
  const title = page.getByTestId('calendar-title');
  const [y, m, d] = date.split('-');
  // Typing while the calendar is still settling can be overwritten by it: type again until the day shows.
  await expect(async () => {
    await field.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(`${m}${d}${y}`);
    await page.keyboard.press('Enter');
    await expect(title).toContainText(DateTime.fromISO(date).toFormat('MMMM d, yyyy'), { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await calendarLoaded(page);
}

/** Waits until the calendar has every appointment of the shown days (its progress bar is gone). */
export async function calendarLoaded(page: Page): Promise<void> {
  await expect(page.getByRole('progressbar', { name: 'Loading appointments' })).toHaveCount(0);
}

/** The calendar event of one appointment. */
export function card(page: Page, id: number): Locator {
  return page.locator(`.fc-event:has([data-appointment-id="${id}"])`);
}

/** The day of the last week (up to `today`) with the most appointments at a location, and their ids. */
export async function busiestRecentDay(
  http: AltegioHttp,
  locationId: number,
  today: string,
): Promise<{ day: string; ids: number[] }> {
  const week = (
    await http.get(`/records/${locationId}?start_date=${addDays(today, -7)}&end_date=${today}&count=500`)
  ).body.data as Array<{ id: number; date: string }>;
  const byDay = new Map<string, number[]>();
  for (const record of week) {
    const day = record.date.slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), record.id]);
  }
  const [day = today, ids = []] = [...byDay.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  return { day, ids };
}

export interface Booking {
  teamMemberId: number;
  date: string;
  /** Wall-clock "HH:MM" in the salon. */
  time: string;
  client: string;
  minutes?: number;
  services?: Array<{ id: number; first_cost: number; discount: number; cost: number }>;
  /** Any other record fields, as another program would send them. */
  extra?: Record<string, unknown>;
}

/** Books at the salon "at another desk": raw HTTP to Altegio, not Frontdesk's client. */
export async function bookAtSalon(http: AltegioHttp, booking: Booking) {
  const created = await http.post('/records/101', {
    staff_id: booking.teamMemberId,
    services: booking.services ?? [],
    client: { name: booking.client, phone: freshPhone() },
    datetime: salonTime(booking.date, booking.time),
    seance_length: (booking.minutes ?? 60) * 60,
    save_if_busy: true,
    comment: 'booked at the other desk',
    ...booking.extra,
  });
  expect(created.status).toBe(201);
  return created.body.data as {
    id: number;
    client: { phone: string } | null;
    services: Array<{ id: number }>;
  };
}
