import { userLocation, parseId } from '../http/auth';
import { ok } from '../http/envelope';
import { badRequest, notFound } from '../http/errors';
import { pageOf, paging, query, queryIntList } from '../http/params';
import type { ApiApp, EmulatorState } from '../state';
import { addDays, isDate, todayIn } from '../time';
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

  app.get('/activity/:loc/:id{[0-9]+}', (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const activity = state.store.activities.get(parseId(c.req.param('id')) ?? -1);
    if (!activity || activity.locationId !== location.id) throw notFound();
    return ok(c, activityToWire(state.store, activity));
  });
}
