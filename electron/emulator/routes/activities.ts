import { createActivity } from '../domain/schedules';
import { userLocation, parseId } from '../http/auth';
import { ok } from '../http/envelope';
import { badRequest, FieldCollector, notFound } from '../http/errors';
import { asInt, pageOf, paging, query, queryIntList, readBody } from '../http/params';
import type { ApiApp, EmulatorState } from '../state';
import { addDays, isDate, localMinutesToMs, parseHhmm, todayIn } from '../time';
import { activityToWire } from '../wire/events';

/** Group events (emulator-only listing, altegio-api.md §9.4): future events by default. */
export function registerActivityRoutes(app: ApiApp, state: EmulatorState): void {
  app.get('/activity/:loc/search', (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const from = query(c, 'from') ?? todayIn(location.timezone, state.clock.nowMs());
    const till = query(c, 'till') ?? addDays(from, 31);
    if (!isDate(from) || !isDate(till)) throw badRequest({ from: ['Dates must be YYYY-MM-DD'] });
    const staffIds = queryIntList(c, 'staff_ids');
    const serviceIds = queryIntList(c, 'service_ids');
    const { page, count } = paging(c, 50);
    const events = [...state.store.activities.values()]
      .filter((a) => {
        const date = a.local.slice(0, 10);
        return (
          a.locationId === location.id &&
          date >= from &&
          date <= till &&
          (staffIds.length === 0 || staffIds.includes(a.staffId)) &&
          (serviceIds.length === 0 || serviceIds.includes(a.serviceId))
        );
      })
      .sort((a, b) => a.startMs - b.startMs || a.id - b.id);
    const data = pageOf(events, page, count).map((a) => activityToWire(state.store, a));
    return ok(c, data, 200, { count: events.length });
  });

  // Creating a group event (inferred from public clients): `date` "YYYY-MM-DD HH:MM:SS" local, a group
  // service, a member of the location; `length` and `capacity` default to the service's.
  app.post('/activity/:loc', async (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const body = await readBody(c);
    const errors = new FieldCollector();
    const service = state.store.services.get(asInt(body.service_id) ?? -1);
    if (!service || service.locationId !== location.id) errors.add('service_id', 'Unknown service.');
    const member = state.store.staff.get(asInt(body.staff_id) ?? -1);
    if (!member || member.locationId !== location.id) errors.add('staff_id', 'Unknown team member.');
    const date = typeof body.date === 'string' ? body.date : '';
    const minutes = parseHhmm(date.slice(11, 16));
    if (!isDate(date.slice(0, 10)) || minutes === null) errors.add('date', 'Must be YYYY-MM-DD HH:MM:SS.');
    const length = asInt(body.length) ?? service?.duration ?? 0;
    if (length <= 0) errors.add('length', 'Must be a positive number of seconds.');
    const capacity = asInt(body.capacity) ?? service?.capacity ?? 0;
    if (capacity < 1) errors.add('capacity', 'Must be at least 1.');
    errors.throwIfAny();
    if (!service || !member || minutes === null) throw notFound();
    const activity = createActivity(state.store, {
      locationId: location.id,
      serviceId: service.id,
      staffId: member.id,
      startMs: localMinutesToMs(date.slice(0, 10), minutes, location.timezone),
      length,
      capacity,
      color: typeof body.color === 'string' ? body.color.replace('#', '') : '',
      comment: typeof body.comment === 'string' ? body.comment : '',
      labelIds: [],
      scheduleDayId: null,
    });
    return ok(c, activityToWire(state.store, activity), 201);
  });

  app.get('/activity/:loc/:id{[0-9]+}', (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const activity = state.store.activities.get(parseId(c.req.param('id')) ?? -1);
    if (!activity || activity.locationId !== location.id) throw notFound();
    return ok(c, activityToWire(state.store, activity));
  });
}
