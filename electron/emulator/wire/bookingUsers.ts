import type { Store } from '../store/store';
import type { AppointmentRecord, BookingAccount, Location, StaffMember } from '../store/types';
import { formatChangeDate, formatDatetime, zoneOffsetHours } from '../time';
import { phoneToWire } from './clients';
import { publicServicesToWire } from './records';

/** ISO 4217 code → what the review form shows (*inferred*: the docs name the object, not its fields). */
const CURRENCIES: Record<string, { id: number; symbol: string; title: string }> = {
  USD: { id: 1, symbol: '$', title: 'US Dollar' },
  EUR: { id: 2, symbol: '€', title: 'Euro' },
  KZT: { id: 3, symbol: '₸', title: 'Tenge' },
};

export function bookingAccountToWire(account: BookingAccount) {
  return {
    id: account.id,
    user_token: account.userToken,
    name: account.name,
    phone: account.phone ? phoneToWire(account.phone) : '',
    login: account.login,
    email: account.email,
    avatar: '',
  };
}

function memberToWire(member: StaffMember | undefined) {
  return {
    id: member?.id ?? 0,
    name: member?.name ?? '',
    specialization: member?.specialization ?? '',
    position: [],
    show_rating: 1,
    rating: member?.rating ?? 0,
    votes_count: member?.votesCount ?? 0,
    comments_count: member?.commentsCount ?? 0,
    avatar: member?.avatar ?? '',
  };
}

/** The record object of `GET /user/records/{id}/{hash}` (the booking user's view of an appointment). */
export function userRecordToWire(
  store: Store,
  record: AppointmentRecord,
  location: Location,
  freezeStandardOffset: boolean,
) {
  const zone = location.timezone;
  return {
    id: record.id,
    services: publicServicesToWire(record).map((line) => ({
      ...line,
      seance_length: record.seanceLength,
    })),
    company: {
      id: location.id,
      title: location.title,
      country_id: 0,
      country: location.country,
      city_id: 0,
      city: location.city,
      timezone: zoneOffsetHours(zone, record.startMs),
      address: location.address,
      phone: location.phone,
      phones: [location.phone],
      coordinate_lat: location.coordinateLat,
      coordinate_lng: location.coordinateLon,
      allow_delete_record: true,
      allow_change_record: true,
      allow_change_record_delay_step: 0,
      allow_delete_record_delay_step: 0,
      site: '',
      currency_short_title: location.currency,
    },
    staff: memberToWire(store.staff.get(record.staffId)),
    clients_count: 1,
    date: record.local,
    datetime: formatDatetime(record.startMs, zone, freezeStandardOffset),
    create_date: formatChangeDate(record.createdMs, zone),
    length: record.seanceLength,
    deleted: record.deleted,
    notify_by_sms: record.smsRemainHours,
    notify_by_email: record.emailRemainHours,
    comment: record.comment,
    master_requested: record.masterRequest,
    online: record.online,
    visit_attendance: record.attendance,
    api_id: record.apiId,
    last_change_date: formatChangeDate(record.changedMs, zone),
    prepaid: record.prepaid,
    prepaid_confirmed: record.prepaidConfirmed,
    activity_id: record.activityId,
  };
}

/** `GET /master_record_review/{token}`: what the post-visit review form shows. */
export function reviewFormToWire(
  store: Store,
  record: AppointmentRecord,
  location: Location,
  freezeStandardOffset: boolean,
) {
  const member = store.staff.get(record.staffId);
  const currency = CURRENCIES[location.currency] ?? {
    id: 0,
    symbol: location.currency,
    title: location.currency,
  };
  const submitted = [...store.comments.values()].some((comment) => comment.recordId === record.id);
  return {
    favicon_url: '',
    is_review_submitted: submitted,
    page_title: `${location.title}: leave a review`,
    master: { ...memberToWire(member), avatar_big: member?.avatar ?? '' },
    company: {
      id: location.id,
      title: location.title,
      public_title: location.title,
      address: location.address,
      city: location.city,
      phone: location.phone,
      logo: '',
      timezone_name: location.timezone,
    },
    tips: [],
    record: {
      id: record.id,
      date: record.local,
      datetime: formatDatetime(record.startMs, location.timezone, freezeStandardOffset),
      length: record.seanceLength,
      visit_attendance: record.attendance,
      services: record.services.map((s) => ({ id: s.id, title: s.title, cost: s.cost, amount: s.amount })),
    },
    currency: { id: currency.id, iso: location.currency, symbol: currency.symbol, title: currency.title },
    agreement_links: {
      privacy_policy: `https://alteg.io/en/company/${location.id}/privacy_policy`,
      personal_data: `https://alteg.io/en/company/${location.id}/personal_data`,
    },
    language: { id: 2, iso: 'en', locale: 'en-US', title: 'English' },
  };
}
