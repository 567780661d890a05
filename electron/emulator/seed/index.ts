import { createHash } from 'node:crypto';
import type { Clock } from '../store/clock';
import { Store } from '../store/store';
import type { IdKind, StoreSnapshot, User } from '../store/types';
import { todayIn } from '../time';
import { type SeedContext, seedAppointments } from './appointments';
import { REVIEW_TEXTS } from './catalog';
import { seedClientComments, seedExtraServices, seedFormerStaff } from './extras';
import { seedGroupEvents } from './groupEvents';
import { seedOnlineBookingDemo } from './onlineBooking';
import { seedPayments } from './payments';
import { type SeededLocation, seedLocationData } from './locationData';
import { locationProfiles, type Scale } from './profiles';
import { Random } from './random';

export interface UserSpec {
  login: string;
  phone?: string;
  email?: string;
  password: string;
  name: string;
  locationIds?: number[];
}

export interface SeedOptions {
  seed: number;
  scale: Scale;
  partnerToken: string;
  users: UserSpec[];
}

const ID_BASES: Record<IdKind, number> = {
  user: 10,
  staff: 1000,
  service: 2000,
  category: 300,
  client: 100_000,
  record: 5_000_000,
  visit: 7_000_000,
  goods: 60_000,
  payment: 70_000,
  customField: 500,
  label: 400,
  activity: 8000,
  schedule: 900,
  scheduleDay: 9500,
  clientSchedule: 9900,
  comment: 40_000,
  position: 200,
  clientComment: 45_000,
  bookingAccount: 30_000,
};

export function emptySnapshot(seed: number): StoreSnapshot {
  return {
    format: 'frontdesk-altegio-emulator',
    version: 1,
    seed,
    counters: { ...ID_BASES },
    lastChangeMs: 0,
    locations: [],
    users: [],
    positions: [],
    staff: [],
    categories: [],
    services: [],
    clients: [],
    records: [],
    visits: [],
    customFields: [],
    labels: [],
    activities: [],
    schedules: [],
    scheduleDays: [],
    clientSchedules: [],
    comments: [],
    clientComments: [],
    bookingAccounts: [],
  };
}

/** A user token that survives restarts and changes when the password (or partner) changes. */
export function userTokenFor(partnerToken: string, login: string, password: string): string {
  return createHash('sha256').update(`${partnerToken}\n${login}\n${password}`).digest('hex').slice(0, 32);
}

function seedComments(ctx: SeedContext, seeded: SeededLocation): void {
  const { store, rng } = ctx;
  const attended = store
    .recordsOfLocation(seeded.profile.location.id)
    .filter((r) => r.attendance === 1 && r.clientId && !r.activityId)
    .sort((a, b) => a.id - b.id);
  for (let i = 0; i < seeded.profile.commentCount; i += 1) {
    const [rating, text] = rng.pick(REVIEW_TEXTS);
    const record = attended.length && rng.chance(0.4) ? rng.pick(attended) : undefined;
    const aboutMember = record !== undefined || rng.chance(0.8);
    const member = record ? store.staff.get(record.staffId) : rng.pick(seeded.staff);
    const client = record?.clientId ? store.clients.get(record.clientId) : rng.pick(seeded.clients);
    const dateMs = record
      ? Math.min(record.startMs + record.seanceLength * 1000 + rng.int(1, 30) * 3_600_000, ctx.nowMs - 60_000)
      : ctx.nowMs - rng.int(1, 60 * 24) * 3_600_000;
    const id = store.nextId('comment');
    store.comments.set(id, {
      id,
      locationId: seeded.profile.location.id,
      type: aboutMember ? 1 : 0,
      masterId: aboutMember && member ? member.id : 0,
      text,
      dateMs,
      rating,
      userId: 0,
      userName: client ? `${client.name} ${client.surname.charAt(0)}.` : 'Guest',
      recordId: record?.id ?? 0,
    });
    if (aboutMember && member) member.commentsCount += 1;
  }
}

/** Generates the whole demo dataset. Deterministic in (seed, scale, users, partner token, clock.startMs). */
export function seedSnapshot(options: SeedOptions, clock: Clock): StoreSnapshot {
  const nowMs = clock.startMs;
  // A frozen clock while seeding keeps every generated timestamp independent of how long seeding takes.
  const store = new Store(emptySnapshot(options.seed), { startMs: nowMs, nowMs: () => nowMs });
  const rng = new Random(options.seed);
  const profiles = locationProfiles(options.scale);
  const demoLocationIds = profiles.filter((p) => p.linkedToDemoUser).map((p) => p.location.id);
  const users: User[] = options.users.map((spec) => {
    const user: User = {
      id: store.nextId('user'),
      login: spec.login,
      email: spec.email ?? (spec.login.includes('@') ? spec.login : ''),
      phone: (spec.phone ?? '').replace(/\D/g, ''),
      password: spec.password,
      name: spec.name,
      userToken: userTokenFor(options.partnerToken, spec.login, spec.password),
      locationIds: spec.locationIds ?? demoLocationIds,
    };
    store.users.set(user.id, user);
    return user;
  });

  const seededLocations: Array<{ seeded: SeededLocation; today: string }> = [];
  for (const profile of profiles) {
    const today = todayIn(profile.location.timezone, nowMs);
    const ctx: SeedContext = {
      store,
      rng,
      nowMs,
      today,
      partnerToken: options.partnerToken,
      adminUserId: users[0]?.id ?? 0,
    };
    const seeded = seedLocationData(store, rng, profile, today);
    if (profile.groupEvents) seedGroupEvents(ctx, seeded);
    seedAppointments(ctx, seeded);
    seedComments(ctx, seeded);
    seededLocations.push({ seeded, today });
  }
  // Last, so that adding them leaves every id seeded above unchanged.
  for (const { seeded, today } of seededLocations) {
    seedFormerStaff(store, seeded, today);
    seedExtraServices(store, seeded);
    seedPayments(store, seeded, nowMs, options.seed);
    seedClientComments(store, seeded, nowMs, { id: users[0]?.id ?? 0, name: users[0]?.name ?? 'Admin' });
  }
  seedOnlineBookingDemo(store, options.partnerToken);
  return store.snapshot();
}
