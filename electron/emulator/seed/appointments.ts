import { SLOT_STEP_MINUTES, busyIntervals, workingSlots } from '../domain/availability';
import { createRecord, serviceLine } from '../domain/records';
import type { Store } from '../store/store';
import type {
  AppointmentRecord,
  CustomField,
  CustomFieldValues,
  RecordService,
  Service,
  StaffMember,
} from '../store/types';
import { addDays, hhmm, localMinutesToMs } from '../time';
import { BLOCKED_TIME_COMMENTS, GOODS, RECORD_COMMENTS } from './catalog';
import type { SeededLocation } from './locationData';
import type { Random } from './random';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
export const SEED_DAYS_BEFORE = 28;
export const SEED_DAYS_AFTER = 13;
const COLOURS = ['f44336', '4caf50', '2196f3', 'ff9800', '9c27b0'];

export interface SeedContext {
  store: Store;
  rng: Random;
  nowMs: number;
  today: string;
  partnerToken: string;
  adminUserId: number;
}

function fieldValue(rng: Random, field: CustomField, today: string): string | number | string[] {
  switch (field.type) {
    case 'number':
      return rng.int(20, 120);
    case 'select':
    case 'list':
      return [rng.pick(field.values ?? ['Medium'])];
    case 'date':
      return addDays(today, -rng.int(3, 30));
    case 'datetime':
      return `${addDays(today, -rng.int(3, 30))} 10:00:00`;
    default:
      return rng.pick(['Use the sulphate-free shampoo', 'Sensitive scalp', 'Likes it short at the back']);
  }
}

/**
 * The shapes real appointment lists mix in: an ordinary visit, a walk-in without a client card
 * (`client: null`), a visit whose services are not chosen yet (`services: []`), and time blocked
 * without either (as in real data: `client: null` and `services: []`).
 */
type RecordKind = 'visit' | 'walkIn' | 'noServices' | 'block';
const RECORD_KINDS: ReadonlyArray<readonly [RecordKind, number]> = [
  ['visit', 965],
  ['walkIn', 15],
  ['noServices', 12],
  ['block', 8],
];
/** The rarer kinds every location gets at least once, in the week before today. */
const GUARANTEED_KINDS: RecordKind[] = ['walkIn', 'noServices', 'block'];
const GUARANTEE_FROM_OFFSET = -7;
const ADD_ON_MAX_SECONDS = 3600;
/** Share of visits with a visit-level discount: `cost` below `first_cost` while `discount` stays 0. */
const VISIT_DISCOUNT_SHARE = 0.08;
const VISIT_DISCOUNT_PERCENTS = [10, 12.5, 15, 20, 25];

function recordExtras(
  ctx: SeedContext,
  seeded: SeededLocation,
  startMs: number,
  endMs: number,
  kind: RecordKind,
) {
  const { rng, nowMs } = ctx;
  const past = endMs <= nowMs;
  const ongoing = startMs <= nowMs && nowMs < endMs;
  const attendance = past
    ? rng.weighted([
        [1, 85],
        [2, 4],
        [0, 3],
        [-1, 8],
      ] as const)
    : ongoing
      ? 2
      : rng.weighted([
          [0, 60],
          [2, 40],
        ] as const);
  const withClient = kind === 'visit' || kind === 'noServices';
  // Only clients book online; a block is neither attended nor confirmed.
  const online = rng.chance(0.18) && withClient;
  const customFields: CustomFieldValues = {};
  if (rng.chance(0.15)) {
    for (const field of seeded.recordFields)
      if (rng.chance(0.6)) customFields[field.code] = fieldValue(rng, field, ctx.today);
  }
  const createdMs = Math.min(
    startMs - rng.int(1, 21) * DAY_MS + rng.int(0, 8) * HOUR_MS,
    nowMs - rng.int(1, 48) * HOUR_MS,
  );
  const changedMs =
    past && attendance !== 0 ? Math.min(endMs + rng.int(0, 90) * 60_000, nowMs - 60_000) : createdMs;
  // Reminder lead hours as real replies carry them: integers, 0 = none (real: SMS 4 h, email 2 h mostly).
  const smsRemainHours = rng.weighted([
    [4, 70],
    [2, 8],
    [24, 7],
    [0, 15],
  ] as const);
  const emailRemainHours = rng.weighted([
    [2, 65],
    [4, 8],
    [0, 27],
  ] as const);
  const status = kind === 'block' ? 0 : attendance;
  return {
    attendance: status,
    confirmed: status === 1 || status === 2,
    online,
    partnerToken: online ? ctx.partnerToken : '',
    createdUserId: online ? 0 : ctx.adminUserId,
    apiId: online ? `web-${rng.hex(12)}` : '',
    masterRequest: rng.chance(0.3),
    customColor: rng.chance(0.08) ? rng.pick(COLOURS) : '',
    labelIds: rng.chance(0.12) && seeded.recordLabels.length ? [rng.pick(seeded.recordLabels).id] : [],
    customFields,
    comment:
      kind === 'block'
        ? rng.pick(BLOCKED_TIME_COMMENTS)
        : kind === 'walkIn'
          ? 'Walk-in'
          : rng.chance(0.1)
            ? rng.pick(RECORD_COMMENTS)
            : '',
    smsRemainHours: withClient ? smsRemainHours : 0,
    emailRemainHours: withClient ? emailRemainHours : 0,
    hash: rng.hex(32),
    createdMs,
    changedMs: Math.max(changedMs, createdMs),
  };
}

/** Records the visit outcome of a past appointment: paid services and sometimes a retail product. */
function settleVisit(ctx: SeedContext, record: AppointmentRecord): void {
  const visit = ctx.store.visits.get(record.visitId);
  if (!visit) return;
  if (ctx.rng.chance(0.1)) {
    const good = ctx.rng.pick(GOODS);
    visit.goods.push({ id: ctx.store.nextId('goods'), title: good.title, amount: 1, cost: good.price });
  }
  const total =
    record.services.reduce((sum, s) => sum + s.cost * s.amount, 0) +
    visit.goods.reduce((s, g) => s + g.cost, 0);
  if (total <= 0) return;
  visit.payments.push({
    id: ctx.store.nextId('payment'),
    recordId: record.id,
    amount: total,
    accountId: ctx.rng.chance(0.7) ? 2 : 1,
    dateMs: record.startMs + record.seanceLength * 1000,
  });
  const client = record.clientId ? ctx.store.clients.get(record.clientId) : undefined;
  if (client) client.spent += total;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The services of one appointment: the picked one, sometimes with one or two short add-ons. */
function pickServices(rng: Random, member: StaffMember, services: Service[], share: number): Service[] {
  const primary = rng.pick(services);
  const chosen = [primary];
  if (services.length < 2 || !rng.chance(share)) return chosen;
  const addOns = services.filter((s) => s !== primary && memberLength(s, member) <= ADD_ON_MAX_SECONDS);
  const wanted = rng.chance(0.7) ? 1 : 2;
  for (let i = 0; i < wanted && addOns.length; i += 1) {
    chosen.push(addOns.splice(rng.int(0, addOns.length - 1), 1)[0] as Service);
  }
  return chosen;
}

function memberLength(service: Service, member: StaffMember): number {
  return service.staff.find((s) => s.staffId === member.id)?.seanceLength ?? service.duration;
}

function totalLength(services: Service[], member: StaffMember): number {
  return services.reduce((sum, s) => sum + memberLength(s, member), 0);
}

/** Record lines: the client's own percent discount, or now and then a visit-level discount. */
function serviceLines(rng: Random, services: Service[], clientDiscount: number): RecordService[] {
  if (clientDiscount === 0 && rng.chance(VISIT_DISCOUNT_SHARE)) {
    const percent = rng.pick(VISIT_DISCOUNT_PERCENTS);
    return services.map((s) => serviceLine(s, 0, round2((s.priceMin * (100 - percent)) / 100)));
  }
  return services.map((s) => serviceLine(s, clientDiscount));
}

/** Fills every member's working days around today, leaving free gaps, never overlapping. */
export function seedAppointments(ctx: SeedContext, seeded: SeededLocation): void {
  const { store, rng } = ctx;
  const { location, occupancy } = seeded.profile;
  const zone = location.timezone;
  const missingKinds = new Set(GUARANTEED_KINDS);
  for (let offset = -SEED_DAYS_BEFORE; offset <= SEED_DAYS_AFTER; offset += 1) {
    const date = addDays(ctx.today, offset);
    // Bookings thin out the further ahead the day is.
    const fill = offset <= 0 ? occupancy : occupancy * Math.max(0.3, 1 - offset / 16);
    for (const member of seeded.staff) {
      const services = seeded.servicesByStaff.get(member.id) ?? [];
      if (!services.length) continue;
      const taken = busyIntervals(store, member.id, date);
      for (const slot of workingSlots(member, date)) {
        let minute = slot.from;
        while (minute < slot.to) {
          if (!rng.chance(fill)) {
            minute += SLOT_STEP_MINUTES * rng.int(1, 4);
            continue;
          }
          const chosen = pickServices(rng, member, services, seeded.profile.multiServiceShare);
          const startMs = localMinutesToMs(date, minute, zone);
          const overlaps = (list: Service[]) => {
            const endMs = startMs + totalLength(list, member) * 1000;
            return taken.some((b) => b.startMs < endMs && startMs < b.endMs);
          };
          // Add-ons that do not fit before the end of the slot or a group event are dropped.
          while (
            chosen.length > 1 &&
            (minute + totalLength(chosen, member) / 60 > slot.to || overlaps(chosen))
          ) {
            chosen.pop();
          }
          const length = totalLength(chosen, member);
          const lengthMinutes = length / 60;
          if (minute + lengthMinutes > slot.to) break;
          const endMs = startMs + length * 1000;
          if (overlaps(chosen)) {
            minute += SLOT_STEP_MINUTES;
            continue;
          }
          let kind = rng.weighted(RECORD_KINDS);
          if (offset >= GUARANTEE_FROM_OFFSET && endMs <= ctx.nowMs && kind === 'visit' && missingKinds.size)
            kind = [...missingKinds][0] ?? kind;
          missingKinds.delete(kind);
          const client = rng.pick(seeded.clients);
          const withClient = kind === 'visit' || kind === 'noServices';
          const withServices = kind === 'visit' || kind === 'walkIn';
          const extras = recordExtras(ctx, seeded, startMs, endMs, kind);
          const { createdMs, changedMs, ...rest } = extras;
          const record = createRecord(
            store,
            {
              locationId: location.id,
              staffId: member.id,
              clientId: withClient ? client.id : null,
              services: withServices ? serviceLines(rng, chosen, withClient ? client.discount : 0) : [],
              startMs,
              seanceLength: length,
              technicalBreakDuration: withServices
                ? chosen.reduce((sum, s) => sum + (s.technicalBreakDuration ?? 0), 0)
                : 0,
              ...rest,
            },
            { createdMs, changedMs, local: `${date} ${hhmm(minute)}:00` },
          );
          if (record.attendance === 1) settleVisit(ctx, record);
          // Round up to the step grid so the next appointment starts on a quarter hour.
          minute += Math.ceil(lengthMinutes / SLOT_STEP_MINUTES) * SLOT_STEP_MINUTES;
        }
      }
    }
  }
}
