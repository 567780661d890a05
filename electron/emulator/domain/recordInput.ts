import { businessRule, FieldCollector, notFound } from '../http/errors';
import { asBool, asInt, asNumber, isObject, type JsonObject } from '../http/params';
import type { Store } from '../store/store';
import type { Activity, AppointmentRecord, Client, Location, RecordService } from '../store/types';
import { parseRequestDatetime } from '../time';
import { checkSlot } from './availability';
import { createClient, findClientByPhone, isValidPhone, phoneDigits } from './clients';
import { parseCustomFieldValues } from './customFieldValues';
import { activityRecords } from './schedules';

export const BUSY_MESSAGE = 'Team member cannot be booked at this time: taken or not working.';

/** Everything a create or full-replace body sets on a record. */
export interface RecordInput {
  staffId: number;
  services: RecordService[];
  startMs: number;
  seanceLength: number;
  technicalBreakDuration: number;
  comment: string;
  attendance: number;
  apiId: string;
  customColor: string;
  labelIds: number[];
  customFields: AppointmentRecord['customFields'];
  activityId: number;
  smsRemainHours: number;
  emailRemainHours: number;
  masterRequest: boolean;
  saveIfBusy: boolean;
  client: { id?: number; phone: string; name: string; surname: string; email: string } | null;
}

function parseServices(
  store: Store,
  location: Location,
  raw: unknown,
  errors: FieldCollector,
): RecordService[] {
  if (!Array.isArray(raw)) {
    errors.add('services', 'The services field is required and must be an array.');
    return [];
  }
  return raw.flatMap((item, index) => {
    const id = asInt(isObject(item) ? item.id : item);
    const service = id === undefined ? undefined : store.services.get(id);
    if (!service || service.locationId !== location.id) {
      errors.add(`services.${index}.id`, 'Unknown service.');
      return [];
    }
    const fields = isObject(item) ? item : {};
    const firstCost = asNumber(fields.first_cost) ?? service.priceMin;
    const discount = asNumber(fields.discount) ?? 0;
    const cost = asNumber(fields.cost) ?? Math.round(firstCost * (100 - discount)) / 100;
    return [
      { id: service.id, title: service.title, firstCost, discount, cost, amount: asInt(fields.amount) ?? 1 },
    ];
  });
}

function parseBreak(location: Location, raw: unknown, errors: FieldCollector): number {
  if (raw === undefined || raw === null) return location.technicalBreakDefault;
  const value = asInt(raw);
  if (value === undefined || value < 0 || value > 3600 || value % 300 !== 0) {
    errors.add('technical_break_duration', 'Must be a multiple of 300 seconds, from 0 to 3600, or null.');
    return 0;
  }
  return value;
}

function parseClient(raw: unknown, errors: FieldCollector): RecordInput['client'] {
  if (!isObject(raw)) {
    errors.add('client', 'The client field is required.');
    return null;
  }
  const phone = phoneDigits(raw.phone);
  const id = asInt(raw.id);
  if (!phone && id === undefined) errors.add('client.phone', 'The client phone is required.');
  else if (phone && !isValidPhone(phone)) errors.add('client.phone', 'phone must contain 9 to 15 digits');
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  return {
    ...(id === undefined ? {} : { id }),
    phone,
    name: str(raw.name),
    surname: str(raw.surname),
    email: str(raw.email),
  };
}

/**
 * Parses a `POST /records` or `PUT /record` body. Group-event bodies (`activity_id`) take member, services,
 * time and length from the event. Throws 422 with field errors.
 */
export function parseRecordBody(
  store: Store,
  location: Location,
  body: JsonObject,
  existing?: AppointmentRecord,
) {
  const errors = new FieldCollector();
  const activityId = asInt(body.activity_id) ?? 0;
  let activity: Activity | undefined;
  if (existing?.activityId && activityId !== existing.activityId) {
    errors.add('activity_id', 'The activity_id of a group-event appointment must stay the same.');
  }
  if (activityId) {
    activity = store.activities.get(activityId);
    if (!activity || activity.locationId !== location.id) errors.add('activity_id', 'Unknown group event.');
  }
  const client = parseClient(body.client, errors);
  let input: Omit<RecordInput, 'client' | 'saveIfBusy'>;
  const common = {
    comment: typeof body.comment === 'string' ? body.comment : (existing?.comment ?? ''),
    attendance: asInt(body.attendance) ?? existing?.attendance ?? 0,
    apiId: body.api_id === undefined || body.api_id === null ? (existing?.apiId ?? '') : String(body.api_id),
    customColor:
      typeof body.custom_color === 'string'
        ? body.custom_color.replace(/^#/, '')
        : (existing?.customColor ?? ''),
    labelIds: existing?.labelIds ?? [],
    customFields: parseCustomFieldValues(
      store,
      location.id,
      'record',
      body.custom_fields,
      errors,
      existing?.customFields,
    ),
    smsRemainHours: asInt(body.sms_remain_hours) ?? existing?.smsRemainHours ?? 0,
    emailRemainHours: asInt(body.email_remain_hours) ?? existing?.emailRemainHours ?? 0,
    masterRequest:
      body.master_request !== undefined || body.master_requested !== undefined
        ? asBool(body.master_request ?? body.master_requested)
        : (existing?.masterRequest ?? false),
  };
  if (![-1, 0, 1, 2].includes(common.attendance)) errors.add('attendance', 'Must be -1, 0, 1 or 2.');
  if (common.customColor && !/^[0-9a-fA-F]{6}$/.test(common.customColor)) {
    errors.add('custom_color', 'Must be a hex colour such as f44336.');
  }
  if (body.record_labels !== undefined) {
    const ids = Array.isArray(body.record_labels) ? body.record_labels.map(asInt) : [undefined];
    const valid = ids.every((id) => {
      const label = id === undefined ? undefined : store.labels.get(id);
      return (
        label &&
        label.locationId === location.id &&
        !label.deleted &&
        (label.entity === 2 || label.entity === 0)
      );
    });
    if (!valid) errors.add('record_labels', 'Unknown appointment label.');
    common.labelIds = ids.filter((id): id is number => id !== undefined);
  }
  if (activity) {
    const service = store.services.get(activity.serviceId);
    input = {
      ...common,
      staffId: activity.staffId,
      services: service ? parseServices(store, location, [service.id], errors) : [],
      startMs: activity.startMs,
      seanceLength: activity.length,
      technicalBreakDuration: 0,
      activityId: activity.id,
    };
  } else {
    const staffId = asInt(body.staff_id ?? body.team_member_id);
    if (staffId === undefined) errors.add('staff_id', 'The staff_id field is required.');
    const services = parseServices(store, location, body.services, errors);
    const startMs = parseRequestDatetime(body.datetime, location.timezone);
    if (startMs === null) errors.add('datetime', 'The datetime field is required, ISO 8601 with an offset.');
    const seanceLength = asInt(body.seance_length ?? body.length);
    if (seanceLength === undefined || seanceLength <= 0) {
      errors.add(
        'seance_length',
        'The seance_length field is required and must be a positive number of seconds.',
      );
    }
    const technicalBreakDuration = parseBreak(location, body.technical_break_duration, errors);
    if (seanceLength !== undefined && technicalBreakDuration >= seanceLength) {
      errors.add('technical_break_duration', 'The technical break must be shorter than seance_length.');
    }
    input = {
      ...common,
      staffId: staffId ?? 0,
      services,
      startMs: startMs ?? 0,
      seanceLength: seanceLength ?? 0,
      technicalBreakDuration,
      activityId: 0,
    };
  }
  errors.throwIfAny();
  return { ...input, client, saveIfBusy: asBool(body.save_if_busy), activity };
}

export type ParsedRecordBody = ReturnType<typeof parseRecordBody>;

/** 404 for a member of another location, 422/433 for a taken or non-working slot, 422 for a full event. */
export function assertBookable(
  store: Store,
  location: Location,
  input: ParsedRecordBody,
  existing?: AppointmentRecord,
) {
  const member = store.staff.get(input.staffId);
  if (!member || member.locationId !== location.id) throw notFound('Team Member not found.');
  if (input.activity) {
    const taken = activityRecords(store, input.activity).filter((r) => r.id !== existing?.id).length;
    if (!existing && taken >= input.activity.capacity) {
      throw businessRule([{ code: 433, message: 'The group event is full.', id: input.activity.id }]);
    }
    return;
  }
  const moved =
    !existing ||
    existing.startMs !== input.startMs ||
    existing.seanceLength !== input.seanceLength ||
    existing.staffId !== input.staffId;
  if (input.saveIfBusy || !moved) return;
  const problem = checkSlot(store, {
    staffId: member.id,
    startMs: input.startMs,
    lengthSeconds: input.seanceLength,
    zone: location.timezone,
    ignoreRecordId: existing?.id,
  });
  if (problem) throw businessRule([{ code: 433, message: BUSY_MESSAGE, id: problem.conflictId }]);
}

/** The client named by a record body: matched by id or normalised phone, created when new. */
export function resolveClient(store: Store, location: Location, spec: RecordInput['client']): Client | null {
  if (!spec) return null;
  if (spec.id !== undefined) {
    const byId = store.clients.get(spec.id);
    if (byId && byId.locationId === location.id && !byId.deleted) return byId;
  }
  const existing = findClientByPhone(store, location.id, spec.phone);
  if (existing) return existing;
  if (!spec.phone) return null;
  return createClient(store, location.id, {
    name: spec.name || `+${spec.phone}`,
    surname: spec.surname,
    patronymic: '',
    phone: spec.phone,
    email: spec.email,
    card: '',
    birthDate: '',
    sexId: 0,
    importanceId: 0,
    labelIds: [],
    discount: 0,
    comment: '',
    smsCheck: false,
    smsNot: false,
    customFields: {},
  });
}
