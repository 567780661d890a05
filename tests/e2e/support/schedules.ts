import type { Locator, Page } from '@playwright/test';
import { DateTime } from 'luxon';
import type { AltegioHttp } from '../../support/altegioHttp';
import { SALON_ZONE, addDays } from '../../support/demoSalon';
import { TEST_NOW } from '../../support/testClock';
import { expect } from '../fixtures';

export const NAIL_ART = 'Nail art workshop (group)';
export const STYLING = 'Styling masterclass (group)';

/** Opens Recurring schedules from the navigation and waits for the list. */
export async function openSchedules(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByText('Recurring schedules').click();
  await expect(page.getByRole('progressbar', { name: 'Loading schedules' })).toHaveCount(0);
}

/** The card of a schedule, by the group service it repeats (its name goes on with its series). */
export function scheduleCard(page: Page, service: string): Locator {
  const escaped = service.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('region', { name: new RegExp(`^${escaped} · .* schedule$`) });
}

export interface WireGroupRecord {
  id: number;
  datetime: string;
  date: string;
  activity_id: number;
  client: { id: number; name: string } | null;
}

/** A client's appointments in group events from now on, as Altegio has them, with their local time. */
export async function futureGroupRecords(http: AltegioHttp, clientId: number, now: Date = TEST_NOW) {
  const today = DateTime.fromJSDate(now, { zone: SALON_ZONE }).toISODate() as string;
  const reply = await http.get(
    `/records/101?client_id=${clientId}&start_date=${today}&end_date=${addDays(today, 400)}&count=500`,
  );
  return (reply.body.data as WireGroupRecord[])
    .filter((record) => record.activity_id > 0 && Date.parse(record.datetime) >= now.getTime())
    .map((record) => {
      const local = DateTime.fromISO(record.datetime).setZone(SALON_ZONE);
      return {
        ...record,
        weekday: local.weekday,
        time: local.toFormat('HH:mm'),
        offset: record.datetime.slice(-6),
      };
    });
}

/** The id of the client with this phone at the salon. */
export async function clientIdByPhone(http: AltegioHttp, phone: string): Promise<number> {
  const reply = await http.post('/company/101/clients/search', {
    filters: [{ type: 'quick_search', state: { value: phone } }],
    fields: ['id', 'phone'],
  });
  const digits = (text: string) => text.replace(/\D/g, '');
  const found = (reply.body.data as Array<{ id: number; phone: string }>).find(
    (c) => digits(c.phone) === digits(phone),
  );
  if (!found) throw new Error(`no client with phone ${phone}`);
  return found.id;
}
