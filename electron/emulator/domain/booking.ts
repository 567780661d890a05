import { businessRule, type CodedError } from '../http/errors';
import { asInt, isObject } from '../http/params';
import type { Store } from '../store/store';
import type { Location, Service, StaffMember } from '../store/types';
import { formatDatetime, localMinutesToMs, msToLocal, parseRequestDatetime } from '../time';
import { checkSlot, freeStartMinutes } from './availability';
import { seanceLengthFor } from './records';

/** Online-booking errors: message without the final period, codes in `meta.errors`. */
export function bookingError(code: number, message: string, id?: number): never {
  const error: CodedError = id === undefined ? { code, message } : { code, message, id };
  throw businessRule([error], code === 434 ? 403 : 422, 'An error has occurred');
}

/**
 * Whether online booking offers a member: not fired, not removed, not hidden. The `bookable` flag plays no
 * part: real Altegio sends `bookable: false` for every member, including those clients book online.
 */
export function isOnlineBookable(member: StaffMember): boolean {
  return !member.fired && !member.removed && !member.hidden;
}

export function bookableMembers(store: Store, locationId: number): StaffMember[] {
  return [...store.staff.values()]
    .filter((m) => m.locationId === locationId && isOnlineBookable(m))
    .sort((a, b) => b.weight - a.weight || a.id - b.id);
}

/** An individual (not group) service: capacity 0, as real Altegio sends it, or 1. */
export function isIndividualService(service: Service): boolean {
  return service.capacity <= 1;
}

export function offersAll(member: StaffMember, services: Service[]): boolean {
  return services.every((s) => s.staff.some((link) => link.staffId === member.id));
}

/** Length of a booking: the member's seance lengths summed (a 1-hour default with no services). */
export function bookingLength(member: StaffMember, services: Service[], location: Location): number {
  if (!services.length) return 3600;
  return services.reduce((sum, s) => sum + seanceLengthFor(s, member.id, location.technicalBreakDefault), 0);
}

export function resolveServices(store: Store, location: Location, ids: number[], strict: boolean): Service[] {
  return ids.flatMap((id) => {
    const service = store.services.get(id);
    if (service && service.locationId === location.id && service.active && isIndividualService(service))
      return [service];
    if (strict) bookingError(438, 'The service is no longer available for online booking');
    return [];
  });
}

export function freeTimes(
  store: Store,
  location: Location,
  member: StaffMember,
  date: string,
  services: Service[],
  nowMs: number,
) {
  const length = bookingLength(member, services, location);
  return freeStartMinutes(store, member, date, length, location.timezone, nowMs).map((minute) => {
    const startMs = localMinutesToMs(date, minute, location.timezone);
    return {
      time: msToLocal(startMs, location.timezone).slice(11, 16),
      seance_length: length,
      datetime: formatDatetime(startMs, location.timezone),
    };
  });
}

export interface PlannedAppointment {
  requestId: number;
  member: StaffMember;
  services: Service[];
  startMs: number;
  length: number;
}

/**
 * The `book_check` rules: 438 inactive service, 433 a time already past (*inferred*: the same code as a
 * taken time), 436 nobody free for "any", 433 busy, 437 overlap in the request.
 */
export function planAppointments(
  store: Store,
  location: Location,
  raw: unknown,
  nowMs: number,
): PlannedAppointment[] {
  if (!Array.isArray(raw) || raw.length === 0) bookingError(422, 'No services or promotions set');
  const planned: PlannedAppointment[] = [];
  for (const item of raw) {
    if (!isObject(item)) bookingError(422, 'No services or promotions set');
    const ids = Array.isArray(item.services)
      ? item.services.flatMap((s) => asInt(isObject(s) ? s.id : s) ?? [])
      : [];
    const services = resolveServices(store, location, ids, true);
    const startMs = parseRequestDatetime(item.datetime, location.timezone);
    if (startMs === null || startMs < nowMs) bookingError(433, 'The selected time is not available');
    const staffId = asInt(item.staff_id) ?? 0;
    const overlapsPlanned = (member: StaffMember, start: number, length: number) =>
      planned.some(
        (p) =>
          p.member.id === member.id &&
          p.startMs < start + length * 1000 &&
          start < p.startMs + p.length * 1000,
      );
    const fits = (member: StaffMember) => {
      const length = bookingLength(member, services, location);
      return !checkSlot(store, {
        staffId: member.id,
        startMs,
        lengthSeconds: length,
        zone: location.timezone,
      });
    };
    let member: StaffMember | undefined;
    if (staffId === 0) {
      member = bookableMembers(store, location.id).find(
        (m) =>
          offersAll(m, services) &&
          fits(m) &&
          !overlapsPlanned(m, startMs, bookingLength(m, services, location)),
      );
      if (!member) bookingError(436, 'No team member is available at the selected time');
    } else {
      member = bookableMembers(store, location.id).find((m) => m.id === staffId);
      if (!member || !offersAll(member, services))
        bookingError(433, 'The team member cannot be booked at this time');
      const length = bookingLength(member, services, location);
      const problem = checkSlot(store, {
        staffId: member.id,
        startMs,
        lengthSeconds: length,
        zone: location.timezone,
      });
      if (problem)
        bookingError(433, 'The selected time is taken or the team member is not working', problem.conflictId);
      if (overlapsPlanned(member, startMs, length))
        bookingError(437, 'The appointments in the request overlap');
    }
    planned.push({
      requestId: asInt(item.id) ?? planned.length + 1,
      member,
      services,
      startMs,
      length: bookingLength(member, services, location),
    });
  }
  return planned;
}
