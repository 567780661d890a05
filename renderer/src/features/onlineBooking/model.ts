import { DateTime } from 'luxon';
import type {
  MemberNotOffered,
  OnlineServiceEntry,
  OnlineServices,
  ServiceNotOffered,
} from '../../../../shared/contract/onlineBooking';
import type { OnlineCategory } from '../../../../shared/domain/booking';
import { BridgeError } from '../../api';
import { formatMoney } from '../../money';

/** Why a client cannot book a service online, as the desk tells a caller. */
export const serviceNotOfferedWords: Record<ServiceNotOffered, string> = {
  inactive: 'Switched off for online booking in Altegio.',
  group: 'A group service: clients book a place in a group event, not a time here.',
  'no-team-member': 'No team member who takes online bookings performs it.',
};

/** Why a client cannot book a team member online for the chosen service. */
export const memberNotOfferedWords: Record<MemberNotOffered, string> = {
  hidden: 'Hidden from online booking in Altegio.',
  'does-not-provide': 'Does not perform this service.',
  'no-free-session': 'No free session in the next 30 days.',
};

/** Online booking switched off for the whole location: one banner instead of an error in every column. */
export function isOnlineBookingOff(error: unknown): boolean {
  return error instanceof BridgeError && error.shape.params?.['problem'] === 'online-booking-off';
}

export interface CategoryGroup {
  category: OnlineCategory | null;
  services: OnlineServiceEntry[];
}

/**
 * Services under their categories, in online booking's order (bookable ones first within each); a service
 * whose category is not known goes last, under no heading.
 */
export function servicesByCategory(view: OnlineServices): CategoryGroup[] {
  const groups: CategoryGroup[] = view.categories.map((category) => ({ category, services: [] }));
  const loose: CategoryGroup = { category: null, services: [] };
  for (const service of view.services) {
    const group = groups.find((g) => g.category?.id === service.categoryId) ?? loose;
    group.services.push(service);
  }
  return [...groups, loose].filter((group) => group.services.length > 0);
}

/** "$65–85", "$15", "Free". */
export function priceText(service: Pick<OnlineServiceEntry, 'priceMin' | 'priceMax'>, currency: string) {
  if (service.priceMax <= 0) return 'Free';
  if (service.priceMin === service.priceMax || service.priceMin <= 0)
    return formatMoney(service.priceMax, currency);
  return `${formatMoney(service.priceMin, currency)}–${formatMoney(service.priceMax, currency)}`;
}

/** "45 min", "1 h", "1 h 15 min". */
export function lengthText(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return `${rest} min`;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** "YYYY-MM" of a "YYYY-MM-DD". */
export function monthOfDate(date: string): string {
  return date.slice(0, 7);
}

/** "Tue 12 Jan". */
export function shortDate(date: string): string {
  return DateTime.fromISO(date).toFormat('ccc d LLL');
}

export type DayKind = 'bookable' | 'full' | 'closed';

/** A day of the month as online booking shows it: free times, working but full, or nobody working. */
export function dayKind(date: string, dates: { bookingDates: string[]; workingDates: string[] }): DayKind {
  if (dates.bookingDates.includes(date)) return 'bookable';
  return dates.workingDates.includes(date) ? 'full' : 'closed';
}

export const ONLINE_BOOKING_OFF_WORDS =
  'Online booking is switched off for this location in Altegio: clients cannot book anything online until the owner switches it on again.';
