import { z } from 'zod';
import { Appointment, AppointmentInput, AppointmentStatus, DurationSeconds } from '../domain/appointment';
import { AppointmentAspect, AppointmentVersion } from '../domain/appointmentVersion';
import { DeskDateTime, Id, IsoDateTime } from '../domain/common';
import { AtLocation, type Slice } from './common';
import { DateRange } from './team';

/**
 * Appointments plus where to continue from: pass `cursor` to appointments.changes to get what changed.
 * Records main could not read are left out and counted, never allowed to hide the others.
 */
export const AppointmentBatch = z.object({
  appointments: z.array(Appointment),
  cursor: IsoDateTime,
  unreadable: z.number().int().nonnegative(),
});
export type AppointmentBatch = z.infer<typeof AppointmentBatch>;

/** `cursor`: the one the last list or poll answered; main refuses one from far away in time. */
export const ChangesInput = AtLocation.extend({ cursor: DeskDateTime });
export type ChangesInput = z.input<typeof ChangesInput>;

/** What the desk saw before changing it; a newer version on the server means someone else changed it. */
export const Expectation = {
  expectedLastChangedAt: IsoDateTime.nullable(),
  /** Save even though someone else changed it since. */
  overwrite: z.boolean().default(false),
};

/**
 * An appointment's expectation adds what the desk saw of it (`versionOf` the shown record): main compares
 * it part by part with what Altegio has, so a change in the same second is not missed and can be named.
 * null: the desk kept no record, only the timestamp is compared.
 */
const AppointmentExpectation = { ...Expectation, seen: AppointmentVersion.nullable().default(null) };

/**
 * A saved appointment as Altegio has it after the save. `changedElsewhere`: the parts another desk
 * changed between this save and the re-read after it (this desk's values there were replaced).
 */
export const SavedAppointment = Appointment.extend({
  changedElsewhere: z.array(AppointmentAspect).optional(),
});
export type SavedAppointment = z.infer<typeof SavedAppointment>;

export const MoveInput = AtLocation.extend({
  id: Id,
  teamMemberId: Id,
  start: DeskDateTime,
  durationSeconds: DurationSeconds,
  /** Save even on a taken slot or outside working hours (Altegio's save_if_busy). */
  saveIfBusy: z.boolean().default(false),
  ...AppointmentExpectation,
});
export type MoveInput = z.input<typeof MoveInput>;

export const SetStatusInput = AtLocation.extend({
  id: Id,
  status: AppointmentStatus,
  ...AppointmentExpectation,
});
export type SetStatusInput = z.input<typeof SetStatusInput>;

export const CreateAppointmentRequest = AtLocation.extend({
  /** Carries an apiId: reuse the same one when retrying, so a lost reply never books twice. */
  input: AppointmentInput,
  /** Save even on a taken slot or outside working hours (Altegio's save_if_busy). */
  saveIfBusy: z.boolean().default(false),
  /** This save repeats one that failed: look for the apiId before creating. */
  retry: z.boolean().default(false),
});
export type CreateAppointmentRequest = z.input<typeof CreateAppointmentRequest>;

export const UpdateAppointmentRequest = AtLocation.extend({
  id: Id,
  /** Every field the dialog edits; what it does not edit is kept from the current record. */
  input: AppointmentInput,
  saveIfBusy: z.boolean().default(false),
  ...AppointmentExpectation,
});
export type UpdateAppointmentRequest = z.input<typeof UpdateAppointmentRequest>;

export const CancelAppointmentRequest = AtLocation.extend({ id: Id, ...AppointmentExpectation });
export type CancelAppointmentRequest = z.input<typeof CancelAppointmentRequest>;

export const appointmentsContract = {
  'appointments.list': { input: DateRange, output: AppointmentBatch },
  'appointments.changes': { input: ChangesInput, output: AppointmentBatch },
  'appointments.move': { input: MoveInput, output: SavedAppointment },
  'appointments.setStatus': { input: SetStatusInput, output: SavedAppointment },
  'appointments.create': { input: CreateAppointmentRequest, output: Appointment },
  'appointments.update': { input: UpdateAppointmentRequest, output: SavedAppointment },
  /**
   * Deletes it and answers with what was deleted as re-read, so Undo can book the same thing again;
   * `changedElsewhere` names what another desk changed of it at the same moment.
   */
  'appointments.cancel': { input: CancelAppointmentRequest, output: SavedAppointment },
} as const satisfies Slice;
