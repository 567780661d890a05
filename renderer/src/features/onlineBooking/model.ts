import { DateTime } from 'luxon';
import type {
  MemberNotOffered,
  OnlineServiceEntry,
  OnlineServices,
  ServiceNotOffered,
} from '../../../../shared/contract/onlineBooking';
import type { OnlineCategory } from '../../../../shared/domain/booking';
import { BridgeError } from '../../api';
import { i18n, params } from '../../i18n';
import { formatMoney } from '../../money';

const messages = i18n('onlineBooking/model', {
  inactive: 'Switched off for online booking in Altegio.',
  group: 'A group service: clients book a place in a group event, not a time here.',
  noTeamMember: 'No team member who takes online bookings performs it.',
  hidden: 'Hidden from online booking in Altegio.',
  doesNotProvide: 'Does not perform this service.',
  noFreeSession: 'No free session in the next 30 days.',
  free: 'Free',
  minutes: params('{minutes} min'),
  hours: params('{hours} h'),
  hoursMinutes: params('{hours} h {minutes} min'),
});

/** Why a client cannot book a service online, as the desk tells a caller. */
export const serviceNotOfferedWords: Record<ServiceNotOffered, string> = {
  get inactive() {
    return messages.get().inactive;
  },
  get group() {
    return messages.get().group;
  },
  get 'no-team-member'() {
    return messages.get().noTeamMember;
  },
};

/** Why a client cannot book a team member online for the chosen service. */
export const memberNotOfferedWords: Record<MemberNotOffered, string> = {
  get hidden() {
    return messages.get().hidden;
  },
  get 'does-not-provide'() {
    return messages.get().doesNotProvide;
  },
  get 'no-free-session'() {
    return messages.get().noFreeSession;
  },
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
  if (service.priceMax <= 0) return messages.get().free;
  if (service.priceMin === service.priceMax || service.priceMin <= 0)
    return formatMoney(service.priceMax, currency);
  return `${formatMoney(service.priceMin, currency)}–${formatMoney(service.priceMax, currency)}`;
}

/** "45 min", "1 h", "1 h 15 min". */
export function lengthText(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const t = messages.get();
  if (!hours) return t.minutes({ minutes: rest });
  return rest ? t.hoursMinutes({ hours, minutes: rest }) : t.hours({ hours });
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
