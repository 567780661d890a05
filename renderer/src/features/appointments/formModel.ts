import {
  BREAK_MINUTES,
  type Appointment,
  type AppointmentInput,
  type AppointmentStatus,
} from '../../../../shared/domain/appointment';
import { normalisePhone } from '../../../../shared/domain/client';
import type { CustomFieldValue } from '../../../../shared/domain/common';
import type { CustomField } from '../../../../shared/domain/customField';
import { serviceDurationFor, type Service } from '../../../../shared/domain/service';
import { sumMoney, timesQuantity } from '../../../../shared/domain/money';
import { i18n, params } from '../../i18n';
import { customFieldToForm, customFieldToWire, type CustomFieldFormValue } from '../customFields';

const messages = i18n('appointments/formModel', {
  locationDefault: 'Location default',
  none: 'None',
  minutes: params('{minutes} min'),
});

/** One service of the appointment: its price before the discount and the discount in percent. */
export interface ServiceLine {
  serviceId: number;
  title: string;
  firstCost: number;
  discountPercent: number;
}

export interface ClientChoice {
  /** An existing client picked in the search, or a new one typed in. */
  mode: 'existing' | 'new';
  id: number | null;
  name: string;
  phone: string;
  email: string;
  visitsCount: number | null;
}

export { customFieldToForm, customFieldToWire, type CustomFieldFormValue };

export interface AppointmentFormValues {
  client: ClientChoice;
  /** 0 = any team member (the free-slot finder then picks one). */
  teamMemberId: number;
  /** ISO with the location's offset, or '' while none is chosen. */
  start: string;
  services: ServiceLine[];
  /** The whole length as Altegio counts it: the services plus the technical break. */
  durationMinutes: number;
  /** The user typed a duration: adding services no longer recomputes it. */
  durationManual: boolean;
  breakChoice: BreakChoice;
  status: AppointmentStatus;
  comment: string;
  smsReminderHours: number;
  emailReminderHours: number;
  sendSms: boolean;
  customColour: string | null;
  labelIds: number[];
  customFields: Record<string, CustomFieldFormValue>;
  externalId: string;
}

/** Technical break: the location's default, or 0–60 minutes in steps of 5 (Altegio: multiples of 300 s). */
export const BREAK_CHOICES = ['default', ...BREAK_MINUTES.map(String)];
export type BreakChoice = string;

export function breakSecondsOf(choice: BreakChoice): number | null {
  return choice === 'default' ? null : Number(choice) * 60;
}

export function breakChoiceOf(seconds: number | null): BreakChoice {
  if (seconds === null) return 'default';
  const minutes = Math.round(seconds / 60);
  return BREAK_CHOICES.includes(String(minutes)) ? String(minutes) : 'default';
}

export function breakLabel(choice: BreakChoice): string {
  const t = messages.get();
  if (choice === 'default') return t.locationDefault;
  return choice === '0' ? t.none : t.minutes({ minutes: choice });
}

export function lineCost(line: Pick<ServiceLine, 'firstCost' | 'discountPercent'>): number {
  return timesQuantity(line.firstCost, (100 - line.discountPercent) / 100);
}

export function totalCost(lines: readonly ServiceLine[]): number {
  return sumMoney(lines.map(lineCost));
}

export function newServiceLine(service: Service): ServiceLine {
  return { serviceId: service.id, title: service.title, firstCost: service.priceMin, discountPercent: 0 };
}

/**
 * The length Altegio would give these services with this team member (their own `seance_length`), plus
 * the chosen break; null when no service is chosen, so the current length stays.
 */
export function durationFor(
  lines: readonly ServiceLine[],
  catalog: readonly Service[],
  teamMemberId: number,
  breakChoice: BreakChoice,
): number | null {
  if (lines.length === 0) return null;
  const seconds = lines.reduce((sum, line) => {
    const service = catalog.find((item) => item.id === line.serviceId);
    return sum + (service ? serviceDurationFor(service, teamMemberId) : 0);
  }, 0);
  return Math.round((seconds + (breakSecondsOf(breakChoice) ?? 0)) / 60);
}

export interface NewAppointmentSlot {
  teamMemberId: number | null;
  start: string;
  end: string;
  /** Chosen beforehand ("Book" on the client card). */
  client?: ClientChoice;
}

const emptyClient: ClientChoice = {
  mode: 'existing',
  id: null,
  name: '',
  phone: '',
  email: '',
  visitsCount: null,
};

/** A new appointment's form; `breakSeconds` is this desk's default break for the location (null = Altegio's). */
export function emptyForm(
  slot: NewAppointmentSlot,
  fields: readonly CustomField[],
  breakSeconds: number | null = null,
): AppointmentFormValues {
  const minutes = Math.round((Date.parse(slot.end) - Date.parse(slot.start)) / 60_000);
  return {
    client: slot.client ?? emptyClient,
    teamMemberId: slot.teamMemberId ?? 0,
    start: slot.start,
    services: [],
    durationMinutes: minutes > 0 ? minutes : 60,
    durationManual: false,
    breakChoice: breakChoiceOf(breakSeconds),
    status: 'waiting',
    comment: '',
    smsReminderHours: 0,
    emailReminderHours: 0,
    sendSms: false,
    customColour: null,
    labelIds: [],
    customFields: Object.fromEntries(
      fields.map((field) => [field.code, customFieldToForm(field, undefined)]),
    ),
    externalId: '',
  };
}

export function appointmentToForm(
  appointment: Appointment,
  fields: readonly CustomField[],
): AppointmentFormValues {
  const client = appointment.client;
  return {
    client: client
      ? {
          mode: 'existing',
          id: client.id,
          name: client.name,
          phone: client.phone,
          email: client.email,
          visitsCount: null,
        }
      : emptyClient,
    teamMemberId: appointment.teamMemberId,
    start: appointment.start,
    services: appointment.services.map((service) => ({
      serviceId: service.id,
      title: service.title,
      firstCost: service.firstCost,
      discountPercent: service.discountPercent,
    })),
    durationMinutes: Math.round(appointment.durationSeconds / 60),
    durationManual: true,
    breakChoice: breakChoiceOf(appointment.technicalBreakSeconds),
    status: appointment.status,
    comment: appointment.comment,
    smsReminderHours: appointment.smsReminderHours,
    emailReminderHours: appointment.emailReminderHours,
    sendSms: false,
    customColour: appointment.customColour,
    labelIds: appointment.labels.map((label) => label.id),
    customFields: Object.fromEntries(
      fields.map((field) => [field.code, customFieldToForm(field, appointment.customFields[field.code])]),
    ),
    externalId: appointment.apiId ?? '',
  };
}

/**
 * What the dialog sends. A new appointment leaves empty custom fields out; an edit sends null for them,
 * because PUT replaces the record and an emptied input must clear the value.
 */
export function toAppointmentInput(
  values: AppointmentFormValues,
  fields: readonly CustomField[],
  purpose: 'create' | 'edit',
): AppointmentInput {
  const { client } = values;
  const customFields: Record<string, CustomFieldValue | null> = {};
  for (const field of fields) {
    const value = customFieldToWire(field, values.customFields[field.code]);
    if (value !== null || purpose === 'edit') customFields[field.code] = value;
  }
  const email = client.email.trim();
  return {
    teamMemberId: values.teamMemberId,
    start: values.start,
    durationSeconds: Math.round(values.durationMinutes * 60),
    technicalBreakSeconds: breakSecondsOf(values.breakChoice),
    services: values.services.map((line) => ({
      id: line.serviceId,
      firstCost: line.firstCost,
      discountPercent: line.discountPercent,
      cost: lineCost(line),
      amount: 1,
    })),
    client: {
      ...(client.mode === 'existing' && client.id !== null ? { id: client.id } : {}),
      name: client.name.trim(),
      phone: normalisePhone(client.phone),
      ...(email ? { email } : {}),
    },
    status: values.status,
    comment: values.comment,
    customColour: values.customColour,
    labelIds: values.labelIds,
    customFields,
    smsReminderHours: values.smsReminderHours,
    emailReminderHours: values.emailReminderHours,
    sendSms: values.sendSms,
    apiId: values.externalId.trim() || null,
  };
}

const SERVER_FIELDS: Record<string, keyof AppointmentFormValues | `client.${keyof ClientChoice}`> = {
  teamMemberId: 'teamMemberId',
  start: 'start',
  durationSeconds: 'durationMinutes',
  technicalBreakSeconds: 'breakChoice',
  client: 'client.name',
  'client.name': 'client.name',
  'client.phone': 'client.phone',
  'client.email': 'client.email',
  services: 'services',
  status: 'status',
  comment: 'comment',
  customColour: 'customColour',
  labelIds: 'labelIds',
  smsReminderHours: 'smsReminderHours',
  emailReminderHours: 'emailReminderHours',
  apiId: 'externalId',
};

/** The form input a field error from main belongs under (`services.0.id` → the services list). */
export function formFieldOf(field: string): string | null {
  // Main's own checks name the request's path (input.start); Altegio's, the record's (start).
  const serverField = field.replace(/^input\./, '');
  if (serverField.startsWith('customFields.')) return serverField;
  if (serverField.startsWith('services.')) return 'services';
  return SERVER_FIELDS[serverField] ?? null;
}
