import { DateTime } from 'luxon';
import { readDate } from '../time';
import { ok } from '../http/envelope';
import { badRequest } from '../http/errors';
import { pageOf, paging, query, queryInt } from '../http/params';
import type { ApiApp, EmulatorState } from '../state';
import type { AppointmentRecord } from '../store/types';
import { partnerRecordToWire } from '../wire/records';
import { companyWire } from './companies';

/** Partner-record dates are "dd.mm.yyyy"; returns "YYYY-MM-DD" for comparisons. */
function dottedDate(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const dt = readDate(() => DateTime.fromFormat(value, 'dd.MM.yyyy'));
  if (!/^\d{2}\.\d{2}\.\d{4}$/.test(value) || !dt) {
    throw badRequest({ [name]: ['Invalid date, expected dd.mm.yyyy'] });
  }
  return dt.toISODate() ?? undefined;
}

export function registerPartnerRoutes(app: ApiApp, state: EmulatorState): void {
  app.get('/records/partner', (c) => {
    const partnerToken = c.get('auth').partnerToken;
    const locationId = queryInt(c, 'salon_id', 'company_id', 'location_id');
    const from = dottedDate(query(c, 'start_date'), 'start_date');
    const to = dottedDate(query(c, 'end_date'), 'end_date');
    const createdFrom = dottedDate(query(c, 'created_start_date'), 'created_start_date');
    const createdTo = dottedDate(query(c, 'created_end_date'), 'created_end_date');
    const { page, count } = paging(c, 50, 100, 'editable_length');
    const locations = [...state.store.locations.values()].filter(
      (l) => locationId === undefined || l.id === locationId,
    );
    const matches: AppointmentRecord[] = [];
    for (const location of locations) {
      for (const record of state.store.recordsOfLocation(location.id, from, to)) {
        if (record.partnerToken !== partnerToken) continue;
        const created = DateTime.fromMillis(record.createdMs, { zone: location.timezone }).toISODate() ?? '';
        if ((createdFrom && created < createdFrom) || (createdTo && created > createdTo)) continue;
        matches.push(record);
      }
    }
    matches.sort((a, b) => a.startMs - b.startMs || a.id - b.id);
    const data = pageOf(matches, page, count).map((record) => {
      const location = state.store.locations.get(record.locationId);
      if (!location) throw new Error('record without location');
      return partnerRecordToWire(
        record,
        { store: state.store, location, freezeStandardOffset: state.options.freezeStandardOffset },
        companyWire(state, location),
      );
    });
    return ok(c, data, 200, { count: matches.length });
  });
}
