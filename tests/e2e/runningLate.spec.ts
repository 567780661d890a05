import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import { storedStart } from '../support/runningLate';
import { expect, openDemo, saveScreen, test } from './fixtures';
import { addDays, bookAtSalon, card, EMMA, formatDay, goToDate, QUIET_DAY, salonTime } from './support/salon';

test.use({ viewport: { width: 1400, height: 1100 } });

test.describe('a team member running late', () => {
  let http: AltegioHttp;

  test.beforeEach(async ({ app, emulator }) => {
    http = await altegioHttp(emulator);
    await openDemo(app);
    await expect(app.getByTestId('calendar')).toBeVisible();
  });

  test('Emma is 20 minutes late: her later appointments of the day move by 20 minutes in Altegio', async ({
    app,
    main,
  }) => {
    // Emma works 09–13 and 14–18 on Tuesdays; the quiet day has nothing else of hers.
    const before = await bookAtSalon(http, {
      teamMemberId: EMMA,
      date: QUIET_DAY,
      time: '09:00',
      client: 'Early Eve',
      minutes: 30,
    });
    const booked = [
      await bookAtSalon(http, { teamMemberId: EMMA, date: QUIET_DAY, time: '10:00', client: 'Petra Push' }),
      await bookAtSalon(http, {
        teamMemberId: EMMA,
        date: QUIET_DAY,
        time: '11:00',
        client: 'Quinn Queue',
        minutes: 30,
      }),
      await bookAtSalon(http, {
        teamMemberId: EMMA,
        date: QUIET_DAY,
        time: '14:30',
        client: 'Rita Later',
        minutes: 45,
      }),
    ];
    await goToDate(app, QUIET_DAY);

    await app.getByRole('button', { name: 'Desk tools' }).click();
    await app.getByRole('menuitem', { name: /Running late/ }).click();
    const dialog = app.getByRole('dialog', { name: `Running late, ${formatDay(QUIET_DAY, 'cccc d LLLL')}` });
    await dialog.getByRole('combobox', { name: 'Team member' }).click();
    await app.getByRole('option', { name: 'Emma Johnson' }).click();
    await dialog.getByRole('textbox', { name: 'From' }).fill('10:00');
    await expect(dialog.getByRole('textbox', { name: 'Minutes late' })).toHaveValue('20');

    const rows = dialog.getByRole('table', { name: 'Appointments to push' }).getByRole('row');
    // The header and the three from 10:00 on; the 09:00 one is not pushed.
    await expect(rows).toHaveCount(4);
    await expect(dialog.getByTestId(`running-late-row-${booked[0]!.id}`)).toContainText('10:00–11:00');
    await expect(dialog.getByTestId(`running-late-row-${booked[0]!.id}`)).toContainText('10:20–11:20');
    await expect(dialog.getByTestId(`running-late-row-${booked[2]!.id}`)).toContainText('14:50–15:35');
    await expect(dialog.getByTestId(`running-late-row-${before.id}`)).toHaveCount(0);

    await dialog.getByRole('button', { name: 'Copy the phone number of Quinn Queue' }).click();
    await expect.poll(() => main.core.copied).toContain(booked[1]!.client!.phone);
    await dialog.getByRole('button', { name: 'Copy all phone numbers' }).click();
    await expect.poll(() => main.core.copied.at(-1)).toBe(booked.map((b) => b.client!.phone).join('\n'));
    await saveScreen(app, 'running-late-dialog');

    await dialog.getByRole('button', { name: 'Push 3 appointments' }).click();
    await expect(dialog.getByTestId('running-late-summary')).toHaveText('All 3 appointments pushed.');
    await saveScreen(app, 'running-late-result');

    const starts = await Promise.all(booked.map((b) => storedStart(http, b.id)));
    expect(starts.map((s) => Date.parse(s))).toEqual(
      ['10:20', '11:20', '14:50'].map((t) => Date.parse(salonTime(QUIET_DAY, t))),
    );
    expect(Date.parse(await storedStart(http, before.id))).toBe(Date.parse(salonTime(QUIET_DAY, '09:00')));

    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
    // The calendar shows the new time at once, without a reload.
    await expect(card(app, booked[0]!.id)).toContainText('10:20');
  });

  test('from an appointment: a push past closing is named with what it holds back, and saved anyway', async ({
    app,
    main,
  }) => {
    const date = addDays(QUIET_DAY, 7);
    const before = await bookAtSalon(http, {
      teamMemberId: EMMA,
      date,
      time: '16:50',
      client: 'Clara Close',
      minutes: 45,
    });
    const last = await bookAtSalon(http, {
      teamMemberId: EMMA,
      date,
      time: '17:35',
      client: 'Lena Last',
      minutes: 25,
    });
    await goToDate(app, date);

    await card(app, before.id).click();
    await app.getByRole('button', { name: 'Running late from here' }).click();
    const dialog = app.getByRole('dialog', { name: `Running late, ${formatDay(date, 'cccc d LLLL')}` });
    await expect(dialog.getByRole('textbox', { name: 'From' })).toHaveValue('16:50');
    await expect(dialog.getByRole('combobox', { name: 'Team member' })).toHaveText('Emma Johnson');
    await expect(dialog.getByTestId(`running-late-row-${last.id}`)).toContainText(
      'The team member is not working then.',
    );
    // Pushed, 16:50 would overlap 17:35, which stays: neither moves unless the last is saved anyway.
    await expect(dialog.getByTestId(`running-late-row-${before.id}`)).toContainText(
      'Stays: an appointment after it does not move, and this one would overlap it.',
    );
    await expect(dialog.getByRole('button', { name: 'Push 0 appointments' })).toBeDisabled();
    // No client is to be called while nothing would move.
    await expect(dialog.getByRole('button', { name: 'Copy all phone numbers' })).toHaveCount(0);
    await saveScreen(app, 'running-late-past-closing');

    await dialog.getByRole('checkbox', { name: 'Save anyway: Lena Last at 17:55' }).check();
    await dialog.getByRole('button', { name: 'Copy all phone numbers' }).click();
    await expect
      .poll(() => main.core.copied.at(-1))
      .toBe([before, last].map((b) => b.client!.phone).join('\n'));
    await dialog.getByRole('button', { name: 'Push 2 appointments' }).click();
    await expect(dialog.getByRole('status')).toHaveText('All 2 appointments pushed.');
    await expect(dialog.getByTestId(`running-late-outcome-${last.id}`)).toContainText(last.client!.phone);
    expect(Date.parse(await storedStart(http, before.id))).toBe(Date.parse(salonTime(date, '17:10')));
    expect(Date.parse(await storedStart(http, last.id))).toBe(Date.parse(salonTime(date, '17:55')));
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();

    // The R key opens it too, on the shown day.
    await app.keyboard.press('r');
    await expect(dialog).toBeVisible();
  });

  test('when another desk changes the day after the preview, nothing moves to a time no one saw', async ({
    app,
  }) => {
    const date = addDays(QUIET_DAY, 14);
    const first = await bookAtSalon(http, { teamMemberId: EMMA, date, time: '10:00', client: 'Gina Gap' });
    const second = await bookAtSalon(http, {
      teamMemberId: EMMA,
      date,
      time: '11:10',
      client: 'Hugo Half',
      minutes: 30,
    });
    await goToDate(app, date);
    await card(app, first.id).click();
    await app.getByRole('button', { name: 'Running late from here' }).click();
    const dialog = app.getByRole('dialog', { name: `Running late, ${formatDay(date, 'cccc d LLLL')}` });
    await dialog.getByRole('radio', { name: /until a gap/ }).check();
    // The ten minutes free before 11:10 take half the delay.
    await expect(dialog.getByTestId(`running-late-row-${second.id}`)).toContainText('11:20–11:50');
    const push = dialog.getByRole('button', { name: 'Push 2 appointments' });
    await expect(push).toBeEnabled();

    // Another desk fills that gap: pushed now, 11:10 would go to 11:30, which the desk never saw.
    const filler = await bookAtSalon(http, {
      teamMemberId: EMMA,
      date,
      time: '11:00',
      client: 'Ivy Inbetween',
      minutes: 10,
    });
    await push.click();
    await expect(dialog.getByRole('status')).toHaveText(
      '0 of 3 appointments pushed; the others are where they were.',
    );
    await expect(dialog.getByTestId(`running-late-outcome-${second.id}`)).toContainText(
      'the day changed since the preview',
    );
    await expect(dialog.getByTestId(`running-late-outcome-${filler.id}`)).toContainText(
      'booked or moved here since the preview',
    );
    await saveScreen(app, 'running-late-day-changed');
    for (const [record, time] of [
      [first, '10:00'],
      [filler, '11:00'],
      [second, '11:10'],
    ] as const)
      expect(Date.parse(await storedStart(http, record.id))).toBe(Date.parse(salonTime(date, time)));
  });
});
