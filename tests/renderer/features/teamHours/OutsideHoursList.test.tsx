import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OutsideHoursList } from '../../../../renderer/src/features/teamHours/OutsideHoursList';

const outside = [
  {
    id: 1,
    start: '2027-03-30T18:00:00-04:00',
    end: '2027-03-30T18:30:00-04:00',
    clientName: 'Ada',
    clientPhone: null,
    services: ['Cut'],
  },
];

describe('OutsideHoursList', () => {
  it('offers to move the appointments only when the dialog can', () => {
    const list = (canMove: boolean) => (
      <OutsideHoursList
        zone="America/New_York"
        loading={false}
        error={null}
        appointments={outside}
        unreadable={0}
        canMove={canMove}
      />
    );
    const { rerender } = render(list(false));
    expect(screen.getByText(/Rebook them with the client, then save anyway\./)).toBeTruthy();
    expect(screen.queryByText(/save and move them/)).toBeNull();
    rerender(list(true));
    expect(screen.getByText(/Hand them over to others \(save and move them\)/)).toBeTruthy();
  });
});
