import { createRef } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CalendarToolbar } from '../../../../renderer/src/features/calendar/CalendarToolbar';

const noop = () => undefined;

function renderToolbar() {
  const searchRef = createRef<HTMLInputElement>();
  render(
    <CalendarToolbar
      zone="Europe/London"
      date="2027-01-12"
      title="January 12, 2027"
      view="day"
      teamMembers={[]}
      visibleIds={[]}
      focusedMemberId={null}
      labels={[]}
      labelFilterIds={[]}
      onLabelFilter={noop}
      searchRef={searchRef}
      searchAppointments={() => []}
      onToday={noop}
      onPrev={noop}
      onNext={noop}
      onDate={noop}
      onView={noop}
      onVisible={noop}
      onFocusMember={noop}
      onFound={vi.fn()}
      onPrint={noop}
      onWalkIn={noop}
      deskTools={[]}
      inbox={null}
    />,
  );
  return searchRef;
}

describe("the calendar toolbar before its fields' part is loaded", () => {
  it('shows stand-ins, and "/" (focusing the search) loads the search and gives it the focus', async () => {
    const searchRef = renderToolbar();
    // Before the first paint's prefetch: stand-ins, not MUI's Select and Autocomplete.
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Find a client' })).toBeTruthy();
    expect(screen.getByDisplayValue('All appointments')).toBeTruthy();

    // What the "/" command does: focus whatever searchRef holds.
    act(() => searchRef.current?.focus());
    // The loaded search: MUI's Autocomplete (a combobox named by its placeholder), holding the focus.
    const search = await waitFor(
      () => {
        const input = screen.getByPlaceholderText('Find a client (name or phone)');
        expect(input.getAttribute('role')).toBe('combobox');
        return input;
      },
      { timeout: 20_000 },
    );
    await waitFor(() => expect(document.activeElement).toBe(search));
    expect(searchRef.current).toBe(search);
  });
});
