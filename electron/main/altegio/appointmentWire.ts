import { z } from 'zod';
import {
  Appointment,
  type AppointmentInput,
  type AppointmentStatus,
} from '../../../shared/domain/appointment';
import { normalisePhone } from '../../../shared/domain/client';
import type { CustomFieldValues, LabelRef, LocationRef } from '../../../shared/domain/common';
import { AltegioError, inputError, malformedError } from './errors';
import { appointmentStart, toIsoInZone, toRequestDatetime, wireTimeToIso } from './time';
import { parseWire, toHexColour, WireFlag, WireId, WireNumber, WireText } from './wire';

const objectOrNull = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value) ? value : null;

const WireRecordService = z.object({
  id: WireId,
  title: WireText,
  cost: WireNumber,
  first_cost: WireNumber,
  discount: WireNumber,
  amount: WireNumber.optional(),
});

const WireRecordClient = z.preprocess(
  objectOrNull,
  z
    .object({ id: WireId, name: WireText, display_name: WireText, phone: WireText, email: WireText })
    .nullable()
    .catch(null),
);

export const WireLabelRef = z.object({ id: WireId, title: WireText, color: z.unknown() });

const OptionalId = z
  .union([WireId, z.null(), z.undefined(), z.literal('')])
  .transform((value) => (typeof value === 'number' && value > 0 ? value : null))
  .catch(null);

/** The record fields Frontdesk reads: strict on id and times (checked in toAppointment), lenient elsewhere. */
export const WireRecord = z.object({
  id: WireId,
  company_id: OptionalId,
  staff_id: WireId,
  date: z.string().nullish(),
  datetime: z.string().nullish(),
  create_date: z.string().nullish(),
  last_change_date: z.string().nullish(),
  seance_length: WireNumber.optional(),
  length: WireNumber.optional(),
  technical_break_duration: WireNumber.nullish(),
  services: z.array(WireRecordService).nullish(),
  client: WireRecordClient.optional(),
  attendance: WireNumber.optional(),
  visit_attendance: WireNumber.optional(),
  comment: WireText,
  online: WireFlag,
  master_request: WireFlag,
  deleted: WireFlag,
  visit_id: OptionalId,
  activity_id: OptionalId,
  api_id: z.union([z.string(), z.number()]).nullish(),
  custom_color: z.unknown().optional(),
  record_labels: z.array(WireLabelRef).nullish().catch([]),
  custom_fields: z.unknown().optional(),
  sms_remain_hours: WireNumber.nullish(),
  email_remain_hours: WireNumber.nullish(),
  paid_full: WireFlag,
  prepaid: WireFlag,
  prepaid_confirmed: WireFlag,
  finance_transactions: z
    .array(z.object({ id: WireId, amount: WireNumber, record_id: OptionalId }))
    .nullish()
    .catch(null),
});
export type WireRecord = z.output<typeof WireRecord>;

const STATUS_BY_ATTENDANCE: Record<number, AppointmentStatus> = {
  2: 'confirmed',
  1: 'arrived',
  0: 'waiting',
  [-1]: 'no-show',
};
const ATTENDANCE_BY_STATUS: Record<AppointmentStatus, number> = {
  confirmed: 2,
  arrived: 1,
  waiting: 0,
  'no-show': -1,
};

export function statusOf(attendance: number | undefined): AppointmentStatus {
  return STATUS_BY_ATTENDANCE[attendance ?? 0] ?? 'waiting';
}

export function attendanceOf(status: AppointmentStatus): number {
  return ATTENDANCE_BY_STATUS[status];
}

/** `{code: value}`; `[]` when empty on records; list values arrive as arrays. */
export function customFieldsOf(raw: unknown): CustomFieldValues {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: CustomFieldValues = {};
  for (const [code, value] of Object.entries(raw)) {
    if (Array.isArray(value)) out[code] = value.map(String);
    else if (typeof value === 'number' || typeof value === 'string') out[code] = value;
  }
  return out;
}

export function labelRefsOf(
  labels: ReadonlyArray<z.output<typeof WireLabelRef>> | null | undefined,
): LabelRef[] {
  return (labels ?? []).map((label) => ({
    id: label.id,
    title: label.title,
    colour: toHexColour(label.color),
  }));
}

/** `api_id` "0" and "" mean none. */
function apiIdOf(raw: string | number | null | undefined): string | null {
  const text = raw === null || raw === undefined ? '' : String(raw).trim();
  return text === '' || text === '0' ? null : text;
}

/** A reply item without a readable time: an error, never a silent skip. */
export function unreadable(what: string): AltegioError {
  return malformedError(undefined, what);
}

/** The record fields behind the parts two desks compare (shared/domain/appointmentVersion.ts), and the change date. */
const COMPARED_FIELDS = [
  'staff_id',
  'date',
  'seance_length',
  'technical_break_duration',
  'services',
  'client',
  'attendance',
  'comment',
  'custom_color',
  'record_labels',
  'custom_fields',
  'sms_remain_hours',
  'email_remain_hours',
  'master_request',
  'api_id',
  'deleted',
  'last_change_date',
];
const COMPARED_SERVICE_FIELDS = ['id', 'cost', 'first_cost', 'discount', 'amount'];
const COMPARED_CLIENT_FIELDS = ['id', 'name', 'display_name', 'phone', 'email'];

const hasAll = (value: unknown, fields: readonly string[]) =>
  objectOrNull(value) !== null && fields.every((field) => field in (value as object));

/**
 * Whether a record carries every field a desk compares. toAppointment fills a missing one with a default
 * (no labels, no break, an amount of 1), which would read as another desk's change; a reduced reply (the
 * documented PUT reply is one) is read again instead.
 */
export function isWholeRecord(raw: unknown): boolean {
  if (!hasAll(raw, COMPARED_FIELDS)) return false;
  const { services, client } = raw as { services: unknown; client: unknown };
  return (
    Array.isArray(services) &&
    services.every((service) => hasAll(service, COMPARED_SERVICE_FIELDS)) &&
    (objectOrNull(client) === null || hasAll(client, COMPARED_CLIENT_FIELDS))
  );
}

/**
 * A record as the domain's appointment. Anything that cannot be read or represented (no valid time, a
 * length that runs past what a date can hold) is an "unreadable" error, which lists report and skip.
 */
export function toAppointment(raw: unknown, location: LocationRef): Appointment {
  try {
    return mapRecord(raw, location);
  } catch (error) {
    if (error instanceof AltegioError) throw error;
    throw unreadable('an appointment');
  }
}

function mapRecord(raw: unknown, location: LocationRef): Appointment {
  const record = parseWire(WireRecord, raw, 'an appointment');
  const zone = location.timezone;
  const start = appointmentStart(record.date, record.datetime, zone);
  if (!start) throw unreadable('an appointment');
  const durationSeconds = Math.max(0, Math.round(record.seance_length ?? record.length ?? 0));
  const client = record.client ?? null;
  const mapped: Appointment = {
    id: record.id,
    locationId: record.company_id ?? location.id,
    teamMemberId: record.staff_id,
    start: toIsoInZone(start, zone),
    end: toIsoInZone(start.plus({ seconds: durationSeconds }), zone),
    durationSeconds,
    technicalBreakSeconds: Math.max(0, record.technical_break_duration ?? 0),
    client: client
      ? {
          id: client.id,
          name: client.display_name || client.name,
          phone: client.phone ? normalisePhone(client.phone) : '',
          email: client.email,
        }
      : null,
    services: (record.services ?? []).map((service) => ({
      id: service.id,
      title: service.title,
      cost: service.cost,
      firstCost: service.first_cost,
      discountPercent: service.discount,
      amount: service.amount ?? 1,
    })),
    status: statusOf(record.attendance ?? record.visit_attendance),
    comment: record.comment,
    customColour: toHexColour(record.custom_color),
    labels: labelRefsOf(record.record_labels),
    customFields: customFieldsOf(record.custom_fields),
    online: record.online,
    requestedTeamMember: record.master_request,
    visitId: record.visit_id,
    apiId: apiIdOf(record.api_id),
    smsReminderHours: Math.max(0, record.sms_remain_hours ?? 0),
    emailReminderHours: Math.max(0, record.email_remain_hours ?? 0),
    createdAt: wireTimeToIso(record.create_date, zone),
    lastChangedAt: wireTimeToIso(record.last_change_date, zone),
    deleted: record.deleted,
    activityId: record.activity_id,
    paidFull: record.paid_full,
    prepaid: record.prepaid,
    prepaidConfirmed: record.prepaid_confirmed,
    payments: record.finance_transactions
      ? record.finance_transactions.map((payment) => ({
          id: payment.id,
          amount: payment.amount,
          appointmentId: payment.record_id,
        }))
      : null,
  };
  // What the renderer is promised, checked here per record: one impossible record (an end past the
  // calendar's range, a non-finite price) is reported on its own instead of failing a whole day.
  if (!Appointment.safeParse(mapped).success) throw unreadable('an appointment');
  return mapped;
}

/** Altegio's record field names → the domain's, for field errors. */
export const APPOINTMENT_FIELDS: Record<string, string> = {
  staff_id: 'teamMemberId',
  team_member_id: 'teamMemberId',
  datetime: 'start',
  seance_length: 'durationSeconds',
  length: 'durationSeconds',
  technical_break_duration: 'technicalBreakSeconds',
  attendance: 'status',
  custom_color: 'customColour',
  record_labels: 'labelIds',
  custom_fields: 'customFields',
  master_request: 'requestedTeamMember',
  sms_remain_hours: 'smsReminderHours',
  email_remain_hours: 'emailReminderHours',
  api_id: 'apiId',
  activity_id: 'activityId',
};

/** A create or full-replace body: every field the input has, in wire form. */
export function toRecordBody(
  input: AppointmentInput,
  zone: string,
  saveIfBusy: boolean,
): Record<string, unknown> {
  const datetime = toRequestDatetime(input.start, zone);
  if (!datetime) {
    throw inputError('start', 'issue.dateTime');
  }
  const body: Record<string, unknown> = {
    staff_id: input.teamMemberId,
    services: input.services.map((service) => ({
      id: service.id,
      ...(service.firstCost === undefined ? {} : { first_cost: service.firstCost }),
      ...(service.discountPercent === undefined ? {} : { discount: service.discountPercent }),
      ...(service.cost === undefined ? {} : { cost: service.cost }),
      ...(service.amount === undefined ? {} : { amount: service.amount }),
    })),
    client: input.client
      ? {
          ...(input.client.id === undefined ? {} : { id: input.client.id }),
          phone: normalisePhone(input.client.phone),
          name: input.client.name,
          email: input.client.email ?? '',
        }
      : null,
    datetime,
    seance_length: input.durationSeconds,
    technical_break_duration: input.technicalBreakSeconds,
    save_if_busy: saveIfBusy,
  };
  const optional: Record<string, unknown> = {
    attendance: input.status === undefined ? undefined : attendanceOf(input.status),
    comment: input.comment,
    custom_color: input.customColour === undefined ? undefined : (input.customColour ?? '').replace(/^#/, ''),
    record_labels: input.labelIds,
    custom_fields: input.customFields,
    master_request: input.requestedTeamMember === undefined ? undefined : input.requestedTeamMember ? 1 : 0,
    sms_remain_hours: input.smsReminderHours,
    email_remain_hours: input.emailReminderHours,
    send_sms: input.sendSms,
    api_id: input.apiId === undefined ? undefined : (input.apiId ?? ''),
    activity_id: input.activityId ?? undefined,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) body[key] = value;
  return body;
}
