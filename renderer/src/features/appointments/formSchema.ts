import { z } from 'zod';
import { APPOINTMENT_LIMITS as L, AppointmentStatus } from '../../../../shared/domain/appointment';
import { isPlausibleEmail, isPlausiblePhone } from '../../../../shared/domain/client';
import { HexColour } from '../../../../shared/domain/common';
import type { CustomField } from '../../../../shared/domain/customField';
import { wordIssue } from '../../errors';
import { customFieldProblem } from '../customFields';
import { BREAK_CHOICES, breakSecondsOf, type AppointmentFormValues } from './formModel';

export const messages = {
  pickClient: 'Pick a client, or add a new one.',
  clientName: 'Enter the client’s name.',
  phone: 'Enter a phone number with 9 to 15 digits.',
  email: 'Not a valid e-mail address.',
  teamMember: 'Choose a team member, or pick a free time to assign one.',
  start: 'Choose a date and time.',
  wholeMinutes: 'Enter the length in whole minutes.',
  tooShort: `At least ${L.minDurationSeconds / 60} minutes.`,
  tooLong: `At most ${L.maxDurationSeconds / 3600} hours.`,
  longerThanBreak: 'Make it longer than the technical break.',
  price: `A price is between 0 and ${L.maxPrice.toLocaleString('en-US')}.`,
  discount: 'A discount is 0–100%.',
  reminder: `Whole hours from 0 to ${L.maxReminderHours} (0 = none).`,
  number: wordIssue('issue.customField.number'),
  text: wordIssue('issue.customField.text'),
  choice: wordIssue('issue.customField.choice'),
  comment: `At most ${L.maxCommentLength.toLocaleString('en-US')} characters.`,
  nameTooLong: `At most ${L.maxClientNameLength} characters.`,
  services: `At most ${L.maxServices} services on one appointment.`,
  externalId: `At most ${L.maxExternalIdLength} characters.`,
} as const;

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const ReminderHours = z
  .number({ error: messages.reminder })
  .int(messages.reminder)
  .min(0, messages.reminder)
  .max(L.maxReminderHours, messages.reminder);

/** The dialog's validation, with one message per input; custom fields are checked against their types. */
export function appointmentFormSchema(
  fields: readonly CustomField[],
): z.ZodType<AppointmentFormValues, AppointmentFormValues> {
  return z
    .object({
      client: z.object({
        mode: z.enum(['existing', 'new']),
        id: z.number().nullable(),
        name: z.string(),
        phone: z.string(),
        email: z.string(),
        visitsCount: z.number().nullable(),
      }),
      teamMemberId: z.number().int().positive(messages.teamMember),
      start: z.string().regex(ISO_WITH_OFFSET, messages.start),
      services: z
        .array(
          z.object({
            serviceId: z.number(),
            title: z.string(),
            firstCost: z
              .number({ error: messages.price })
              .min(0, messages.price)
              .max(L.maxPrice, messages.price),
            discountPercent: z
              .number({ error: messages.discount })
              .min(0, messages.discount)
              .max(100, messages.discount),
          }),
        )
        .max(L.maxServices, messages.services),
      durationMinutes: z
        .number({ error: messages.wholeMinutes })
        .int(messages.wholeMinutes)
        .min(L.minDurationSeconds / 60, messages.tooShort)
        .max(L.maxDurationSeconds / 60, messages.tooLong),
      durationManual: z.boolean(),
      breakChoice: z.string().refine((choice) => BREAK_CHOICES.includes(choice)),
      status: AppointmentStatus,
      comment: z.string().max(L.maxCommentLength, messages.comment),
      smsReminderHours: ReminderHours,
      emailReminderHours: ReminderHours,
      sendSms: z.boolean(),
      customColour: HexColour.nullable(),
      labelIds: z.array(z.number()),
      customFields: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
      externalId: z.string().max(L.maxExternalIdLength, messages.externalId),
    })
    .superRefine((values, context) => {
      const issue = (path: Array<string | number>, message: string) =>
        context.addIssue({ code: 'custom', path, message });
      const { client } = values;
      if (client.mode === 'existing') {
        if (client.id === null) issue(['client', 'name'], messages.pickClient);
      } else {
        if (!client.name.trim()) issue(['client', 'name'], messages.clientName);
        else if (client.name.trim().length > L.maxClientNameLength)
          issue(['client', 'name'], messages.nameTooLong);
        if (!isPlausiblePhone(client.phone)) issue(['client', 'phone'], messages.phone);
        if (client.email.trim() && !isPlausibleEmail(client.email))
          issue(['client', 'email'], messages.email);
      }
      const breakSeconds = breakSecondsOf(values.breakChoice) ?? 0;
      if (Number.isInteger(values.durationMinutes) && values.durationMinutes * 60 <= breakSeconds) {
        issue(['durationMinutes'], messages.longerThanBreak);
      }
      for (const field of fields) {
        const problem = customFieldProblem(field, values.customFields[field.code]);
        if (problem) issue(['customFields', field.code], wordIssue(problem));
      }
    });
}
