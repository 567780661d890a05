import { z } from 'zod';
import { CustomFieldValue, CustomFieldValues, HexColour, Id, IsoDateTime, LabelRef } from './common';

/** Altegio `attendance`: 2 confirmed, 1 arrived (services rendered), 0 waiting, −1 no-show. */
export const AppointmentStatus = z.enum(['waiting', 'confirmed', 'arrived', 'no-show']);
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;

export const AppointmentClient = z.object({
  id: Id,
  name: z.string(),
  phone: z.string(),
  email: z.string(),
});
export type AppointmentClient = z.infer<typeof AppointmentClient>;

export const AppointmentService = z.object({
  id: Id,
  title: z.string(),
  /** Final price after the discount. */
  cost: z.number(),
  /** Price before the discount. */
  firstCost: z.number(),
  discountPercent: z.number(),
  amount: z.number(),
});
export type AppointmentService = z.infer<typeof AppointmentService>;

export const Appointment = z.object({
  id: Id,
  locationId: Id,
  teamMemberId: Id,
  start: IsoDateTime,
  end: IsoDateTime,
  /** Altegio `seance_length`: includes the technical break. */
  durationSeconds: z.number().int().nonnegative(),
  technicalBreakSeconds: z.number().int().nonnegative(),
  client: AppointmentClient.nullable(),
  services: z.array(AppointmentService),
  status: AppointmentStatus,
  comment: z.string(),
  customColour: HexColour.nullable(),
  labels: z.array(LabelRef),
  customFields: CustomFieldValues,
  /** Booked online (read-only). */
  online: z.boolean(),
  /** The client asked for this team member (`master_request`). */
  requestedTeamMember: z.boolean(),
  visitId: Id.nullable(),
  /** External id; null when Altegio has none ("", "0"). */
  apiId: z.string().nullable(),
  /** Reminder lead times in hours; 0 = none. */
  smsReminderHours: z.number().int().nonnegative(),
  emailReminderHours: z.number().int().nonnegative(),
  createdAt: IsoDateTime.nullable(),
  lastChangedAt: IsoDateTime.nullable(),
  deleted: z.boolean(),
  /** The group event this appointment belongs to, or null. */
  activityId: Id.nullable(),
});
export type Appointment = z.infer<typeof Appointment>;

export const AppointmentClientInput = z.object({
  /** An existing client; Altegio otherwise matches or creates one by phone. */
  id: Id.optional(),
  name: z.string(),
  phone: z.string(),
  email: z.string().optional(),
});
export type AppointmentClientInput = z.infer<typeof AppointmentClientInput>;

export const AppointmentServiceInput = z.object({
  id: Id,
  firstCost: z.number().optional(),
  discountPercent: z.number().optional(),
  cost: z.number().optional(),
  amount: z.number().optional(),
});
export type AppointmentServiceInput = z.infer<typeof AppointmentServiceInput>;

/**
 * Everything a create or a full-replace update sends. An update sends all of it again (Altegio replaces
 * the whole appointment), so build it from the current appointment with `appointmentToInput`.
 */
export const AppointmentInput = z.object({
  teamMemberId: Id,
  start: IsoDateTime,
  durationSeconds: z.number().int().positive(),
  /** Seconds, a multiple of 300 up to 3600; null = the location default. */
  technicalBreakSeconds: z.number().int().nonnegative().nullable(),
  services: z.array(AppointmentServiceInput),
  client: AppointmentClientInput.nullable(),
  status: AppointmentStatus.optional(),
  comment: z.string().optional(),
  customColour: HexColour.nullable().optional(),
  labelIds: z.array(Id).optional(),
  /** null clears a value. */
  customFields: z.record(z.string(), CustomFieldValue.nullable()).optional(),
  requestedTeamMember: z.boolean().optional(),
  smsReminderHours: z.number().int().nonnegative().optional(),
  emailReminderHours: z.number().int().nonnegative().optional(),
  /** Send the details by SMS now. */
  sendSms: z.boolean().optional(),
  apiId: z.string().nullable().optional(),
  activityId: Id.nullable().optional(),
});
export type AppointmentInput = z.infer<typeof AppointmentInput>;

/** The full input that re-saves an appointment unchanged; spread changes over it. */
export function appointmentToInput(appointment: Appointment): AppointmentInput {
  return {
    teamMemberId: appointment.teamMemberId,
    start: appointment.start,
    durationSeconds: appointment.durationSeconds,
    technicalBreakSeconds: appointment.technicalBreakSeconds,
    services: appointment.services.map(({ id, firstCost, discountPercent, cost, amount }) => ({
      id,
      firstCost,
      discountPercent,
      cost,
      amount,
    })),
    client: appointment.client ? { ...appointment.client } : null,
    status: appointment.status,
    comment: appointment.comment,
    customColour: appointment.customColour,
    labelIds: appointment.labels.map((label) => label.id),
    customFields: { ...appointment.customFields },
    requestedTeamMember: appointment.requestedTeamMember,
    smsReminderHours: appointment.smsReminderHours,
    emailReminderHours: appointment.emailReminderHours,
    apiId: appointment.apiId,
    activityId: appointment.activityId,
  };
}
