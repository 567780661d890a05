import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { InboxItem } from '../../../../shared/contract/bookingInbox';
import {
  BookingInboxPanel,
  type BookingInboxPanelProps,
} from '../../../../renderer/src/features/bookingInbox/BookingInboxPanel';
import { BridgeError } from '../../../../renderer/src/api';
import { describeError } from '../../../../renderer/src/errors';

const base: InboxItem = {
  appointmentId: 5001,
  client: { name: 'Ava Online', phone: '+12025550100' },
  services: [{ id: 1, title: 'Haircut' }],
  teamMemberId: 1001,
  start: '2027-01-13T10:00:00-05:00',
  change: { kind: 'new' },
  lastChangedAt: '2027-01-12T09:00:00-05:00',
};
const items: InboxItem[] = [
  {
    ...base,
    appointmentId: 5003,
    client: { name: 'Cy Online', phone: '' },
    change: { kind: 'cancelled' },
    lastChangedAt: '2027-01-12T09:30:00-05:00',
  },
  base,
];

function renderPanel(overrides: Partial<BookingInboxPanelProps> = {}) {
  const props: BookingInboxPanelProps = {
    zone: 'America/New_York',
    items,
    lookedAt: '2027-01-11T10:00:00-05:00',
    loadError: null,
    saveProblem: null,
    saving: false,
    memberName: (id) => (id === 1001 ? 'Emma' : 'Liam'),
    onRetry: vi.fn(),
    onOpen: vi.fn(),
    onAcknowledge: vi.fn(),
    onAcknowledgeAll: vi.fn(),
    ...overrides,
  };
  render(<BookingInboxPanel {...props} />);
  return props;
}

describe('the online-booking inbox panel', () => {
  it('lists who, what, when and what changed, with Open and Acknowledge', async () => {
    const props = renderPanel();
    expect(screen.getByText('Since Mon 11 Jan, 10:00')).toBeTruthy();
    const ava = screen.getByRole('listitem', { name: 'Ava Online · +12025550100' });
    expect(ava.textContent).toContain('New');
    expect(ava.textContent).toContain('Haircut with Emma');
    expect(ava.textContent).toContain('Wed 13 Jan, 10:00');
    await userEvent.click(within(ava).getByRole('button', { name: 'Open' }));
    expect(props.onOpen).toHaveBeenCalledWith(base);
    await userEvent.click(within(ava).getByRole('button', { name: 'Acknowledge' }));
    expect(props.onAcknowledge).toHaveBeenCalledWith(base);
  });

  it('offers no Open for a cancelled booking, and acknowledges all up to the newest change shown', async () => {
    const props = renderPanel();
    const cy = screen.getByRole('listitem', { name: 'Cy Online' });
    expect(cy.textContent).toContain('Cancelled');
    expect(within(cy).queryByRole('button', { name: 'Open' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Acknowledge all' }));
    expect(props.onAcknowledgeAll).toHaveBeenCalledWith('2027-01-12T09:30:00-05:00');
  });

  it('says where a moved booking was and where it is now', () => {
    const moved: InboxItem = {
      ...base,
      teamMemberId: 1002,
      change: { kind: 'moved', from: { start: '2027-01-12T10:00:00-05:00', teamMemberId: 1001 } },
    };
    renderPanel({ items: [moved] });
    const ava = screen.getByRole('listitem', { name: 'Ava Online · +12025550100' });
    expect(within(ava).getByText('Moved')).toBeTruthy();
    expect(ava.textContent).toContain('Moved from Tue 12 Jan, 10:00 Emma → Wed 13 Jan, 10:00 Liam');
  });

  it('says when there is nothing new', () => {
    renderPanel({ items: [] });
    expect(screen.getByText('Nothing new from online booking.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Acknowledge all' })).toBeNull();
  });

  it('shows a failed read with Retry and a failed acknowledgement', async () => {
    const props = renderPanel({
      items: undefined,
      loadError: new BridgeError({ code: 'NETWORK' }),
      saveProblem: 'The acknowledgement could not be saved.',
    });
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent);
    expect(alerts[0]).toContain(describeError({ code: 'NETWORK' }));
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(props.onRetry).toHaveBeenCalled();
    expect(screen.getByText('The acknowledgement could not be saved.')).toBeTruthy();
  });
});
