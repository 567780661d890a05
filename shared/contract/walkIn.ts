import { z } from 'zod';
import {
  Appointment,
  AppointmentClientInput,
  APPOINTMENT_LIMITS,
  DurationSeconds,
} from '../domain/appointment';
import { Id, IsoDate, IsoDateTime } from '../domain/common';
import { AtLocation, type Slice } from './common';

export const WALK_IN_LIMITS = { defaultHours: 3, maxHours: 12, maxDatetimeLength: 40 } as const;

const ServiceIds = z.array(Id).min(1).max(APPOINTMENT_LIMITS.maxServices);

/** "Who can take these services now?": the location's now and the next `withinHours`. */
export const WalkInRequest = AtLocation.extend({
  serviceIds: ServiceIds,
  withinHours: z.number().int().min(1).max(WALK_IN_LIMITS.maxHours).default(WALK_IN_LIMITS.defaultHours),
});
export type WalkInRequest = z.input<typeof WalkInRequest>;

/** A team member's first free time within the window. */
export const WalkInOption = z.object({
  teamMemberId: Id,
  name: z.string(),
  start: IsoDateTime,
  /** Altegio's own text for the time: send it back unchanged to book it. */
  datetime: z.string(),
  durationSeconds: z.number().int().nonnegative(),
  /** Whole minutes from now until the start; 0 = now. */
  waitMinutes: z.number().int().nonnegative(),
});
export type WalkInOption = z.infer<typeof WalkInOption>;

/** A member who provides the services but has no free time within the window. */
export const WalkInLater = z.object({
  teamMemberId: Id,
  name: z.string(),
  /** Their next date with free times, as online booking says; null when none is near. */
  nextDate: IsoDate.nullable(),
  /** Their first free time after the window, when it falls on a day already looked at. */
  nextStart: IsoDateTime.nullable(),
});
export type WalkInLater = z.infer<typeof WalkInLater>;

export const WalkInChoices = z.object({
  /** The location's now (its zone's offset), from main's clock. */
  now: IsoDateTime,
  /** Soonest first; at the same time, in Altegio's order of members. */
  options: z.array(WalkInOption),
  later: z.array(WalkInLater),
  /** Chosen services that no member offered by online booking provides. */
  notProvided: z.array(Id),
  /** Each chosen service has someone, but nobody does them all: they need separate appointments. */
  nobodyDoesAll: z.boolean(),
});
export type WalkInChoices = z.infer<typeof WalkInChoices>;

/** Altegio needs a client on every appointment: an existing one (id) or a name and phone. */
export const WalkInBooking = AtLocation.extend({
  teamMemberId: Id.refine((id) => id > 0),
  serviceIds: ServiceIds,
  /** A `WalkInOption.datetime`. */
  datetime: z.string().min(1).max(WALK_IN_LIMITS.maxDatetimeLength),
  durationSeconds: DurationSeconds,
  client: AppointmentClientInput,
  /** One per booking attempt of this time: reused when retrying, so a lost reply never books twice. */
  apiId: z.string().min(1).max(APPOINTMENT_LIMITS.maxExternalIdLength),
  /** This repeats a booking whose outcome is unknown: look for the apiId before creating. */
  retry: z.boolean().default(false),
});
export type WalkInBooking = z.input<typeof WalkInBooking>;

export const WalkInBooked = z.object({
  appointment: Appointment,
  /** How it is marked: the "Walk-in" label, or (without the right to make that label) its comment. */
  markedBy: z.enum(['label', 'comment']),
});
export type WalkInBooked = z.infer<typeof WalkInBooked>;

export const walkInContract = {
  'walkIn.find': { input: WalkInRequest, output: WalkInChoices },
  'walkIn.book': { input: WalkInBooking, output: WalkInBooked },
} as const satisfies Slice;
