import { randomUUID } from 'node:crypto';
import type { Appointment, AppointmentInput } from '../../../shared/domain/appointment';
import { appointmentToInput } from '../../../shared/domain/appointment';
import type { LocationRef } from '../../../shared/domain/common';
import { APPOINTMENT_FIELDS, isWholeRecord, toAppointment, toRecordBody } from './appointmentWire';
import { AltegioError, inputError, malformedError } from './errors';
import { mappingFields } from './fieldNames';
import { createOnce, type Http, type QueryValue } from './http';
import { gone, outcomeUnknown, reconciled, showing } from './reconcile';
import { fetchAllPages, RECORDS_PAGE_SIZE, uniqueById } from './paging';
import { isIsoDate, localDate, toNaiveFilter } from './time';

export interface AppointmentRange {
  /** First and last local date ("YYYY-MM-DD"), both included. */
  from: string;
  to: string;
  teamMemberIds?: number[];
  /** Cancelled (deleted) appointments too, with `deleted: true`. */
  withDeleted?: boolean;
}

export interface SaveOptions {
  /** Save even on a taken or non-working slot (`save_if_busy`). */
  saveIfBusy?: boolean;
}

export interface CreateOptions extends SaveOptions {
  /**
   * This create repeats one that failed ambiguously: look for `input.apiId` first. Reuse the same apiId
   * when retrying a failed save, and a double booking cannot happen.
   */
  retry?: boolean;
}

/** A record Altegio sent that Frontdesk cannot show (no valid time, an impossible length, …). */
export interface UnreadableRecord {
  /** Its id when even that was readable. */
  id: number | null;
}

/** Appointments as read, and the records that could not be: one bad record never hides the others. */
export interface AppointmentList {
  appointments: Appointment[];
  unreadable: UnreadableRecord[];
}

/** A record too broken to read that says it is deleted: nobody would see it, so nobody misses it. */
function deletedOf(raw: unknown): boolean {
  const deleted = raw && typeof raw === 'object' ? (raw as { deleted?: unknown }).deleted : undefined;
  return deleted === true || deleted === 1 || deleted === '1';
}

function idOf(raw: unknown): number | null {
  const id = raw && typeof raw === 'object' ? Number((raw as { id?: unknown }).id) : NaN;
  return Number.isInteger(id) && id > 0 ? id : null;
}

function checkRange(range: AppointmentRange): void {
  if (!isIsoDate(range.from)) throw inputError('from', 'issue.date');
  if (!isIsoDate(range.to)) throw inputError('to', 'issue.date');
  if (range.from > range.to) throw inputError('to', 'issue.range.backwards');
}

export function createAppointmentsApi(http: Http) {
  const recordsPath = (location: LocationRef) => `/records/${location.id}`;

  /** `withPayments`: ask for the finance transactions too (the calendar shows them; lookups need not). */
  const listWhere = async (
    location: LocationRef,
    query: Record<string, QueryValue>,
    withPayments = false,
  ): Promise<AppointmentList> => {
    const read = await fetchAllPages(
      http,
      recordsPath(location),
      // Paid amounts exist only as finance transactions.
      withPayments ? { ...query, include_finance_transactions: 1 } : query,
      RECORDS_PAGE_SIZE,
      'count',
      (item) => {
        try {
          return toAppointment(item, location);
        } catch (error) {
          if (error instanceof AltegioError && error.kind === 'malformed')
            return { id: idOf(item), deleted: deletedOf(item) };
          throw error;
        }
      },
    );
    const appointments: Appointment[] = [];
    const unreadable: UnreadableRecord[] = [];
    for (const item of read) {
      if ('locationId' in item) appointments.push(item);
      else if (!item.deleted) unreadable.push({ id: item.id });
    }
    return { appointments: uniqueById(appointments), unreadable };
  };

  const changedSince = async (location: LocationRef, since: string) => {
    const changedAfter = toNaiveFilter(since, location.timezone);
    if (!changedAfter) throw inputError('cursor', 'issue.dateTime');
    return listWhere(location, { changed_after: changedAfter, with_deleted: 1 }, true);
  };

  /**
   * The appointment created with this api_id, if any. It is looked for on its own day and team member:
   * one small page, and no dependence on this machine's clock agreeing with Altegio's.
   */
  const findCreated = async (location: LocationRef, input: AppointmentInput & { apiId: string }) => {
    const date = localDate(input.start, location.timezone);
    if (!date) return null;
    const day = await listWhere(location, { start_date: date, end_date: date, staff_id: input.teamMemberId });
    return day.appointments.find((a) => a.apiId === input.apiId) ?? null;
  };

  const get = async (location: LocationRef, id: number): Promise<Appointment> => {
    const { data } = await http.request('GET', `/record/${location.id}/${id}`, {
      query: { include_finance_transactions: 1 },
    });
    return toAppointment(data, location);
  };

  const update = (location: LocationRef, id: number, input: AppointmentInput, options: SaveOptions = {}) =>
    mappingFields(APPOINTMENT_FIELDS, async () => {
      const body = toRecordBody(input, location.timezone, options.saveIfBusy ?? false);
      const put = async () => {
        const { data } = await http.request('PUT', `/record/${location.id}/${id}`, { body });
        // The documented PUT reply is a reduced record; read the whole one back when it is not enough.
        try {
          if (isWholeRecord(data)) return toAppointment(data, location);
        } catch {
          // unreadable: read it back as well
        }
        return get(location, id);
      };
      // The last try's reply may be lost while Altegio saved it: "saved" only when a re-read shows it.
      return reconciled(
        put,
        showing(
          () => get(location, id),
          (current) => savedAsSent(current, input),
        ),
      );
    });

  return {
    /** Every appointment whose local date lies in [from, to], all pages. */
    async list(location: LocationRef, range: AppointmentRange): Promise<AppointmentList> {
      checkRange(range);
      const members = range.teamMemberIds;
      const single = members?.length === 1 ? members[0] : undefined;
      const all = await listWhere(
        location,
        {
          start_date: range.from,
          end_date: range.to,
          staff_id: single,
          with_deleted: range.withDeleted ? 1 : undefined,
        },
        true,
      );
      const wanted = members && members.length > 1 ? new Set(members) : null;
      return wanted
        ? { ...all, appointments: all.appointments.filter((a) => wanted.has(a.teamMemberId)) }
        : all;
    },

    /** What changed after `since` (an ISO time), deleted ones included with `deleted: true`. */
    changedSince,

    /** One client's appointments whose local date lies in [from, to], oldest first (`client_id` filter). */
    async forClient(
      location: LocationRef,
      clientId: number,
      range: AppointmentRange,
    ): Promise<AppointmentList> {
      checkRange(range);
      const found = await listWhere(location, {
        client_id: clientId,
        start_date: range.from,
        end_date: range.to,
      });
      const appointments = found.appointments
        .filter((a) => !a.deleted)
        .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
      return { appointments, unreadable: found.unreadable };
    },

    get,

    /**
     * Books an appointment exactly once. It carries an api_id (the input's, else a fresh UUID); after an
     * ambiguous failure (dropped connection, 5xx) the client looks for that api_id before trying again.
     */
    async create(
      location: LocationRef,
      input: AppointmentInput,
      options: CreateOptions = {},
    ): Promise<Appointment> {
      const withId = { ...input, apiId: input.apiId || randomUUID() };
      const find = () => findCreated(location, withId);
      return mappingFields(APPOINTMENT_FIELDS, async () => {
        if (options.retry && input.apiId) {
          const existing = await find().catch((error: unknown) => {
            throw error instanceof AltegioError ? outcomeUnknown(error) : error;
          });
          if (existing) return existing;
        }
        const body = toRecordBody(withId, location.timezone, options.saveIfBusy ?? false);
        const post = async () => {
          const { data } = await http.request('POST', recordsPath(location), { body });
          // One documented example answers with an array; the record is the one with our api_id.
          const records = Array.isArray(data) ? data : [data];
          const created = records.map((item) => toAppointment(item, location));
          const ours = created.findIndex((a) => a.apiId === withId.apiId);
          const index = ours < 0 ? 0 : ours;
          const match = created[index];
          if (!match) throw malformedError(201);
          // Booked: a reduced reply is read back whole, and kept when that read fails.
          return isWholeRecord(records[index]) ? match : get(location, match.id).catch(() => match);
        };
        return createOnce(http, post, find);
      });
    },

    /** Full replace: every field of `input` is sent (build it with appointmentToInput and spread changes). */
    update,

    /** Reads the appointment, applies `changes` and saves the whole record. */
    async patch(
      location: LocationRef,
      id: number,
      changes: Partial<AppointmentInput>,
      options: SaveOptions = {},
    ) {
      const current = await get(location, id);
      return update(location, id, { ...appointmentToInput(current), ...changes }, options);
    },

    async remove(location: LocationRef, id: number): Promise<void> {
      try {
        await reconciled(
          async () => void (await http.request('DELETE', `/record/${location.id}/${id}`)),
          gone(
            () => get(location, id),
            (found) => (found as Appointment).deleted,
          ),
        );
      } catch (error) {
        // A DELETE retried after a lost reply finds the record gone: it is deleted either way.
        if (error instanceof AltegioError && error.code === 'NOT_FOUND' && error.status === 404) return;
        throw error;
      }
    },
  };
}

export type AppointmentsApi = ReturnType<typeof createAppointmentsApi>;

/**
 * Whether the appointment as Altegio has it carries what a PUT sent: member, time, length, services and
 * whatever optional field the PUT set. Fields Altegio does not send back (reminders, SMS) are not compared.
 */
function savedAsSent(current: Appointment, sent: AppointmentInput): boolean {
  const same = <T>(wanted: T | undefined, actual: T) => wanted === undefined || wanted === actual;
  const ids = (values: readonly number[]) => [...values].sort((a, b) => a - b).join(',');
  return (
    current.teamMemberId === sent.teamMemberId &&
    Date.parse(current.start) === Date.parse(sent.start) &&
    current.durationSeconds === sent.durationSeconds &&
    ids(current.services.map((s) => s.id)) === ids(sent.services.map((s) => s.id)) &&
    same(sent.status, current.status) &&
    same(sent.comment, current.comment) &&
    same(sent.customColour, current.customColour) &&
    same(sent.requestedTeamMember, current.requestedTeamMember) &&
    (sent.labelIds === undefined || ids(sent.labelIds) === ids(current.labels.map((l) => l.id)))
  );
}
