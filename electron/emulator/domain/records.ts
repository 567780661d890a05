import { randomBytes } from 'node:crypto';
import type { Store } from '../store/store';
import type { AppointmentRecord, Location, RecordService, Service, Visit } from '../store/types';
import { msToLocal } from '../time';

export type RecordDraft = Pick<
  AppointmentRecord,
  'locationId' | 'staffId' | 'clientId' | 'services' | 'startMs'
> &
  Partial<Omit<AppointmentRecord, 'id' | 'visitId' | 'local' | 'createdMs' | 'changedMs' | 'deleted'>> & {
    seanceLength: number;
  };

export interface CreateTimes {
  createdMs?: number;
  changedMs?: number;
  /** Pre-computed local wall clock (the seed knows it already). */
  local?: string;
  /**
   * Join the visit of the client's other live appointment at the location on the same local date, as Altegio
   * does for bookings made at the desk or online (*inferred*); otherwise the record opens a visit of its own.
   */
  joinVisit?: boolean;
}

export function locationOf(store: Store, locationId: number): Location {
  const location = store.locations.get(locationId);
  if (!location) throw new Error(`unknown location ${locationId}`);
  return location;
}

/**
 * Whether a visit still takes new bookings: not once it has a payment or a fiscal receipt, or a record
 * whose client was marked arrived (the visit is then being settled; *inferred*).
 */
function isOpenVisit(store: Store, visit: Visit): boolean {
  if (visit.payments.length > 0 || (visit.fiscalReceipts?.length ?? 0) > 0) return false;
  return !visit.recordIds.some((id) => {
    const record = store.records.get(id);
    return record !== undefined && !record.deleted && record.attendance === 1;
  });
}

/** The open visit of the client's live appointments at the location on the local date, if there is one. */
function sameDayVisit(store: Store, draft: RecordDraft, local: string): Visit | undefined {
  if (draft.clientId === null || draft.activityId) return undefined;
  const date = local.slice(0, 10);
  for (const r of store.recordsOfClient(draft.clientId)) {
    if (r.locationId !== draft.locationId || r.deleted || r.activityId || r.local.slice(0, 10) !== date)
      continue;
    const visit = store.visits.get(r.visitId);
    if (visit && isOpenVisit(store, visit)) return visit;
  }
  return undefined;
}

/** Creates a record and its visit (or joins the client's visit of the day). Validation is the caller's job. */
export function createRecord(store: Store, draft: RecordDraft, times: CreateTimes = {}): AppointmentRecord {
  const zone = locationOf(store, draft.locationId).timezone;
  const local = times.local ?? msToLocal(draft.startMs, zone);
  const joined = times.joinVisit ? sameDayVisit(store, draft, local) : undefined;
  const changedMs = times.changedMs ?? store.nextChangeMs();
  const id = store.nextId('record');
  const visitId = joined?.id ?? store.nextId('visit');
  const record: AppointmentRecord = {
    comment: '',
    attendance: 0,
    confirmed: false,
    online: false,
    apiId: '',
    customColor: '',
    labelIds: [],
    customFields: {},
    masterRequest: false,
    prepaid: false,
    prepaidConfirmed: false,
    activityId: 0,
    partnerToken: '',
    createdUserId: 0,
    smsRemainHours: 0,
    emailRemainHours: 0,
    clientScheduleId: null,
    technicalBreakDuration: 0,
    ...draft,
    hash: draft.hash ?? randomBytes(16).toString('hex'),
    id,
    visitId,
    local,
    createdMs: times.createdMs ?? changedMs,
    changedMs,
    deleted: false,
  };
  store.insertRecord(record);
  if (joined) {
    joined.recordIds.push(id);
    return record;
  }
  store.visits.set(visitId, {
    id: visitId,
    locationId: record.locationId,
    recordIds: [id],
    comment: '',
    goods: [],
    payments: [],
  });
  return record;
}

/** Moves a record in time (and/or to another member) keeping `local` and the indexes consistent. */
export function rescheduleRecord(
  store: Store,
  record: AppointmentRecord,
  change: Partial<AppointmentRecord>,
): AppointmentRecord {
  const zone = locationOf(store, record.locationId).timezone;
  const startMs = change.startMs ?? record.startMs;
  store.updateRecord(record, { ...change, local: msToLocal(startMs, zone), changedMs: store.nextChangeMs() });
  return record;
}

export function deleteRecord(store: Store, record: AppointmentRecord): void {
  record.deleted = true;
  record.changedMs = store.nextChangeMs();
}

export function serviceLine(service: Service, discount = 0, cost?: number): RecordService {
  const firstCost = service.priceMin;
  return {
    id: service.id,
    title: service.title,
    firstCost,
    discount,
    cost: cost ?? Math.round(firstCost * (100 - discount)) / 100,
    amount: 1,
  };
}

/** Length a member needs for a service: the per-member seance length, else duration + break. */
export function seanceLengthFor(service: Service, staffId: number, defaultBreak: number): number {
  const link = service.staff.find((s) => s.staffId === staffId);
  if (link) return link.seanceLength;
  return service.duration + (service.technicalBreakDuration ?? defaultBreak);
}
