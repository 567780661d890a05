import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { OnlineMembersList } from '../../../../renderer/src/features/onlineBooking/OnlineMembersList';
import { OnlineServicesList } from '../../../../renderer/src/features/onlineBooking/OnlineServicesList';
import type { OnlineMemberEntry, OnlineServices } from '../../../../shared/contract/onlineBooking';

const hair = { id: 1, title: 'Hair', weight: 1 };
const perm = {
  id: 11,
  title: 'Classic perm',
  categoryId: 1,
  priceMin: 110,
  priceMax: 140,
  durationSeconds: 7200,
  notOffered: 'inactive',
} as const;
const haircut = { ...perm, id: 12, title: "Women's haircut", notOffered: null };

const member = (id: number, notOffered: OnlineMemberEntry['notOffered']): OnlineMemberEntry => ({
  id,
  name: `Member ${id}`,
  specialization: '',
  nextDate: notOffered ? null : '2027-01-13',
  notOffered,
});

function servicesList(view: OnlineServices, forMember: boolean) {
  render(
    <OnlineServicesList
      view={view}
      currency="USD"
      forMember={forMember}
      selectedId={null}
      onSelect={vi.fn()}
    />,
  );
  return screen.getByRole('list', { name: 'Services' });
}

describe('OnlineServicesList', () => {
  it('says in words that none of a team member’s services can be booked online', () => {
    const list = servicesList({ categories: [], services: [] }, true);
    expect(within(list).getByText('No services of theirs can be booked online.')).toBeTruthy();
  });

  it('says so above the greyed ones when the location offers nothing online', () => {
    const list = servicesList({ categories: [hair], services: [perm] }, false);
    expect(within(list).getByText('No service can be booked online.')).toBeTruthy();
    expect(
      within(list)
        .getByRole('button', { name: /Classic perm/ })
        .getAttribute('aria-disabled'),
    ).toBe('true');
  });

  it('has no such words when something can be booked', () => {
    const list = servicesList({ categories: [hair], services: [haircut, perm] }, true);
    expect(within(list).queryByTestId('no-online-services')).toBeNull();
  });
});

describe('OnlineMembersList', () => {
  const membersList = (members: OnlineMemberEntry[]) => {
    render(<OnlineMembersList members={members} selectedId={0} onSelect={vi.fn()} />);
    return screen.getByRole('list', { name: 'Team members' });
  };

  it('says nobody can be booked for the service instead of offering "Any team member"', () => {
    const list = membersList([member(1, 'hidden'), member(2, 'no-free-session')]);
    expect(within(list).getByText('Nobody can be booked online for this service.')).toBeTruthy();
    expect(within(list).queryByText('Any team member')).toBeNull();
    expect(within(list).getByText('No free session in the next 30 days.')).toBeTruthy();
  });

  it('says it for an empty list too', () => {
    const list = membersList([]);
    expect(within(list).getByText('Nobody can be booked online for this service.')).toBeTruthy();
  });

  it('offers "Any team member" when someone can be booked', () => {
    const list = membersList([member(1, null), member(2, 'hidden')]);
    expect(within(list).getByRole('button', { name: /Any team member/ })).toBeTruthy();
    expect(within(list).queryByTestId('no-online-members')).toBeNull();
  });
});
