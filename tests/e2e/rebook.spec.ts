import { DateTime } from 'luxon';
import { altegioHttp } from '../support/altegioHttp';
import { expectedRebook, type WireRecord } from '../support/rebook';
import type { WireTime } from '../support/walkIn';
import { expect, openDemo, test } from './fixtures';
import {
  addDays,
  bookAtSalon,
  calendarLoaded,
  card,
  EMMA,
  goToDate,
  QUIET_DAY,
  SALON_ZONE,
} from './support/salon';

test.use({ viewport: { width: 1400, height: 1100 } });

const HAIRCUT = [{ id: 2001, first_cost: 45, discount: 0, cost: 45 }];
const words = (datetime: string, name: string, seconds: number) => {
  const start = DateTime.fromISO(datetime).setZone(SALON_ZONE);
  return `${start.toFormat('cccc d LLLL yyyy')} at ${start.toFormat('HH:mm')} with ${name}, ${seconds / 60} min`;
};

test('a regular is rebooked in 1 week at their usual time’s nearest free slot, then with another member', async ({
  app,
  emulator,
}) => {
  const http = await altegioHttp(emulator);
  // Emma's 10:00 regular; next week her 10:00 is taken at another desk, so the nearest free time is offered.
  const original = await bookAtSalon(http, {
    teamMemberId: EMMA,
    date: QUIET_DAY,
    time: '10:00',
    client: 'Rhea Regular',
    services: HAIRCUT,
  });
  const nextWeek = addDays(QUIET_DAY, 7);
  await bookAtSalon(http, {
    teamMemberId: EMMA,
    date: nextWeek,
    time: '10:00',
    client: 'Other Desk',
    services: HAIRCUT,
  });
  const record = (await http.get(`/record/101/${original.id}`)).body.data as WireRecord;
  const expected = await expectedRebook(http, 101, record, 1);
  if (!expected) throw new Error('Emma has no free time a week on');
  expect(expected.targetDate).toBe(nextWeek);
  expect(DateTime.fromISO(expected.datetime).setZone(SALON_ZONE).toFormat('HH:mm')).not.toBe('10:00');

  await openDemo(app);
  await goToDate(app, QUIET_DAY);
  await calendarLoaded(app);
  await card(app, original.id).click();
  const drawer = app.getByRole('dialog', { name: 'Appointment details' });
  await drawer.getByRole('button', { name: 'Rebook…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Rebook Rhea Regular' });
  await dialog.getByRole('combobox', { name: 'Rebook in' }).click();
  await app.getByRole('option', { name: '1 week', exact: true }).click();
  const slot = words(expected.datetime, 'Emma Johnson', expected.durationSeconds);
  const found = dialog.getByRole('list', { name: 'Free times found' });
  await expect(found).toHaveText(new RegExp(`^${slot}`));
  await found.getByRole('button', { name: `Book ${slot}` }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByText(/^Rebooked on /)).toBeVisible();

  // Altegio has a new record: the same client and service, Emma, at the expected time.
  const records = async () =>
    (
      (await http.get(`/records/101?start_date=${nextWeek}&end_date=${nextWeek}&count=200`)).body
        .data as WireRecord[]
    )
      .filter((r) => r.client?.id === record.client?.id && r.id !== original.id)
      .sort((a, b) => a.id - b.id);
  await expect.poll(async () => (await records()).length).toBe(1);
  const [rebooked] = await records();
  expect(rebooked!.staff_id).toBe(EMMA);
  expect(Date.parse(rebooked!.datetime)).toBe(Date.parse(expected.datetime));
  expect(rebooked!.services.map((s) => s.id)).toEqual([2001]);

  // Again, with another member: the weeks choice is remembered; the first offered is the nearest to 10:00.
  await goToDate(app, QUIET_DAY);
  await card(app, original.id).click();
  await drawer.getByRole('button', { name: 'Rebook…' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Rebook in' })).toHaveText('1 week');
  await dialog.getByRole('button', { name: 'Another team member' }).click();
  const staff = (await http.get('/book_staff/101?service_ids%5B%5D=2001')).body.data as Array<{
    id: number;
    name: string;
  }>;
  const others: Array<{ name: string; time: WireTime; distance: number }> = [];
  for (const member of staff.filter((m) => m.id !== EMMA)) {
    const times = (await http.get(`/book_times/101/${member.id}/${nextWeek}?service_ids%5B%5D=2001`)).body
      .data as WireTime[];
    const near = times
      .map((time) => ({
        name: member.name,
        time,
        distance: Math.abs(Number(time.time.slice(0, 2)) * 60 + Number(time.time.slice(3, 5)) - 600),
      }))
      .sort((a, b) => a.distance - b.distance || a.time.time.localeCompare(b.time.time))[0];
    if (near) others.push(near);
  }
  others.sort((a, b) => a.distance - b.distance || a.time.datetime.localeCompare(b.time.datetime));
  const first = others[0];
  if (!first) throw new Error('nobody else is free a week on');
  const otherSlot = words(first.time.datetime, first.name, first.time.seance_length);
  await expect(found.getByRole('listitem').first()).toHaveText(new RegExp(`^${otherSlot}`));
  await found.getByRole('button', { name: `Book ${otherSlot}` }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await records()).length).toBe(2);
  const withOther = (await records())[1]!;
  expect(withOther.staff_id).toBe(staff.find((m) => m.name === first.name)?.id);
  expect(Date.parse(withOther.datetime)).toBe(Date.parse(first.time.datetime));
  expect(withOther.services.map((s) => s.id)).toEqual([2001]);
});
