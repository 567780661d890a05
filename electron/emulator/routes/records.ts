import type { Context } from 'hono';
import { DateTime } from 'luxon';
import { assertBookable, parseRecordBody, resolveClient, type ParsedRecordBody } from '../domain/recordInput';
import { createRecord, deleteRecord, rescheduleRecord } from '../domain/records';
import { parseId, userLocation } from '../http/auth';
import { noContent, ok } from '../http/envelope';
import { badRequest, invalid, notFound } from '../http/errors';
import { pageOf, paging, query, queryFlag, queryInt, readBody } from '../http/params';
import type { ApiApp, AppEnv, EmulatorState } from '../state';
import type { AppointmentRecord, Location } from '../store/types';
import { isDate, readDate } from '../time';
import { clientStats } from '../wire/clients';
import { recordToWire, type RecordWireOptions } from '../wire/records';

const NAIVE_DATETIME_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/;

/** How to serialise `records` (client visit counts are computed for exactly their clients). */
export function wireOptions(
  state: EmulatorState,
  location: Location,
  records: AppointmentRecord[],
  c?: Context<AppEnv>,
): RecordWireOptions {
  const clientIds = records.flatMap((r) => r.clientId ?? []);
  return {
    store: state.store,
    location,
    freezeStandardOffset: state.options.freezeStandardOffset,
    stats: clientStats(state.store, clientIds, state.clock.nowMs()),
    includeFinance: c ? queryFlag(c, 'include_finance_transactions') : false,
    includeConsumables: c ? queryFlag(c, 'include_consumables') : false,
  };
}

function dateFilter(c: Context<AppEnv>, name: string): string | undefined {
  const value = query(c, name);
  if (value !== undefined && !isDate(value))
    throw badRequest({ [name]: ['Invalid filter value'] }, 'Invalid filter value');
  return value;
}

/** Start of the named second, read in the location zone ("YYYY-MM-DDTHH:MM:SS", no offset). */
function secondFilter(c: Context<AppEnv>, name: string, zone: string): number | undefined {
  const value = query(c, name);
  if (value === undefined) return undefined;
  const dt = NAIVE_DATETIME_RE.test(value)
    ? readDate(() => DateTime.fromISO(value.replace(' ', 'T'), { zone }))
    : null;
  if (!dt) throw badRequest({ [name]: ['Invalid filter value'] }, 'Invalid filter value');
  return dt.toMillis();
}

function listRecords(c: Context<AppEnv>, state: EmulatorState, location: Location) {
  const startDate = dateFilter(c, 'start_date');
  const endDate = dateFilter(c, 'end_date');
  const createdFrom = dateFilter(c, 'c_start_date');
  const createdTo = dateFilter(c, 'c_end_date');
  // changed_after/changed_before are whole seconds while changes are ms-precise: both bounds include their
  // whole second, so a client polling with the last `last_change_date` it saw never misses a change made
  // later within that same second (it may see a record twice, which is harmless).
  const changedAfter = secondFilter(c, 'changed_after', location.timezone);
  const changedBefore = secondFilter(c, 'changed_before', location.timezone);
  const staffId = queryInt(c, 'staff_id', 'team_member_id', 'master_id');
  const clientId = queryInt(c, 'client_id');
  const createdUserId = queryInt(c, 'created_user_id');
  const withDeleted = queryFlag(c, 'with_deleted');
  const { page, count } = paging(c, 50);
  const createdLocal = (r: AppointmentRecord) =>
    createdFrom || createdTo
      ? (DateTime.fromMillis(r.createdMs, { zone: location.timezone }).toISODate() ?? '')
      : '';

  const matches = state.store.recordsOfLocation(location.id, startDate, endDate).filter((r) => {
    if (r.deleted && !withDeleted) return false;
    if (staffId !== undefined && r.staffId !== staffId) return false;
    if (clientId !== undefined && r.clientId !== clientId) return false;
    if (createdUserId !== undefined && r.createdUserId !== createdUserId) return false;
    if (changedAfter !== undefined && r.changedMs < changedAfter) return false;
    if (changedBefore !== undefined && r.changedMs >= changedBefore + 1000) return false;
    if (createdFrom && createdLocal(r) < createdFrom) return false;
    if (createdTo && createdLocal(r) > createdTo) return false;
    return true;
  });
  matches.sort((a, b) => a.startMs - b.startMs || a.id - b.id);
  const pageRecords = pageOf(matches, page, count);
  const options = wireOptions(state, location, pageRecords, c);
  const data = pageRecords.map((r) => recordToWire(r, options));
  return ok(c, data, 200, { page, total_count: matches.length });
}

function recordOf(state: EmulatorState, location: Location, raw: string | undefined): AppointmentRecord {
  const id = parseId(raw);
  const record = id === null ? undefined : state.store.records.get(id);
  if (!record || record.locationId !== location.id || record.deleted) throw notFound();
  return record;
}

/** What a create and a full-replace edit both take from the request body. */
function recordFieldsOf(state: EmulatorState, location: Location, input: ParsedRecordBody) {
  return {
    staffId: input.staffId,
    clientId: clientIdFor(state, location, input),
    services: input.services,
    startMs: input.startMs,
    seanceLength: input.seanceLength,
    technicalBreakDuration: input.technicalBreakDuration,
    comment: input.comment,
    attendance: input.attendance,
    confirmed: input.attendance === 1 || input.attendance === 2,
    apiId: input.apiId,
    customColor: input.customColor,
    labelIds: input.labelIds,
    customFields: input.customFields,
    masterRequest: input.masterRequest,
    smsRemainHours: input.smsRemainHours,
    emailRemainHours: input.emailRemainHours,
  };
}

function clientIdFor(state: EmulatorState, location: Location, input: ParsedRecordBody): number | null {
  const client = resolveClient(state.store, location, input.client);
  if (input.client && !client) throw invalid({ client: ['Unknown client.'] });
  return client?.id ?? null;
}

export function registerRecordRoutes(app: ApiApp, state: EmulatorState): void {
  app.get('/records/:loc{[0-9]+}', (c) => listRecords(c, state, userLocation(c, state, c.req.param('loc'))));

  app.post('/records/:loc{[0-9]+}', async (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const input = parseRecordBody(state.store, location, await readBody(c));
    assertBookable(state.store, location, input);
    const record = createRecord(
      state.store,
      {
        ...recordFieldsOf(state, location, input),
        locationId: location.id,
        activityId: input.activityId,
        partnerToken: c.get('auth').partnerToken,
        createdUserId: c.get('auth').user?.id ?? 0,
      },
      { joinVisit: true },
    );
    return ok(c, recordToWire(record, wireOptions(state, location, [record])), 201);
  });

  app.get('/record/:loc/:id', (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const record = recordOf(state, location, c.req.param('id'));
    return ok(c, recordToWire(record, wireOptions(state, location, [record], c)));
  });

  app.put('/record/:loc/:id', async (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const record = recordOf(state, location, c.req.param('id'));
    const input = parseRecordBody(state.store, location, await readBody(c), record);
    assertBookable(state.store, location, input, record);
    rescheduleRecord(state.store, record, recordFieldsOf(state, location, input));
    return ok(c, recordToWire(record, wireOptions(state, location, [record])), 201);
  });

  app.delete('/record/:loc/:id', (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    deleteRecord(state.store, recordOf(state, location, c.req.param('id')));
    return noContent(c);
  });
}
