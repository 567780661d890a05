import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openDemo, saveScreen, test } from './fixtures';
import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import { choose } from './support/appointmentDialog';
import { openCalendar, openSettings } from './support/settings';
import { addDays, bookAtSalon, card, EMMA, goToDate, QUIET_DAY, SALON_TODAY } from './support/salon';

test.use({ timezoneId: 'Asia/Tokyo', viewport: { width: 1400, height: 1300 } });

interface WireRecord {
  id: number;
  visit_id: number;
  staff_id: number;
  date: string;
  seance_length: number;
  attendance: number;
  activity_id: number;
  client: { name: string } | null;
  services: unknown[];
}

const startMs = (record: WireRecord) => Date.parse(record.date.replace(' ', 'T') + 'Z');

/**
 * Past appointments of the last week that were attended (so paid, with a receipt), on the day with the
 * most of them, each alone in its column at its time (a card that another overlaps cannot be clicked).
 */
async function attendedPastAppointments(http: AltegioHttp) {
  const from = addDays(SALON_TODAY, -7);
  const to = addDays(SALON_TODAY, -1);
  const records = (await http.get(`/records/101?start_date=${from}&end_date=${to}&count=1000`)).body
    .data as WireRecord[];
  const alone = (record: WireRecord) =>
    !records.some(
      (other) =>
        other.id !== record.id &&
        other.staff_id === record.staff_id &&
        startMs(other) < startMs(record) + record.seance_length * 1000 &&
        startMs(record) < startMs(other) + other.seance_length * 1000,
    );
  const usable = records.filter(
    (r) => r.attendance === 1 && !r.activity_id && r.client && r.services.length > 0 && alone(r),
  );
  const byDay = new Map<string, WireRecord[]>();
  for (const record of usable)
    byDay.set(record.date.slice(0, 10), [...(byDay.get(record.date.slice(0, 10)) ?? []), record]);
  const [day, list] = [...byDay.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!day || !list || list.length < 2)
    throw new Error('the seed should have attended appointments last week');
  return { day, records: list };
}

/** The part of a calendar card that carries the appointment's status. */
const cardStatus = (page: Page, id: number) => card(page, id).locator('[data-status]');

/** From the calendar card to the visit dialog, through the drawer's "Open visit". */
async function openVisit(page: Page, record: WireRecord) {
  await card(page, record.id).click();
  const drawer = page.getByRole('dialog', { name: 'Appointment details' });
  await expect(drawer.getByRole('row', { name: new RegExp(`Visit #${record.visit_id}`) })).toBeVisible();
  await drawer.getByRole('button', { name: 'Open visit' }).click();
  const dialog = page.getByRole('dialog', { name: `Visit #${record.visit_id}` });
  await expect(dialog.getByRole('table', { name: 'Appointments of the visit' })).toBeVisible();
  return { drawer, dialog };
}

test.describe('visits', () => {
  let http: AltegioHttp;

  test.beforeEach(async ({ app, emulator }) => {
    http = await altegioHttp(emulator);
    await openDemo(app);
    await expect(app.getByTestId('calendar')).toBeVisible();
  });

  test('marks a past visit no-show from its dialog; the calendar shows it at once and Altegio keeps it', async ({
    app,
    main,
  }) => {
    // Polls five minutes apart: the card can only change at once if the save's reply is put in the cache.
    await openSettings(app, 'This desk');
    await choose(app, app.getByRole('tabpanel'), 'Look for changes made elsewhere', 'Every 5 minutes');
    await expect.poll(() => main.store.dump()['preferences']).toMatchObject({ refreshSeconds: 300 });
    await openCalendar(app);

    const { day, records } = await attendedPastAppointments(http);
    const [record] = records;
    if (!record) throw new Error('no record');
    await goToDate(app, day);
    await expect(cardStatus(app, record.id)).toHaveAttribute('data-status', 'Arrived');
    const { drawer, dialog } = await openVisit(app, record);

    const appointmentRow = dialog.locator(`tr[data-appointment-id="${record.id}"]`);
    await expect(appointmentRow).toContainText(record.date.slice(11, 16));
    await expect(dialog.getByRole('table', { name: 'Items' }).getByRole('row')).not.toHaveCount(0);
    await expect(dialog.getByRole('row', { name: /Still to pay/ })).toContainText('$0');
    await expect(dialog.getByRole('group', { name: 'Receipt' })).toBeVisible();
    await saveScreen(app, 'visit-dialog');

    const attendance = dialog.getByRole('group', { name: 'Attendance' });
    await expect(attendance.getByRole('button', { name: 'Arrived' })).toHaveAttribute('aria-pressed', 'true');
    await attendance.getByRole('button', { name: 'No-show' }).click();
    await dialog.getByRole('textbox', { name: 'Visit comment' }).fill('Rang twice, no answer');
    // Every read of appointments from Altegio so far: none may happen between Save and the card changing.
    const calendarReads = () =>
      main.traffic.filter((t) => t.channel === 'appointments.list' || t.channel === 'appointments.changes')
        .length;
    const readsBefore = calendarReads();
    await dialog.getByRole('button', { name: 'Save visit' }).click();
    await expect(dialog.getByText('Saved in Altegio.')).toBeVisible();
    await expect(cardStatus(app, record.id)).toHaveAttribute('data-status', 'No-show');
    expect(calendarReads()).toBe(readsBefore);
    await dialog.getByRole('button', { name: 'Close visit' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(drawer.getByRole('button', { name: 'No-show' })).toHaveAttribute('aria-pressed', 'true');

    const visit = await http.get(`/visits/${record.visit_id}`);
    expect(visit.body.data).toMatchObject({ attendance: -1, comment: 'Rang twice, no answer' });
    expect((await http.get(`/record/101/${record.id}`)).body.data.attendance).toBe(-1);
  });

  test('saves the receipt PDF of a paid visit, byte for byte what Altegio printed', async ({ app, main }) => {
    const { day, records } = await attendedPastAppointments(http);
    const record = records[1];
    if (!record) throw new Error('no record');
    await goToDate(app, day);
    const { dialog } = await openVisit(app, record);

    await dialog.getByRole('button', { name: 'Save receipt PDF…' }).click();
    const fileName = `receipt-visit-${record.visit_id}.pdf`;
    await expect(dialog.getByText(`Receipt saved as ${fileName}.`)).toBeVisible();

    const written = new Uint8Array(readFileSync(join(main.core.files.dir, fileName)));
    const text = Buffer.from(written).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.slice(-32)).toContain('%%EOF');
    const printed = await http.bytes(`/attendance/receipt_print/${record.visit_id}`);
    expect(printed.status).toBe(200);
    expect(written).toEqual(printed.bytes);

    // Closing the save dialog is no answer: nothing more is written and nothing is reported.
    main.core.files.cancelNextSave();
    await dialog.getByRole('button', { name: 'Save receipt PDF…' }).click();
    await expect.poll(() => main.core.files.asked.length).toBe(2);
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    expect(main.core.files.written).toHaveLength(1);

    await dialog.getByRole('button', { name: 'Open receipt' }).click();
    await expect.poll(() => main.core.files.opened.map((file) => file.name)).toEqual([fileName]);
  });

  test('a visit with nothing paid says it has no receipt', async ({ app }) => {
    const booked = await bookAtSalon(http, {
      teamMemberId: EMMA,
      date: QUIET_DAY,
      time: '10:00',
      client: 'Una Paid',
    });
    const record = (await http.get(`/record/101/${booked.id}`)).body.data as WireRecord;
    await goToDate(app, QUIET_DAY);
    const { dialog } = await openVisit(app, record);
    await expect(dialog.getByTestId('no-receipt')).toHaveText(
      'No receipt yet: nothing has been paid for in this visit.',
    );
    await expect(dialog.getByRole('button', { name: 'Save receipt PDF…' })).toHaveCount(0);
    await expect(dialog.getByText('Nothing has been sold in this visit.')).toBeVisible();
    await expect(dialog.getByText('No payment yet.')).toBeVisible();
  });
});
