import { SLOT_STEP_MINUTES, busyIntervals, workingSlots } from '../domain/availability';
import { createRecord, serviceLine } from '../domain/records';
import type { Store } from '../store/store';
import type { AppointmentRecord, CustomField, CustomFieldValues, Service } from '../store/types';
import { addDays, hhmm, localMinutesToMs } from '../time';
import { GOODS, RECORD_COMMENTS } from './catalog';
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

function recordExtras(ctx: SeedContext, seeded: SeededLocation, startMs: number, endMs: number) {
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
  const online = rng.chance(0.18);
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
  return {
    attendance,
    confirmed: attendance === 1 || attendance === 2,
    online,
    partnerToken: online ? ctx.partnerToken : '',
    createdUserId: online ? 0 : ctx.adminUserId,
    apiId: online ? `web-${rng.hex(12)}` : '',
    masterRequest: rng.chance(0.3),
    customColor: rng.chance(0.08) ? rng.pick(COLOURS) : '',
    labelIds: rng.chance(0.12) && seeded.recordLabels.length ? [rng.pick(seeded.recordLabels).id] : [],
    customFields,
    comment: rng.chance(0.1) ? rng.pick(RECORD_COMMENTS) : '',
    smsRemainHours: online ? 24 : 0,
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
  visit.payments.push({
    id: ctx.store.nextId('payment'),
    amount: total,
    accountId: ctx.rng.chance(0.7) ? 2 : 1,
    dateMs: record.startMs + record.seanceLength * 1000,
  });
  const client = record.clientId ? ctx.store.clients.get(record.clientId) : undefined;
  if (client) client.spent += total;
}

/** Fills every member's working days around today, leaving free gaps, never overlapping. */
export function seedAppointments(ctx: SeedContext, seeded: SeededLocation): void {
  const { store, rng } = ctx;
  const { location, occupancy } = seeded.profile;
  const zone = location.timezone;
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
          const service: Service = rng.pick(services);
          const length = service.staff.find((s) => s.staffId === member.id)?.seanceLength ?? service.duration;
          const lengthMinutes = length / 60;
          if (minute + lengthMinutes > slot.to) break;
          const startMs = localMinutesToMs(date, minute, zone);
          const endMs = startMs + length * 1000;
          if (taken.some((b) => b.startMs < endMs && startMs < b.endMs)) {
            minute += SLOT_STEP_MINUTES;
            continue;
          }
          const client = rng.pick(seeded.clients);
          const extras = recordExtras(ctx, seeded, startMs, endMs);
          const { createdMs, changedMs, ...rest } = extras;
          const record = createRecord(
            store,
            {
              locationId: location.id,
              staffId: member.id,
              clientId: client.id,
              services: [serviceLine(service, client.discount)],
              startMs,
              seanceLength: length,
              technicalBreakDuration: service.technicalBreakDuration ?? 0,
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
