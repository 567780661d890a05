import { describe, expect, it } from 'vitest';
import type { InboxItem } from '../../../../shared/contract/bookingInbox';
import {
  changeText,
  newestChange,
  whatText,
  whoText,
} from '../../../../renderer/src/features/bookingInbox/model';

const zone = 'America/New_York';
const names: Record<number, string> = { 1001: 'Emma', 1002: 'Liam' };
const memberName = (id: number) => names[id] ?? `Team member ${id}`;

const item: InboxItem = {
  appointmentId: 5001,
  client: { name: 'Ava Online', phone: '+12025550100' },
  services: [
    { id: 1, title: 'Haircut' },
    { id: 2, title: 'Blow-dry' },
  ],
  teamMemberId: 1002,
  // 11:30 in New York, whatever zone the machine runs in.
  start: '2027-01-13T16:30:00Z',
  change: { kind: 'new' },
  lastChangedAt: '2027-01-12T14:00:00-05:00',
};

describe('the inbox words', () => {
  it('say who, what and with whom', () => {
    expect(whoText(item)).toBe('Ava Online · +12025550100');
    expect(whoText({ ...item, client: null })).toBe('No client');
    expect(whatText(item, memberName)).toBe('Haircut, Blow-dry with Liam');
    expect(whatText({ ...item, services: [], teamMemberId: 7 }, memberName)).toBe(
      'No service chosen with Team member 7',
    );
  });

  it('say what changed, a move from where and whom to where and whom in the location’s zone', () => {
    expect(changeText({ kind: 'new' }, item, zone, memberName)).toBe('New');
    expect(changeText({ kind: 'cancelled' }, item, zone, memberName)).toBe('Cancelled');
    expect(
      changeText(
        { kind: 'moved', from: { start: '2027-01-12T10:00:00-05:00', teamMemberId: 1001 } },
        item,
        zone,
        memberName,
      ),
    ).toBe('Moved from Tue 12 Jan, 10:00 Emma → Wed 13 Jan, 11:30 Liam');
    expect(changeText({ kind: 'changed', what: 'services' }, item, zone, memberName)).toBe(
      'Services changed',
    );
    expect(changeText({ kind: 'changed', what: 'unknown' }, item, zone, memberName)).toBe(
      'No earlier version on this desk to compare with',
    );
  });

  it('find the newest change shown, across offsets', () => {
    expect(newestChange([])).toBeNull();
    expect(
      newestChange([
        { ...item, lastChangedAt: '2027-01-12T14:00:00-05:00' },
        { ...item, lastChangedAt: '2027-01-12T19:30:00Z' },
        { ...item, lastChangedAt: '2027-01-12T13:59:59-05:00' },
      ]),
    ).toBe('2027-01-12T19:30:00Z');
  });
});
