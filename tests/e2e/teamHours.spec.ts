import type { Page } from '@playwright/test';
import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import { expect, openDemo, saveScreen, test } from './fixtures';
import { bookAtSalon, EMMA, formatDay, goToDate, LIAM, QUIET_DAY } from './support/salon';

test.use({ viewport: { width: 1400, height: 1100 } });

async function storedHours(http: AltegioHttp, staffId: number, date: string) {
  const reply = await http.get(
    `/company/101/staff/schedule?start_date=${date}&end_date=${date}&staff_ids[]=${staffId}`,
  );
  expect(reply.status).toBe(200);
  return (reply.body.data as Array<{ staff_id: number; slots: Array<{ from: string; to: string }> }>).find(
    (day) => day.staff_id === staffId,
  )?.slots;
}

/**
 * Which of the wall-clock times ("HH:MM") the calendar shades as off work in a member's column: a time is
 * shaded when an off-hours background event covers the middle of its slot row.
 */
function shaded(page: Page, memberId: number, times: string[]): Promise<Record<string, boolean>> {
  return page.evaluate(
    ({ memberId, times }) => {
      const column = document.querySelector(`td.fc-timegrid-col[data-resource-id="${memberId}"]`);
      const boxes = [...(column?.querySelectorAll('.fc-bg-event.fd-off') ?? [])].map((el) =>
        el.getBoundingClientRect(),
      );
      return Object.fromEntries(
        times.map((time) => {
          const lane = document.querySelector(`td.fc-timegrid-slot-lane[data-time="${time}:00"]`);
          const box = lane?.getBoundingClientRect();
          const y = box ? box.top + box.height / 2 : NaN;
          return [time, boxes.some((b) => b.top <= y && y <= b.bottom)];
        }),
      );
    },
    { memberId, times },
  );
}

test.describe('a team member’s working hours', () => {
  let http: AltegioHttp;

  test.beforeEach(async ({ app, emulator }) => {
    http = await altegioHttp(emulator);
    await openDemo(app);
    await expect(app.getByTestId('calendar')).toBeVisible();
    await goToDate(app, QUIET_DAY);
  });

  test('changing a day’s hours from the column header moves the shading and Altegio’s schedule', async ({
    app,
  }) => {
    const times = ['07:30', '10:00', '13:30', '19:00'];
    // Emma works 09–13 and 14–18 on Tuesdays.
    await expect
      .poll(() => shaded(app, EMMA, times))
      .toEqual({ '07:30': true, '10:00': false, '13:30': true, '19:00': true });

    await app.getByRole('button', { name: 'Working hours of Emma Johnson' }).click();
    const dialog = app.getByRole('dialog', {
      name: `Working hours of Emma Johnson, ${formatDay(QUIET_DAY, 'cccc d LLLL yyyy')}`,
    });
    await expect(dialog.getByRole('textbox', { name: 'Hours 1 start' })).toHaveValue('09:00');
    await dialog.getByRole('textbox', { name: 'Hours 1 start' }).fill('07:00');
    await dialog.getByRole('textbox', { name: 'Hours 2 end' }).fill('18:0');
    await expect(
      dialog.getByText('Enter a time such as 09:30 (00:00–23:59, or 24:00 to end at midnight).'),
    ).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();
    await dialog.getByRole('textbox', { name: 'Hours 2 end' }).fill('24:00');
    await expect(dialog.getByTestId('team-hours-outside')).toHaveText(
      'No appointment falls outside these hours.',
    );
    await saveScreen(app, 'team-hours-dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();

    expect(await storedHours(http, EMMA, QUIET_DAY)).toEqual([
      { from: '07:00', to: '13:00' },
      { from: '14:00', to: '24:00' },
    ]);
    await expect
      .poll(() => shaded(app, EMMA, times))
      .toEqual({ '07:30': false, '10:00': false, '13:30': true, '19:00': false });

    // Hours to midnight come back as 24:00, not cut to 23:59.
    await app.getByRole('button', { name: 'Working hours of Emma Johnson' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Hours 2 end' })).toHaveValue('24:00');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });

  test('a day off lists the appointments it leaves outside, and saving it anyway shades the whole day', async ({
    app,
  }) => {
    const booked = await bookAtSalon(http, {
      teamMemberId: LIAM,
      date: QUIET_DAY,
      time: '11:00',
      client: 'Pia Preview',
    });
    await app.getByRole('button', { name: 'Working hours of Liam Carter' }).click();
    const dialog = app.getByRole('dialog', { name: /^Working hours of Liam Carter/ });
    await expect(dialog.getByRole('textbox', { name: 'Hours 1 start' })).toHaveValue('10:00');
    await dialog.getByRole('button', { name: 'Day off' }).click();
    await expect(dialog.getByText('Day off: Liam Carter does not work on this day.')).toBeVisible();
    const outside = dialog.getByRole('list', { name: 'Appointments outside the new hours' });
    await expect(outside).toContainText(`11:00–12:00 · Pia Preview · ${booked.client?.phone ?? ''}`);
    await saveScreen(app, 'team-hours-day-off');
    await dialog.getByRole('button', { name: 'Save anyway' }).click();
    await expect(dialog).toBeHidden();

    expect(await storedHours(http, LIAM, QUIET_DAY)).toEqual([]);
    await expect(
      app.locator(`td.fc-timegrid-col[data-resource-id="${LIAM}"] .fc-bg-event.fd-day-off`),
    ).toHaveCount(1);
    await expect.poll(() => shaded(app, LIAM, ['11:00', '15:00'])).toEqual({ '11:00': true, '15:00': true });
  });
});
