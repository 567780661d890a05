import { isIndividualService } from '../domain/booking';
import { NO_BIRTH_DATE } from '../domain/clients';
import type { Store } from '../store/store';
import type {
  Client,
  CustomField,
  Label,
  MinuteSlot,
  Service,
  StaffMember,
  WeeklyHours,
} from '../store/types';
import { addDays, parseHhmm } from '../time';
import { CATEGORIES, FIRST_NAMES, type HoursPattern, LAST_NAMES, POSITIONS } from './catalog';
import type { LocationProfile } from './profiles';
import type { Random } from './random';

export interface SeededLocation {
  profile: LocationProfile;
  staff: StaffMember[];
  servicesByStaff: Map<number, Service[]>;
  servicesByTitle: Map<string, Service>;
  clients: Client[];
  recordLabels: Label[];
  recordFields: CustomField[];
}

export function weeklyHours(pattern: HoursPattern): WeeklyHours {
  const slots: MinuteSlot[] = pattern.slots.map(([from, to]) => ({
    from: parseHhmm(from) ?? 0,
    to: parseHhmm(to) ?? 0,
  }));
  const hours: WeeklyHours = {};
  for (const day of pattern.days) hours[day as keyof WeeklyHours] = slots.map((s) => ({ ...s }));
  return hours;
}

function roundTo5Minutes(minutes: number): number {
  return Math.max(15, Math.round(minutes / 5) * 5);
}

function seedStaffAndServices(store: Store, rng: Random, profile: LocationProfile, today: string) {
  const locationId = profile.location.id;
  const positionIds = new Map<string, number>();
  const staff: StaffMember[] = profile.staff.map((spec, index) => {
    const title = POSITIONS[spec.position];
    let positionId = positionIds.get(title);
    if (positionId === undefined && !spec.noPosition) {
      positionId = store.nextId('position');
      positionIds.set(title, positionId);
      store.positions.set(positionId, { id: positionId, locationId, title });
    }
    const member: StaffMember = {
      id: store.nextId('staff'),
      locationId,
      name: spec.name,
      specialization: spec.specialization,
      information: `<p>${spec.specialization}.</p>`,
      positionId: spec.noPosition ? null : (positionId ?? null),
      weight: profile.staff.length - index,
      rating: Math.round((3.8 + rng.next() * 1.2) * 100) / 100,
      votesCount: rng.int(4, 120),
      commentsCount: 0,
      fired: false,
      hidden: spec.hidden ?? false,
      removed: false,
      // Real Altegio sends `bookable: false` for every member, online-bookable or not.
      bookable: false,
      avatar: '',
      weeklyHours: weeklyHours(spec.hours),
      // A short holiday for every fifth member, so days off show in the schedule.
      daysOff: index % 5 === 4 ? [addDays(today, 3), addDays(today, 4), addDays(today, 5)] : [],
    };
    store.staff.set(member.id, member);
    return member;
  });

  const servicesByStaff = new Map<number, Service[]>(staff.map((m) => [m.id, []]));
  const servicesByTitle = new Map<string, Service>();
  let weight = 100;
  for (const category of CATEGORIES.filter((c) => profile.categories.includes(c.key))) {
    const categoryId = store.nextId('category');
    store.categories.set(categoryId, { id: categoryId, locationId, title: category.title, weight: weight-- });
    for (const spec of category.services) {
      const duration = roundTo5Minutes(spec.minutes * profile.durationFactor) * 60;
      const technicalBreakDuration = spec.breakMinutes ? spec.breakMinutes * 60 : null;
      const service: Service = {
        id: store.nextId('service'),
        locationId,
        categoryId,
        title: spec.title,
        priceMin: spec.price[0],
        priceMax: spec.price[1],
        duration,
        technicalBreakDuration,
        active: true,
        weight: weight--,
        capacity: spec.capacity ?? 1,
        comment: '',
        staff: [],
      };
      profile.staff.forEach((memberSpec, index) => {
        const member = staff[index];
        if (!member || !memberSpec.skills.includes(category.key)) return;
        // Juniors take a quarter of an hour longer on long haircuts.
        const slower = memberSpec.position === 'hair' && category.key === 'hair' && spec.minutes >= 60;
        service.staff.push({
          staffId: member.id,
          seanceLength: duration + (technicalBreakDuration ?? 0) + (slower ? 900 : 0),
        });
        if (isIndividualService(service)) servicesByStaff.get(member.id)?.push(service);
      });
      store.services.set(service.id, service);
      servicesByTitle.set(service.title, service);
    }
  }
  return { staff, servicesByStaff, servicesByTitle };
}

const LABELS: Array<Omit<Label, 'id' | 'locationId' | 'deleted'>> = [
  { title: 'VIP', color: '#e91e63', icon: 'star', entity: 2 },
  { title: 'New client', color: '#4caf50', icon: 'user', entity: 2 },
  { title: 'Deposit paid', color: '#2196f3', icon: 'tag', entity: 2 },
  { title: 'Regular', color: '#ff9800', icon: 'star', entity: 1 },
  { title: 'Sensitive skin', color: '#9c27b0', icon: 'unlock', entity: 1 },
  { title: 'Workshop', color: '#009688', icon: 'tag', entity: 3 },
];

const FIELDS: Array<Omit<CustomField, 'id' | 'locationId'>> = [
  {
    category: 'record',
    code: 'stylist_notes',
    title: 'Notes for the stylist',
    type: 'text',
    values: null,
    userCanEdit: true,
    showInUi: true,
  },
  {
    category: 'record',
    code: 'product_grams',
    title: 'Colour used, grams',
    type: 'number',
    values: null,
    userCanEdit: true,
    showInUi: true,
  },
  {
    category: 'record',
    code: 'hair_type',
    title: 'Hair type',
    type: 'select',
    values: ['Fine', 'Medium', 'Thick', 'Curly'],
    userCanEdit: true,
    showInUi: true,
  },
  {
    category: 'record',
    code: 'patch_test_date',
    title: 'Patch test date',
    type: 'date',
    values: null,
    userCanEdit: true,
    showInUi: true,
  },
  {
    category: 'client',
    code: 'allergies',
    title: 'Allergies',
    type: 'text',
    values: null,
    userCanEdit: true,
    showInUi: true,
  },
  {
    category: 'client',
    code: 'last_consultation',
    title: 'Last consultation',
    type: 'datetime',
    values: null,
    userCanEdit: true,
    showInUi: false,
  },
];

function seedLabelsAndFields(store: Store, locationId: number) {
  const labels = LABELS.map((spec) => {
    const label: Label = { ...spec, id: store.nextId('label'), locationId, deleted: false };
    store.labels.set(label.id, label);
    return label;
  });
  const fields = FIELDS.map((spec) => {
    const field: CustomField = {
      ...spec,
      values: spec.values && [...spec.values],
      id: store.nextId('customField'),
      locationId,
    };
    store.customFields.set(field.id, field);
    return field;
  });
  return { labels, fields };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Birthdays as real locations hold them (30 of 50 real clients): mostly day and month only, stored with
 * the year 1900; otherwise a full date or none ("0000-00-00" or ""). Never 1900-01-01, a known sentinel.
 */
function birthDate(rng: Random): string {
  const kind = rng.weighted([
    ['dayMonth', 60],
    ['full', 22],
    ['zeros', 9],
    ['empty', 9],
  ] as const);
  if (kind === 'zeros') return NO_BIRTH_DATE;
  if (kind === 'empty') return '';
  const month = rng.int(1, 12);
  const day = rng.int(month === 1 ? 2 : 1, 28);
  const year = kind === 'dayMonth' ? 1900 : rng.int(1960, 2005);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function seedClients(
  store: Store,
  rng: Random,
  profile: LocationProfile,
  clientLabels: Label[],
  today: string,
) {
  const clients: Client[] = [];
  const usedPhones = new Set<string>();
  for (let i = 0; i < profile.clientCount; i += 1) {
    const name = rng.pick(FIRST_NAMES);
    const surname = rng.pick(LAST_NAMES);
    let phone = '';
    do {
      const prefix = rng.pick(profile.phonePrefixes);
      phone = prefix + String(rng.int(0, 10 ** (11 - prefix.length) - 1)).padStart(11 - prefix.length, '0');
    } while (usedPhones.has(phone));
    usedPhones.add(phone);
    const client: Client = {
      id: store.nextId('client'),
      locationId: profile.location.id,
      name,
      surname,
      patronymic: '',
      phone,
      email: rng.chance(0.6) ? `${name}.${surname}${i}@example.com`.toLowerCase() : '',
      card: rng.chance(0.2) ? String(rng.int(100000, 999999)) : '',
      birthDate: birthDate(rng),
      sexId: rng.weighted([
        [2, 65],
        [1, 30],
        [0, 5],
      ]),
      importanceId: rng.weighted([
        [0, 80],
        [1, 10],
        [2, 6],
        [3, 4],
      ]),
      labelIds: rng.chance(0.15) && clientLabels.length ? [rng.pick(clientLabels).id] : [],
      discount: rng.chance(0.1) ? 10 : 0,
      comment: rng.chance(0.05) ? 'Prefers morning appointments' : '',
      smsCheck: rng.chance(0.7),
      smsNot: false,
      spent: 0,
      balance: 0,
      customFields: rng.chance(0.1) ? { allergies: 'Latex' } : {},
      changedMs: 0,
      deleted: false,
    };
    if (rng.chance(0.05))
      client.customFields.last_consultation = `${addDays(today, -rng.int(10, 200))} 11:30:00`;
    store.clients.set(client.id, client);
    clients.push(client);
  }
  return clients;
}

export function seedLocationData(
  store: Store,
  rng: Random,
  profile: LocationProfile,
  today: string,
): SeededLocation {
  store.locations.set(profile.location.id, profile.location);
  const { staff, servicesByStaff, servicesByTitle } = seedStaffAndServices(store, rng, profile, today);
  const { labels, fields } = seedLabelsAndFields(store, profile.location.id);
  const clients = seedClients(
    store,
    rng,
    profile,
    labels.filter((l) => l.entity === 1),
    today,
  );
  return {
    profile,
    staff,
    servicesByStaff,
    servicesByTitle,
    clients,
    recordLabels: labels.filter((l) => l.entity === 2),
    recordFields: fields.filter((f) => f.category === 'record'),
  };
}
