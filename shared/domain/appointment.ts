import { z } from 'zod';
import { isPlausibleEmail, isPlausiblePhone } from './client';
import { CustomFieldValues, DeskDateTime, HexColour, Id, IsoDateTime, LabelRef } from './common';

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

/** One payment of the appointment's visit (Altegio finance transaction). */
export const AppointmentPayment = z.object({
  id: Id,
  amount: z.number(),
  /** The appointment of the visit it paid for (`record_id`); null when Altegio does not say. */
  appointmentId: Id.nullable(),
});
export type AppointmentPayment = z.infer<typeof AppointmentPayment>;

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
  /** Altegio `paid_full`: nothing is left to pay. */
  paidFull: z.boolean(),
  /** An online prepayment was due (`prepaid`) and, once `prepaidConfirmed`, received. */
  prepaid: z.boolean(),
  prepaidConfirmed: z.boolean(),
  /** The visit's payments (`finance_transactions`); null when the reply left them out. */
  payments: z.array(AppointmentPayment).nullable(),
});
export type Appointment = z.infer<typeof Appointment>;

/**
 * The bounds of what a desk can book, one source for the booking form and for main's checks: whatever
 * the form refuses, main refuses too (and Altegio never sees it).
 */
export const APPOINTMENT_LIMITS = {
  minDurationSeconds: 5 * 60,
  maxDurationSeconds: 12 * 3600,
  breakStepSeconds: 300,
  maxBreakSeconds: 3600,
  maxReminderHours: 720,
  maxPrice: 1_000_000,
  maxServices: 20,
  maxServiceAmount: 100,
  maxCommentLength: 2000,
  maxClientNameLength: 100,
  maxEmailLength: 254,
  maxExternalIdLength: 64,
  maxLabels: 20,
  maxCustomFields: 50,
  maxCustomFieldTextLength: 255,
  maxChoices: 50,
} as const;
const L = APPOINTMENT_LIMITS;

/** Whole minutes from 5 minutes to 12 hours, including the technical break. */
export const DurationSeconds = z
  .number()
  .int('issue.duration.wholeMinutes')
  .multipleOf(60, 'issue.duration.wholeMinutes')
  .min(L.minDurationSeconds, 'issue.duration.tooShort')
  .max(L.maxDurationSeconds, 'issue.duration.tooLong');

/** The breaks a desk can choose, in minutes: none, or 5 to 60 in steps of 5 (Altegio: multiples of 300 s). */
export const BREAK_MINUTES: readonly number[] = Array.from(
  { length: L.maxBreakSeconds / L.breakStepSeconds + 1 },
  (_, step) => (step * L.breakStepSeconds) / 60,
);

export const TechnicalBreakSeconds = z
  .number({ error: 'issue.break.step' })
  .int('issue.break.step')
  .multipleOf(L.breakStepSeconds, 'issue.break.step')
  .min(0, 'issue.break.step')
  .max(L.maxBreakSeconds, 'issue.break.step');

const ReminderHours = z
  .number()
  .int('issue.reminder')
  .min(0, 'issue.reminder')
  .max(L.maxReminderHours, 'issue.reminder');
const Money = z.number().min(0, 'issue.price').max(L.maxPrice, 'issue.price');

export const AppointmentClientInput = z
  .object({
    /** An existing client; Altegio otherwise matches or creates one by phone. */
    id: Id.optional(),
    name: z
      .string()
      .trim()
      .min(1, 'issue.client.name')
      .max(L.maxClientNameLength, 'issue.client.nameTooLong'),
    phone: z.string().max(40, 'issue.client.phone'),
    email: z
      .string()
      .trim()
      .max(L.maxEmailLength, 'issue.client.email')
      .refine((email) => email === '' || isPlausibleEmail(email), 'issue.client.email')
      .optional(),
  })
  // A new client is found or created by phone, so it needs a real one; an existing client is named by
  // id and keeps what Altegio has (some real clients have no phone).
  .refine((client) => client.id !== undefined || isPlausiblePhone(client.phone), {
    message: 'issue.client.phone',
    path: ['phone'],
  });
export type AppointmentClientInput = z.infer<typeof AppointmentClientInput>;

export const AppointmentServiceInput = z.object({
  id: Id,
  firstCost: Money.optional(),
  discountPercent: z.number().min(0, 'issue.discount').max(100, 'issue.discount').optional(),
  cost: Money.optional(),
  amount: z.number().int().min(1).max(L.maxServiceAmount).optional(),
});
export type AppointmentServiceInput = z.infer<typeof AppointmentServiceInput>;

/** A custom-field value as a desk may send it: bounded text, a number, or a few choices. */
export const CustomFieldValueInput = z.union([
  z.string().max(L.maxCustomFieldTextLength, 'issue.customField.text'),
  z.number().finite(),
  z.array(z.string().max(L.maxCustomFieldTextLength)).max(L.maxChoices),
]);

/**
 * Everything a create or a full-replace update sends. An update sends all of it again (Altegio replaces
 * the whole appointment), so build it from the current appointment with `appointmentToInput`.
 */
export const AppointmentInput = z.object({
  teamMemberId: Id,
  start: DeskDateTime,
  durationSeconds: DurationSeconds,
  /** Seconds, a multiple of 300 up to 3600; null = the location default. */
  technicalBreakSeconds: TechnicalBreakSeconds.nullable(),
  services: z.array(AppointmentServiceInput).max(L.maxServices, 'issue.services.tooMany'),
  client: AppointmentClientInput.nullable(),
  status: AppointmentStatus.optional(),
  comment: z.string().max(L.maxCommentLength, 'issue.comment.tooLong').optional(),
  customColour: HexColour.nullable().optional(),
  labelIds: z.array(Id).max(L.maxLabels).optional(),
  /** null clears a value. */
  customFields: z
    .record(z.string().max(64), CustomFieldValueInput.nullable())
    .refine((fields) => Object.keys(fields).length <= L.maxCustomFields, 'issue.customFields.tooMany')
    .optional(),
  requestedTeamMember: z.boolean().optional(),
  smsReminderHours: ReminderHours.optional(),
  emailReminderHours: ReminderHours.optional(),
  /** Send the details by SMS now. */
  sendSms: z.boolean().optional(),
  apiId: z.string().max(L.maxExternalIdLength, 'issue.externalId.tooLong').nullable().optional(),
  activityId: Id.nullable().optional(),
});
export type AppointmentInput = z.infer<typeof AppointmentInput>;

export { appointmentToInput } from './appointmentToInput';
