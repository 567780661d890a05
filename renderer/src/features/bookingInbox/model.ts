import { DateTime } from 'luxon';
import type { InboxChange, InboxItem } from '../../../../shared/contract/bookingInbox';
import { i18n, params } from '../../i18n';

const messages = i18n('bookingInbox/model', {
  noClient: 'No client',
  unnamed: 'Unnamed client',
  noService: 'No service chosen',
  with: params('{services} with {member}'),
  new: 'New',
  moved: 'Moved',
  cancelled: 'Cancelled',
  changed: 'Changed',
  movedFrom: params('Moved from {from} → {to}'),
  services: 'Services changed',
  details: 'Details changed',
  noEarlier: 'No earlier version on this desk to compare with',
});

/** A team member's name, or a plain stand-in for one the desk does not know (fired, hidden). */
export type MemberName = (teamMemberId: number) => string;

/** "Tue 12 Jan, 10:00" in the location's zone. */
export function inboxTime(iso: string, zone: string): string {
  return DateTime.fromISO(iso).setZone(zone).toFormat('ccc d LLL, HH:mm');
}

/** Who booked: the client's name and phone, or that there is no client card. */
export function whoText(item: InboxItem): string {
  const t = messages.get();
  if (!item.client) return t.noClient;
  return [item.client.name || t.unnamed, item.client.phone].filter(Boolean).join(' · ');
}

/** What was booked: the services and with whom. */
export function whatText(item: InboxItem, memberName: MemberName): string {
  const t = messages.get();
  const services = item.services.map((service) => service.title).join(', ') || t.noService;
  return t.with({ services, member: memberName(item.teamMemberId) });
}

/** The short word for what happened, for the item's chip. */
export const changeKindWords: Record<InboxChange['kind'], string> = {
  get new() {
    return messages.get().new;
  },
  get moved() {
    return messages.get().moved;
  },
  get cancelled() {
    return messages.get().cancelled;
  },
  get changed() {
    return messages.get().changed;
  },
};

/** What happened since this desk last looked, in a few words. */
export function changeText(
  change: InboxChange,
  item: InboxItem,
  zone: string,
  memberName: MemberName,
): string {
  const t = messages.get();
  switch (change.kind) {
    case 'new':
      return t.new;
    case 'cancelled':
      return t.cancelled;
    case 'moved': {
      const from = `${inboxTime(change.from.start, zone)} ${memberName(change.from.teamMemberId)}`;
      const to = `${inboxTime(item.start, zone)} ${memberName(item.teamMemberId)}`;
      return t.movedFrom({ from, to });
    }
    case 'changed':
      return change.what === 'services' ? t.services : change.what === 'details' ? t.details : t.noEarlier;
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
