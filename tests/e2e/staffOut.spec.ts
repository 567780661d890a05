import type { Locator, Page } from '@playwright/test';
import { altegioHttp, type AltegioHttp } from '../support/altegioHttp';
import { expect, openDemo, saveScreen, test } from './fixtures';
import { addDays, bookAtSalon, card, goToDate, LIAM, QUIET_DAY, salonTime } from './support/salon';

test.use({ viewport: { width: 1400, height: 1100 } });

interface StoredRecord {
  id: number;
  staff_id: number;
  datetime: string;
  deleted: boolean;
  master_request: number | boolean;
}

async function stored(http: AltegioHttp, id: number): Promise<StoredRecord> {
  const reply = await http.get(`/record/101/${id}`);
  expect(reply.status).toBe(200);
  return reply.body.data as StoredRecord;
}

/** A men's haircut as a booking line, at its list price. */
async function haircut(http: AltegioHttp) {
  const services = (await http.get('/company/101/services')).body.data as Array<{
    id: number;
    title: string;
    price_min: number;
  }>;
  const service = services.find((candidate) => candidate.title === "Men's haircut")!;
  return { id: service.id, first_cost: service.price_min, discount: 0, cost: service.price_min };
}

/** The member each row's select proposes (its value is `to:<member>@<start>`), by appointment id. */
async function proposals(dialog: Locator, ids: number[]): Promise<Map<number, number>> {
  const chosen = new Map<number, number>();
  for (const id of ids) {
    const select = dialog.getByTestId(`staff-out-row-${id}`).getByRole('combobox');
    await expect(select).toHaveValue(/^to:\d+@/);
    chosen.set(id, Number(/^to:(\d+)@/.exec(await select.inputValue())?.[1]));
  }
  return chosen;
}

async function expectMoved(page: Page, http: AltegioHttp, chosen: Map<number, number>) {
  for (const [id, member] of chosen) {
    expect(member).not.toBe(LIAM);
    expect(await stored(http, id)).toMatchObject({ staff_id: member, deleted: false });
    // The calendar shows it in the new member's column at once.
    await expect(
      page.locator(`.fc-timegrid-col[data-resource-id="${member}"]`).locator(card(page, id)),
    ).toHaveCount(1);
  }
}

test.describe('a team member out', () => {
  let http: AltegioHttp;

  test.beforeEach(async ({ app, emulator }) => {
    http = await altegioHttp(emulator);
    await openDemo(app);
    await expect(app.getByTestId('calendar')).toBeVisible();
  });

  test('Liam’s day goes to the others as proposed, and Altegio has every appointment’s new member', async ({
    app,
  }) => {
    const services = [await haircut(http)];
    const booked = [
      await bookAtSalon(http, {
        teamMemberId: LIAM,
        date: QUIET_DAY,
        time: '10:00',
        minutes: 30,
        services,
        client: 'Ada Early',
      }),
      await bookAtSalon(http, {
        teamMemberId: LIAM,
        date: QUIET_DAY,
        time: '11:00',
        minutes: 60,
        services,
        client: 'Ben Middle',
      }),
      await bookAtSalon(http, {
        teamMemberId: LIAM,
        date: QUIET_DAY,
        time: '14:30',
        minutes: 30,
        services,
        client: 'Cy Late',
      }),
    ];
    const ids = booked.map((record) => record.id);
    await goToDate(app, QUIET_DAY);

    await app.getByRole('button', { name: 'Desk tools' }).click();
    await app.getByRole('menuitem', { name: /Team member out/ }).click();
    const dialog = app.getByRole('dialog', { name: 'Team member out' });
    await dialog.getByRole('combobox', { name: 'Team member' }).selectOption({ label: 'Liam Carter' });
    const chosen = await proposals(dialog, ids);
    await expect(dialog.getByTestId(`staff-out-row-${ids[0]}`)).toContainText(booked[0]!.client!.phone);
    await saveScreen(app, 'staff-out-dialog');

    await dialog.getByRole('button', { name: 'Apply 3 changes' }).click();
    await expect(dialog.getByTestId('staff-out-results')).toContainText('All 3 changes done.');
    await expect(dialog.getByTestId('staff-out-empty')).toBeVisible();
    await saveScreen(app, 'staff-out-done');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expectMoved(app, http, chosen);
  });

  test('new working hours hand the appointments they leave outside to others', async ({ app }) => {
    const date = addDays(QUIET_DAY, 7);
    const services = [await haircut(http)];
    const late = await bookAtSalon(http, {
      teamMemberId: LIAM,
      date,
      time: '17:00',
      minutes: 60,
      services,
      client: 'Dee Evening',
    });
    const inside = await bookAtSalon(http, {
      teamMemberId: LIAM,
      date,
      time: '11:00',
      minutes: 30,
      services,
      client: 'Eli Morning',
    });
    await goToDate(app, date);

    await app.getByRole('button', { name: 'Working hours of Liam Carter' }).click();
    const hours = app.getByRole('dialog', { name: /^Working hours of Liam Carter/ });
    await expect(hours.getByRole('textbox', { name: 'Hours 1 start' })).toHaveValue('10:00');
    await hours.getByRole('textbox', { name: 'Hours 1 end' }).fill('15:00');
    await expect(hours.getByRole('list', { name: 'Appointments outside the new hours' })).toContainText(
      'Dee Evening',
    );
    await hours.getByRole('button', { name: 'Save and move them…' }).click();
    await expect(hours).toBeHidden();

    const dialog = app.getByRole('dialog', { name: 'Team member out' });
    await expect(dialog.getByText('Only the appointments outside Liam Carter’s new hours.')).toBeVisible();
    const chosen = await proposals(dialog, [late.id]);
    await expect(dialog.getByTestId(`staff-out-row-${inside.id}`)).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Apply 1 change' }).click();
    await expect(dialog.getByTestId('staff-out-results')).toContainText('All 1 change done.');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await expectMoved(app, http, chosen);
    expect(await stored(http, inside.id)).toMatchObject({ staff_id: LIAM, deleted: false });

    // O opens the tool from the keyboard, on the shown day, with no member chosen yet.
    await app.getByTestId('calendar').click({ position: { x: 5, y: 5 } });
    await app.keyboard.press('o');
    await expect(dialog.getByRole('combobox', { name: 'Team member' })).toHaveValue('');
  });
  test('a client who asked for Liam waits for the desk, and one whose time changes comes with their phone', async ({
    app,
    main,
  }) => {
    const date = addDays(QUIET_DAY, 14);
    const services = [await haircut(http)];
    const staff = (await http.get('/staff/101')).body.data as Array<{ id: number }>;
    const asked = await bookAtSalon(http, {
      teamMemberId: LIAM,
      date,
      time: '10:00',
      minutes: 30,
      services,
      client: 'Fay Asked',
      extra: { master_request: 1 },
    });
    const later = await bookAtSalon(http, {
      teamMemberId: LIAM,
      date,
      time: '12:00',
      minutes: 30,
      services,
      client: 'Gus Later',
    });
    // Everyone else is busy 11:30–13:00: 11:00 and 13:00 are as near, and the later one is proposed.
    for (const { id } of staff.filter((member) => member.id !== LIAM)) {
      await bookAtSalon(http, { teamMemberId: id, date, time: '11:30', minutes: 90, client: `Busy ${id}` });
    }
    await goToDate(app, date);
    await app.getByRole('button', { name: 'Desk tools' }).click();
    await app.getByRole('menuitem', { name: /Team member out/ }).click();
    const dialog = app.getByRole('dialog', { name: 'Team member out' });
    await dialog.getByRole('combobox', { name: 'Team member' }).selectOption({ label: 'Liam Carter' });

    const askedRow = dialog.getByTestId(`staff-out-row-${asked.id}`);
    await expect(askedRow).toContainText('Asked for Liam Carter');
    await expect(askedRow.getByRole('combobox')).toHaveValue('leave');
    const laterRow = dialog.getByTestId(`staff-out-row-${later.id}`);
    await expect(laterRow.getByRole('combobox')).toHaveValue(new RegExp(`^to:\\d+@${date}T13:00`));
    await expect(laterRow).toContainText('Time changes — tell the client.');
    await saveScreen(app, 'staff-out-asked-and-time');

    // The desk called Fay: she is fine with someone else at the same time.
    const askedSelect = askedRow.getByRole('combobox');
    await askedSelect.selectOption({ index: 0 });
    const askedTo = Number(/^to:(\d+)@/.exec(await askedSelect.inputValue())?.[1]);
    const laterTo = Number(/^to:(\d+)@/.exec(await laterRow.getByRole('combobox').inputValue())?.[1]);
    await dialog.getByRole('button', { name: 'Apply 2 changes' }).click();
    const results = dialog.getByTestId('staff-out-results');
    await expect(results).toContainText('All 2 changes done.');
    await expect(results).toContainText(`Time changed — tell the client: ${later.client!.phone}`);
    await expect(dialog.getByTestId('staff-out-empty')).toBeVisible();
    await saveScreen(app, 'staff-out-time-changed');
    await results.getByRole('button', { name: 'Copy the phone of Gus Later' }).click();
    await expect.poll(() => main.core.copied).toContain(later.client!.phone);

    expect(await stored(http, asked.id)).toMatchObject({ staff_id: askedTo, deleted: false });
    expect(Number((await stored(http, asked.id)).master_request)).toBe(0);
    const moved = await stored(http, later.id);
    expect(moved.staff_id).toBe(laterTo);
    expect(Date.parse(moved.datetime)).toBe(Date.parse(salonTime(date, '13:00')));
  });
});
