import { DateTime } from 'luxon';
import type { InboxChange, InboxItem } from '../../../../shared/contract/bookingInbox';

/** A team member's name, or a plain stand-in for one the desk does not know (fired, hidden). */
export type MemberName = (teamMemberId: number) => string;

/** "Tue 12 Jan, 10:00" in the location's zone. */
export function inboxTime(iso: string, zone: string): string {
  return DateTime.fromISO(iso).setZone(zone).toFormat('ccc d LLL, HH:mm');
}

/** Who booked: the client's name and phone, or that there is no client card. */
export function whoText(item: InboxItem): string {
  if (!item.client) return 'No client';
  return [item.client.name || 'Unnamed client', item.client.phone].filter(Boolean).join(' · ');
}

/** What was booked: the services and with whom. */
export function whatText(item: InboxItem, memberName: MemberName): string {
  const services = item.services.map((service) => service.title).join(', ') || 'No service chosen';
  return `${services} with ${memberName(item.teamMemberId)}`;
}

/** The short word for what happened, for the item's chip. */
export const changeKindWords: Record<InboxChange['kind'], string> = {
  new: 'New',
  moved: 'Moved',
  cancelled: 'Cancelled',
  changed: 'Changed',
};

/** What happened since this desk last looked, in a few words. */
export function changeText(
  change: InboxChange,
  item: InboxItem,
  zone: string,
  memberName: MemberName,
): string {
  switch (change.kind) {
    case 'new':
      return 'New';
    case 'cancelled':
      return 'Cancelled';
    case 'moved': {
      const from = `${inboxTime(change.from.start, zone)} ${memberName(change.from.teamMemberId)}`;
      return `Moved from ${from} → ${inboxTime(item.start, zone)} ${memberName(item.teamMemberId)}`;
    }
    case 'changed':
      return change.what === 'services'
        ? 'Services changed'
        : change.what === 'details'
          ? 'Details changed'
          : 'No earlier version on this desk to compare with';
  }
}

/** The newest change shown: "Acknowledge all" acknowledges up to it, so a later one stays. */
export function newestChange(items: readonly InboxItem[]): string | null {
  let newest: string | null = null;
  for (const item of items) {
    if (newest === null || Date.parse(item.lastChangedAt) > Date.parse(newest)) newest = item.lastChangedAt;
  }
  return newest;
}
