import type { Location } from '../store/types';
import {
  type CategoryKey,
  type ExtraServiceSpec,
  FIRST_NAMES,
  FORMER_SALON_STAFF,
  type FormerStaffSpec,
  HOURS,
  LAST_NAMES,
  SALON_EXTRA_SERVICES,
  SALON_STAFF,
  SPA_STAFF,
  type StaffSpec,
  STUDIO_STAFF,
} from './catalog';

export type Scale = 'demo' | 'large';

/** About a third of the appointments end up with two or three services. */
const MULTI_SERVICE_SHARE = 0.37;

export interface LocationProfile {
  location: Location;
  linkedToDemoUser: boolean;
  staff: StaffSpec[];
  /** Fired and removed members, added after every location is seeded (existing ids stay put). */
  formerStaff: FormerStaffSpec[];
  categories: CategoryKey[];
  /** Odd catalogue entries (duration 0, capacity 0, inactive), added after every location is seeded. */
  extraServices: ExtraServiceSpec[];
  clientCount: number;
  /** Digits a client phone starts with (country + area), the rest is generated. */
  phonePrefixes: string[];
  /** Share of working time booked on past days; future days taper off from it. */
  occupancy: number;
  /** Multiplier on service durations (the large benchmark location uses express services). */
  durationFactor: number;
  /** Share of appointments that try to add short services (real data: 19 of 50 have two or more). */
  multiServiceShare: number;
  commentCount: number;
  groupEvents: boolean;
}

function location(partial: Partial<Location> & Pick<Location, 'id' | 'title' | 'timezone'>): Location {
  return {
    city: '',
    country: '',
    address: '',
    zip: '',
    phone: '',
    email: '',
    currency: 'USD',
    coordinateLat: 0,
    coordinateLon: 0,
    phoneConfirmation: false,
    onlineBooking: true,
    technicalBreakDefault: 0,
    blacklistedPhones: [],
    ...partial,
  };
}

const SALON = location({
  id: 101,
  title: 'Frontdesk Demo Salon',
  timezone: 'America/New_York',
  city: 'New York',
  country: 'United States',
  address: '350 Hudson Street, New York, NY',
  zip: '10014',
  phone: '+12125550142',
  email: 'salon@demo.frontdesk',
  coordinateLat: 40.7265,
  coordinateLon: -74.0076,
  blacklistedPhones: ['12125550199'],
});

const STUDIO = location({
  id: 102,
  title: 'Frontdesk Demo Studio',
  timezone: 'Asia/Almaty',
  city: 'Almaty',
  country: 'Kazakhstan',
  address: '120 Abay Avenue, Almaty',
  zip: '050000',
  phone: '+77272500120',
  email: 'studio@demo.frontdesk',
  currency: 'KZT',
  coordinateLat: 43.2389,
  coordinateLon: 76.8897,
  phoneConfirmation: true,
});

const SPA = location({
  id: 103,
  title: 'Partner Day Spa',
  timezone: 'Europe/Berlin',
  city: 'Berlin',
  country: 'Germany',
  address: 'Torstrasse 1, Berlin',
  zip: '10119',
  phone: '+493055501000',
  email: 'spa@partner.example',
  currency: 'EUR',
});

const ALL_CATEGORIES: CategoryKey[] = ['hair', 'colour', 'styling', 'nails', 'skin', 'massage'];
const US_PREFIXES = ['1212555', '1347555', '1646555', '1718555', '1917555'];

/** 30 members for the benchmark location: the demo 12 plus 18 more, all on long daily shifts. */
function largeStaff(): StaffSpec[] {
  const extra: StaffSpec[] = [];
  const skills: CategoryKey[] = ['hair', 'nails', 'skin', 'massage', 'styling', 'colour'];
  for (let i = 0; i < 18; i += 1) {
    const skill = skills[i % skills.length] ?? 'hair';
    extra.push({
      name: `${FIRST_NAMES[(i * 7) % FIRST_NAMES.length]} ${LAST_NAMES[(i * 11) % LAST_NAMES.length]}`,
      position: skill,
      skills: [skill],
      hours: HOURS.everyDayLong,
      specialization: 'Express services',
    });
  }
  return [...SALON_STAFF.map((s) => ({ ...s, hours: HOURS.everyDayLong })), ...extra];
}

export function locationProfiles(scale: Scale): LocationProfile[] {
  const large = scale === 'large';
  return [
    {
      location: { ...SALON },
      linkedToDemoUser: true,
      staff: large ? largeStaff() : SALON_STAFF,
      formerStaff: FORMER_SALON_STAFF,
      categories: ALL_CATEGORIES,
      extraServices: SALON_EXTRA_SERVICES,
      clientCount: large ? 2000 : 500,
      phonePrefixes: US_PREFIXES,
      occupancy: large ? 0.95 : 0.72,
      durationFactor: large ? 0.3 : 1,
      // The benchmark wants volume (about 5,000 appointments a week), so fewer long combined ones.
      multiServiceShare: large ? 0.2 : MULTI_SERVICE_SHARE,
      commentCount: 60,
      groupEvents: true,
    },
    {
      location: { ...STUDIO },
      linkedToDemoUser: true,
      staff: STUDIO_STAFF,
      formerStaff: [],
      categories: ['nails', 'skin', 'massage'],
      extraServices: [],
      clientCount: 150,
      phonePrefixes: ['7701', '7705', '7777'],
      occupancy: 0.6,
      durationFactor: 1,
      multiServiceShare: MULTI_SERVICE_SHARE,
      commentCount: 12,
      groupEvents: false,
    },
    {
      location: { ...SPA },
      linkedToDemoUser: false,
      staff: SPA_STAFF,
      formerStaff: [],
      categories: ['massage'],
      extraServices: [],
      clientCount: 30,
      phonePrefixes: ['49151555'],
      occupancy: 0.4,
      durationFactor: 1,
      multiServiceShare: MULTI_SERVICE_SHARE,
      commentCount: 4,
      groupEvents: false,
    },
  ];
}
