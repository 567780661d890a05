import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Settings } from 'luxon';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sections } from '../../../../renderer/src/app/sections';
import { useCommandKeys, type Command } from '../../../../renderer/src/commands';
import { CommandPaletteHost, useCalendarTarget } from '../../../../renderer/src/features/commandPalette';
import { NavigationContext } from '../../../../renderer/src/navigation';
import { altegioHttp } from '../../../support/altegioHttp';
import { freshPhone } from '../../../support/demoSalon';
import { TEST_NOW } from '../../../support/testClock';
import { emulatorForThisFile, openDemoBridge, renderWithQuery } from '../../bridge';

const emulator = emulatorForThisFile();
const CLIENT = 'Perpetua Quillfeather';

const pageCommands: readonly Command[] = [
  { id: 'test.refresh', label: 'Refresh the test page', shortcut: 'x' },
];

function FakeCalendar(props: { target: Parameters<typeof useCalendarTarget>[0]; refresh: () => void }) {
  useCalendarTarget(props.target, true);
  useCommandKeys(pageCommands, { 'test.refresh': props.refresh });
  return <input aria-label="A field of the page" />;
}

/** An option by its text (happy-dom names no element through the <bdi> of a name from Altegio). */
async function option(palette: HTMLElement, text: string | RegExp): Promise<HTMLElement> {
  const matches = (element: HTMLElement) =>
    typeof text === 'string' ? element.textContent === text : text.test(element.textContent ?? '');
  return waitFor(
    () => {
      const found = within(palette).getAllByRole('option').find(matches);
      if (!found) throw new Error(`No option ${String(text)} in: ${palette.textContent ?? ''}`);
      return found;
    },
    { timeout: 10_000 },
  );
}

async function setUp() {
  const http = await altegioHttp(emulator());
  const created = await http.post('/clients/101', { name: CLIENT, phone: freshPhone() });
  await openDemoBridge(emulator());
  const target = {
    shownDate: () => '2027-01-12',
    book: vi.fn(),
    goTo: vi.fn(),
    walkIn: vi.fn(),
    show: vi.fn(),
  };
  const refresh = vi.fn();
  const go = vi.fn();
  renderWithQuery(
    <NavigationContext.Provider value={{ section: 'calendar', focus: null, go }}>
      <FakeCalendar target={target} refresh={refresh} />
      <CommandPaletteHost sections={sections} />
    </NavigationContext.Provider>,
  );
  const user = userEvent.setup();
  const open = async () => {
    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Command palette' });
    return { palette, input: within(palette).getByRole('combobox') };
  };
  return { user, open, target, refresh, go, clientId: (created.body.data as { id: number }).id };
}

describe('the command palette', () => {
  beforeAll(() => {
    Settings.now = () => TEST_NOW.getTime();
  });
  afterAll(() => {
    Settings.now = () => Date.now();
  });

  it('opens on Ctrl+K from a field, and runs screens, actions, clients and phrases', async () => {
    const { user, open, target, refresh, go, clientId } = await setUp();
    // Ctrl+K works in a text field of the page (not over a dialog).
    await user.click(screen.getByRole('textbox', { name: 'A field of the page' }));
    let { palette, input } = await open();
    expect(within(palette).getByRole('option', { name: /Settings/ })).toBeTruthy();
    await user.type(input, 'refresh test');
    // The page's own command, with its key as the shortcut sheet writes it.
    expect(await option(palette, 'Refresh the test pageX')).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(refresh).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    ({ palette, input } = await open());
    await user.type(input, 'settings');
    await user.click(within(palette).getByRole('option', { name: /Settings/ }));
    expect(go).toHaveBeenCalledWith('settings');

    // A client through Altegio, by name: book for them, or open their card.
    ({ palette, input } = await open());
    await user.type(input, 'Perpetua Quill');
    const book = await option(palette, new RegExp(`^New appointment for ${CLIENT}\\+?\\d`));
    expect(await option(palette, `Open the client card of ${CLIENT}`)).toBeTruthy();
    await user.click(book);
    expect(target.book).toHaveBeenCalledWith(expect.objectContaining({ id: clientId, name: CLIENT }), null);

    // A phrase: the client and the time of the day shown.
    ({ palette, input } = await open());
    await user.type(input, 'new appointment for Perpetua at 15:00');
    await user.click(await option(palette, new RegExp(`^New appointment for ${CLIENT} at 15:00`)));
    expect(target.book).toHaveBeenLastCalledWith(expect.objectContaining({ id: clientId }), '15:00');

    // "next Tuesday" from the location's today: a Thursday (10:00 at the salon) for this step.
    Settings.now = () => Date.parse('2027-01-14T15:00:00Z');
    ({ palette, input } = await open());
    await user.type(input, 'go to next Tuesday');
    await user.keyboard('{Enter}');
    expect(target.goTo).toHaveBeenCalledWith('2027-01-19');
    Settings.now = () => TEST_NOW.getTime();

    ({ palette, input } = await open());
    await user.type(input, 'walk-in haircut{Enter}');
    expect(target.walkIn).toHaveBeenCalledWith('haircut');
  }, 60_000);

  it('says which part of a phrase it cannot read, and runs nothing for it', async () => {
    const { user, open, target } = await setUp();
    const { palette, input } = await open();
    await user.type(input, 'go to 31 February');
    const unclear = await option(palette, /^“31 february” is no date/);
    expect(unclear.getAttribute('aria-disabled')).toBe('true');
    await user.keyboard('{Enter}');
    expect(target.goTo).not.toHaveBeenCalled();
    await act(async () => user.keyboard('{Escape}'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  }, 30_000);
});
