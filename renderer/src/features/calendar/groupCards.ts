import type { Appointment } from '../../../../shared/domain/appointment';
import type { GroupEvent } from '../../../../shared/domain/schedule';

/** Which appointments the calendar draws (the label filter); null = all. */
export type AppointmentFilter = ((appointment: Appointment) => boolean) | null;

/** What the calendar knows about the group events of the shown days, beyond their appointments. */
export interface GroupInfo {
  /** From `schedules.groupEvents` for the shown days, by id (empty until it has loaded). */
  events: ReadonlyMap<number, GroupEvent>;
  /** Ids of the group events that are occurrences of some schedule. */
  repeating: ReadonlySet<number>;
}

export const NO_GROUP_INFO: GroupInfo = { events: new Map(), repeating: new Set() };

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

/** "3/8", "8/8 full", or just "3" while the capacity is not known. */
export function fillText(card: GroupCard): string {
  if (card.capacity === null) return String(card.booked);
  return `${card.booked}/${card.capacity}${isFull(card) ? ' full' : ''}`;
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
    title: event?.serviceTitle ?? first.services[0]?.title ?? 'Group event',
    appointments,
    booked: event ? event.recordsCount : appointments.length,
    capacity: event ? event.capacity : null,
    repeats: info.repeating.has(eventId),
    colour: event?.colour ?? null,
  };
}

/**
 * The items the calendar draws for the visible appointments (sorted by start, as the cache gives them):
 * individual appointments as they are, and the appointments of each group event gathered on one card.
 * The filter applies to each appointment; a group card stays while any of its clients' appointments
 * passes (it still shows the whole class: fill and clients).
 */
export function calendarItems(
  visible: readonly Appointment[],
  filter: AppointmentFilter,
  info: GroupInfo,
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
    if (!first || (filter && !members.some(filter))) continue;
    items.set(groupKey(eventId), groupCardOf(eventId, first, members, info));
  }
  return items;
}

/** Whether two versions of an item draw the same (appointments are immutable: compared by reference). */
export function sameItem(a: CalendarItem | undefined, b: CalendarItem): boolean {
  if (a === b) return true;
  if (!a || !isGroupCard(a) || !isGroupCard(b)) return false;
  return (
    a.eventId === b.eventId &&
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
