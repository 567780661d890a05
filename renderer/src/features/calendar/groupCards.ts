import type { Appointment } from '../../../../shared/domain/appointment';
import type { GroupEvent } from '../../../../shared/domain/schedule';
import { i18n, params, plural } from '../../i18n';

/** The words of a group event's card, its tooltip and its drawer. */
export const groupWords = i18n('calendar/groupCards', {
  groupEvent: 'Group event',
  full: params('{booked}/{capacity} full'),
  booked: params('{booked} booked'),
  ofPlaces: params('{booked} of {capacity} places booked'),
  ofPlacesFull: params('{booked} of {capacity} places booked (full)'),
  repeats: 'Repeats weekly',
  nobody: 'Nobody is booked yet',
  noClient: 'No client',
  clients: params('Clients: {names}'),
  places: plural({ one: '{count} place', other: '{count} places' }),
});

/**
 * Which appointments the calendar draws (the label filter); null = all. It reads only the labels, so it
 * applies to a group event's own labels too.
 */
export type AppointmentFilter = ((item: Pick<Appointment, 'labels'>) => boolean) | null;

/** Local days, both included ("YYYY-MM-DD"). */
export interface DayRange {
  from: string;
  to: string;
}

/** What the calendar knows about the group events of the shown days, beyond their appointments. */
export interface GroupInfo {
  /** From `schedules.groupEvents` for the shown days, by id (empty until it has loaded). */
  events: ReadonlyMap<number, GroupEvent>;
  /** The days `events` lists every group event of; null while nothing is listed. */
  days: DayRange | null;
  /** Ids of the group events that are occurrences of some schedule. */
  repeating: ReadonlySet<number>;
}

export const NO_GROUP_INFO: GroupInfo = { events: new Map(), days: null, repeating: new Set() };

export function sameDays(a: DayRange | null, b: DayRange | null): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);
}

/**
 * One card for all the appointments of one group event (Altegio's activity): a class with its clients.
 * Built afresh on every change, so it holds only what the card shows, and `sameCard` compares it.
 */
export interface GroupCard {
  kind: 'group';
  eventId: number;
  teamMemberId: number;
  start: string;
  end: string;
  title: string;
  /** The loaded appointments of the event (its clients), by start, then id. */
  appointments: readonly Appointment[];
  /** Clients booked: Altegio's count once the group events have loaded, else the loaded appointments. */
  booked: number;
  /** Places, once the group events have loaded. */
  capacity: number | null;
  repeats: boolean;
  colour: string | null;
}

/** What FullCalendar draws: an appointment of its own, or the card of a group event. */
export type CalendarItem = Appointment | GroupCard;

export function isGroupCard(item: CalendarItem): item is GroupCard {
  return (item as Partial<GroupCard>).kind === 'group';
}

/** The FullCalendar event id of an item: the appointment id, or `group-<event id>`. */
export function itemKey(item: CalendarItem): string {
  return isGroupCard(item) ? groupKey(item.eventId) : String(item.id);
}

export function groupKey(eventId: number): string {
  return `group-${eventId}`;
}

export function isFull(card: GroupCard): boolean {
  return card.capacity !== null && card.capacity > 0 && card.booked >= card.capacity;
}

/**
 * How many clients a class has: Altegio's count, unless more of its appointments are already loaded (a
 * poll brought a new client before the count was read again); the loaded ones while the count is unknown.
 */
export function bookedCount(event: GroupEvent | undefined, loaded: number): number {
  return event ? Math.max(event.recordsCount, loaded) : loaded;
}

/** "3/8", "8/8 full", or just "3" while the capacity is not known. */
export function fillText(card: GroupCard): string {
  const { booked, capacity } = card;
  if (capacity === null) return String(booked);
  return isFull(card) ? groupWords.get().full({ booked, capacity }) : `${booked}/${capacity}`;
}

function groupCardOf(
  eventId: number,
  first: Appointment,
  appointments: Appointment[],
  info: GroupInfo,
): GroupCard {
  const event = info.events.get(eventId);
  let end = first.end;
  for (const appointment of appointments) {
    if (Date.parse(appointment.end) > Date.parse(end)) end = appointment.end;
  }
  return {
    kind: 'group',
    eventId,
    // The appointments are what the calendar keeps current (polls), so they place the card.
    teamMemberId: first.teamMemberId,
    start: first.start,
    end,
    title: event?.serviceTitle ?? first.services[0]?.title ?? groupWords.get().groupEvent,
    appointments,
    booked: bookedCount(event, appointments.length),
    capacity: event ? event.capacity : null,
    repeats: info.repeating.has(eventId),
    colour: event?.colour ?? null,
  };
}

/** The card of a group event nobody is booked into (as far as the loaded appointments go). */
function emptyCardOf(event: GroupEvent, info: GroupInfo): GroupCard {
  return {
    kind: 'group',
    eventId: event.id,
    teamMemberId: event.teamMemberId,
    start: event.start,
    end: event.end,
    title: event.serviceTitle,
    appointments: [],
    booked: event.recordsCount,
    capacity: event.capacity,
    repeats: info.repeating.has(event.id),
    colour: event.colour,
  };
}

/**
 * The items the calendar draws for the visible appointments (sorted by start, as the cache gives them):
 * individual appointments as they are, and the appointments of each group event gathered on one card.
 * When `info` lists the group events of exactly the `shown` days, a class without a loaded appointment
 * (nobody enrolled yet) gets its card too, placed by the group event; there is one card per group event
 * whichever source brings it, and the appointments take over once the first client arrives.
 *
 * The filter applies to each appointment. A class shows while it or any of its clients' appointments
 * passes (its card still stands for the whole class): so under a label filter an empty class shows only
 * when the group event itself carries a chosen label, since there is no appointment to carry one.
 */
export function calendarItems(
  visible: readonly Appointment[],
  filter: AppointmentFilter,
  info: GroupInfo,
  shown: DayRange | null = null,
): Map<string, CalendarItem> {
  const items = new Map<string, CalendarItem>();
  const groups = new Map<number, Appointment[]>();
  for (const appointment of visible) {
    if (appointment.activityId !== null) {
      const members = groups.get(appointment.activityId);
      if (members) members.push(appointment);
      else groups.set(appointment.activityId, [appointment]);
    } else if (!filter || filter(appointment)) {
      items.set(String(appointment.id), appointment);
    }
  }
  for (const [eventId, members] of groups) {
    const [first] = members;
    if (!first) continue;
    if (filter && !members.some(filter)) {
      const event = info.events.get(eventId);
      if (!event || !filter(event)) continue;
    }
    items.set(groupKey(eventId), groupCardOf(eventId, first, members, info));
  }
  if (shown && sameDays(info.days, shown)) {
    for (const event of info.events.values()) {
      if (groups.has(event.id) || (filter && !filter(event))) continue;
      items.set(groupKey(event.id), emptyCardOf(event, info));
    }
  }
  return items;
}

/** Whether two versions of an item draw the same (appointments are immutable: compared by reference). */
export function sameItem(a: CalendarItem | undefined, b: CalendarItem): boolean {
  if (a === b) return true;
  if (!a || !isGroupCard(a) || !isGroupCard(b)) return false;
  return (
    a.eventId === b.eventId &&
    a.teamMemberId === b.teamMemberId &&
    a.start === b.start &&
    a.end === b.end &&
    a.booked === b.booked &&
    a.capacity === b.capacity &&
    a.repeats === b.repeats &&
    a.title === b.title &&
    a.colour === b.colour &&
    a.appointments.length === b.appointments.length &&
    a.appointments.every((appointment, index) => appointment === b.appointments[index])
  );
}

/**
 * Which clients each group event of the visible appointments has, as one string: when it changes while
 * the same days are shown, someone booked into or left a class, and its fill should be read again.
 */
export function groupMembership(visible: readonly Appointment[]): string {
  const parts: string[] = [];
  for (const appointment of visible) {
    if (appointment.activityId !== null) parts.push(`${appointment.activityId}:${appointment.id}`);
  }
  return parts.sort().join(',');
}

/** Every appointment the items stand for (the print sheet lists each client of a class). */
export function appointmentsOf(items: Iterable<CalendarItem>): Appointment[] {
  const out: Appointment[] = [];
  for (const item of items) {
    if (isGroupCard(item)) out.push(...item.appointments);
    else out.push(item);
  }
  return out.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id - b.id);
}
