import { z } from 'zod';
import { DeskDateTime, Id, IsoDate, IsoDateTime } from '../domain/common';
import { AppointmentVersion } from '../domain/appointmentVersion';
import { MoveOutcome, SlotProblem } from '../domain/deskMove';
import { AtLocation, type Slice } from './common';

/** How many days one plan covers: a week or two of absence, not a season. */
export const STAFF_OUT_MAX_DAYS = 14;
/** How many appointments one apply may change (a busy member's fortnight, with room to spare). */
export const STAFF_OUT_MAX_CHANGES = 300;

/** A team member out on some local dates; `appointmentIds` limits the plan to those (the team-hours dialog's). */
export const StaffOutRequest = AtLocation.extend({
  teamMemberId: Id,
  from: IsoDate,
  to: IsoDate,
  appointmentIds: z.array(Id).min(1).max(STAFF_OUT_MAX_CHANGES).optional(),
})
  .refine(({ from, to }) => from <= to, { message: 'issue.range.backwards', path: ['to'] })
  .refine(({ from, to }) => (Date.parse(to) - Date.parse(from)) / 86_400_000 < STAFF_OUT_MAX_DAYS, {
    message: 'issue.staffOut.tooManyDays',
    path: ['to'],
  });
export type StaffOutRequest = z.input<typeof StaffOutRequest>;

/**
 * Another member who could take the appointment; `sameTime` false = only at another time that day.
 * `alsoProposedFor`: the member is free then but already proposed for the member's appointment starting
 * at that time (offered last, never proposed; the apply refuses a real overlap).
 */
export const StaffOutOption = z.object({
  teamMemberId: Id,
  start: IsoDateTime,
  sameTime: z.boolean(),
  alsoProposedFor: IsoDateTime.nullable(),
});
export type StaffOutOption = z.infer<typeof StaffOutOption>;

/** A member who cannot take it at its time, and why (named, never silently left out). */
export const StaffOutRefusal = z.object({
  teamMemberId: Id,
  /** `proposed`: free, but proposed for another appointment of this plan at an overlapping time. */
  problem: z.union([SlotProblem, z.literal('proposed')]),
  conflictId: Id.nullable(),
});
export type StaffOutRefusal = z.infer<typeof StaffOutRefusal>;

export const StaffOutRow = z.object({
  id: Id,
  start: IsoDateTime,
  end: IsoDateTime,
  durationSeconds: z.number().int().nonnegative(),
  clientName: z.string().nullable(),
  clientPhone: z.string().nullable(),
  services: z.array(z.string()),
  lastChangedAt: IsoDateTime.nullable(),
  /** What the desk is shown of it (`versionOf`), sent back with the change. */
  version: AppointmentVersion,
  /** The client asked for the member who is out: the desk calls them before handing it to someone else. */
  requestedTeamMember: z.boolean(),
  /**
   * Best first: members free at the same time, else the nearest free times that day (later first on a tie),
   * then members proposed for another appointment. The first is proposed unless `alsoProposedFor` is set.
   */
  options: z.array(StaffOutOption),
  /** Every other member, with why they cannot take it at its time. */
  refusals: z.array(StaffOutRefusal),
  /** Why there is no option at all, when there is none. */
  noOption: z.enum(['nobody-provides', 'nobody-free', 'past']).nullable(),
});
export type StaffOutRow = z.infer<typeof StaffOutRow>;

/** A group event the member leads: it is moved in Schedules, not here. */
export const StaffOutGroupEvent = z.object({
  id: Id,
  title: z.string(),
  start: IsoDateTime,
  end: IsoDateTime,
  recordsCount: z.number().int().nonnegative(),
});
export type StaffOutGroupEvent = z.infer<typeof StaffOutGroupEvent>;

export const StaffOutPlan = z.object({
  rows: z.array(StaffOutRow),
  groupEvents: z.array(StaffOutGroupEvent),
  /** Records of these days Altegio sent in a shape that could not be read: not listed, not checked. */
  unreadable: z.number().int().nonnegative(),
});
export type StaffOutPlan = z.infer<typeof StaffOutPlan>;

/** `seen`: the row's `version`, compared part by part with Altegio's; null compares the timestamp only. */
const Expected = {
  id: Id,
  expectedLastChangedAt: IsoDateTime.nullable(),
  seen: AppointmentVersion.nullable().default(null),
};
export const StaffOutChange = z.discriminatedUnion('action', [
  z.object({ ...Expected, action: z.literal('reassign'), teamMemberId: Id, start: DeskDateTime }),
  z.object({ ...Expected, action: z.literal('cancel') }),
]);
export type StaffOutChange = z.infer<typeof StaffOutChange>;

export const StaffOutApply = AtLocation.extend({
  changes: z
    .array(StaffOutChange)
    .min(1)
    .max(STAFF_OUT_MAX_CHANGES)
    .refine((changes) => new Set(changes.map((c) => c.id)).size === changes.length, 'issue.staffOut.twice'),
});
export type StaffOutApply = z.input<typeof StaffOutApply>;

export const staffOutContract = {
  /** The member's appointments on the dates, each with who could take it; changes nothing. */
  'staffOut.plan': { input: StaffOutRequest, output: StaffOutPlan },
  /** Each change on its own, in order, re-checked just before its write; one outcome per change. */
  'staffOut.apply': { input: StaffOutApply, output: z.object({ outcomes: z.array(MoveOutcome) }) },
} as const satisfies Slice;
