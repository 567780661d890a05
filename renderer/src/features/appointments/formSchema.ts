import { z } from 'zod';
import { APPOINTMENT_LIMITS as L, AppointmentStatus } from '../../../../shared/domain/appointment';
import { isPlausibleEmail, isPlausiblePhone } from '../../../../shared/domain/client';
import { HexColour } from '../../../../shared/domain/common';
import type { CustomField } from '../../../../shared/domain/customField';
import { wordIssue } from '../../errors';
import { i18n, locale, params } from '../../i18n';
import { customFieldProblem } from '../customFields';
import { BREAK_CHOICES, breakSecondsOf, type AppointmentFormValues } from './formModel';

const formMessages = i18n('appointments/formSchema', {
  pickClient: 'Pick a client, or add a new one.',
  clientName: 'Enter the client’s name.',
  phone: 'Enter a phone number with 9 to 15 digits.',
  email: 'Not a valid e-mail address.',
  teamMember: 'Choose a team member, or pick a free time to assign one.',
  start: 'Choose a date and time.',
  wholeMinutes: 'Enter the length in whole minutes.',
  tooShort: params('At least {minutes} minutes.'),
  tooLong: params('At most {hours} hours.'),
  longerThanBreak: 'Make it longer than the technical break.',
  price: params('A price is between 0 and {max}.'),
  discount: 'A discount is 0–100%.',
  reminder: params('Whole hours from 0 to {max} (0 = none).'),
  characters: params('At most {max} characters.'),
  services: params('At most {max} services on one appointment.'),
});

const count = (value: number) => value.toLocaleString(locale.get());

/** The form's messages in the language shown when read (each property is read at call time). */
export const messages = {
  get pickClient() {
    return formMessages.get().pickClient;
  },
  get clientName() {
    return formMessages.get().clientName;
  },
  get phone() {
    return formMessages.get().phone;
  },
  get email() {
    return formMessages.get().email;
  },
  get teamMember() {
    return formMessages.get().teamMember;
  },
  get start() {
    return formMessages.get().start;
  },
  get wholeMinutes() {
    return formMessages.get().wholeMinutes;
  },
  get tooShort() {
    return formMessages.get().tooShort({ minutes: L.minDurationSeconds / 60 });
  },
  get tooLong() {
    return formMessages.get().tooLong({ hours: L.maxDurationSeconds / 3600 });
  },
  get longerThanBreak() {
    return formMessages.get().longerThanBreak;
  },
  get price() {
    return formMessages.get().price({ max: count(L.maxPrice) });
  },
  get discount() {
    return formMessages.get().discount;
  },
  get reminder() {
    return formMessages.get().reminder({ max: L.maxReminderHours });
  },
  get number() {
    return wordIssue('issue.customField.number');
  },
  get text() {
    return wordIssue('issue.customField.text');
  },
  get choice() {
    return wordIssue('issue.customField.choice');
  },
  get comment() {
    return formMessages.get().characters({ max: count(L.maxCommentLength) });
  },
  get nameTooLong() {
    return formMessages.get().characters({ max: L.maxClientNameLength });
  },
  get services() {
    return formMessages.get().services({ max: L.maxServices });
  },
  get externalId() {
    return formMessages.get().characters({ max: L.maxExternalIdLength });
  },
};

/** A message read when the check fails, so it is in the language shown then. */
const say = (key: keyof typeof messages) => ({ error: () => messages[key] });

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function reminderHours() {
  const reminder = say('reminder');
  return z.number(reminder).int(reminder).min(0, reminder).max(L.maxReminderHours, reminder);
}

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
      teamMemberId: z.number().int().positive(say('teamMember')),
      start: z.string().regex(ISO_WITH_OFFSET, say('start')),
      services: z
        .array(
          z.object({
            serviceId: z.number(),
            title: z.string(),
            firstCost: z.number(say('price')).min(0, say('price')).max(L.maxPrice, say('price')),
            discountPercent: z.number(say('discount')).min(0, say('discount')).max(100, say('discount')),
          }),
        )
        .max(L.maxServices, say('services')),
      durationMinutes: z
        .number(say('wholeMinutes'))
        .int(say('wholeMinutes'))
        .min(L.minDurationSeconds / 60, say('tooShort'))
        .max(L.maxDurationSeconds / 60, say('tooLong')),
      durationManual: z.boolean(),
      breakChoice: z.string().refine((choice) => BREAK_CHOICES.includes(choice)),
      status: AppointmentStatus,
      comment: z.string().max(L.maxCommentLength, say('comment')),
      smsReminderHours: reminderHours(),
      emailReminderHours: reminderHours(),
      sendSms: z.boolean(),
      customColour: HexColour.nullable(),
      labelIds: z.array(z.number()),
      customFields: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
      externalId: z.string().max(L.maxExternalIdLength, say('externalId')),
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
