import type { Context } from 'hono';
import { parseId, userLocation } from '../http/auth';
import { ok } from '../http/envelope';
import { ApiError, notFound } from '../http/errors';
import { queryInt } from '../http/params';
import type { ApiApp, AppEnv, EmulatorState } from '../state';
import type { Service } from '../store/types';
import { categoryToWire, serviceToWire } from '../wire/catalog';
import { memberOf } from './staff';

export function servicesOfLocation(state: EmulatorState, locationId: number): Service[] {
  return [...state.store.services.values()]
    .filter((s) => s.locationId === locationId)
    .sort((a, b) => b.weight - a.weight || a.id - b.id);
}

export function registerServiceRoutes(app: ApiApp, state: EmulatorState): void {
  const list = (c: Context<AppEnv>) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const staffId = queryInt(c, 'staff_id', 'team_member_id', 'master_id');
    const categoryId = queryInt(c, 'category_id');
    if (staffId !== undefined) memberOf(state, location.id, staffId);
    const serviceId = c.req.param('id');
    if (serviceId !== undefined) {
      const service = state.store.services.get(parseId(serviceId) ?? -1);
      if (!service || service.locationId !== location.id) throw notFound();
      return ok(c, serviceToWire(state.store, service, location));
    }
    const services = servicesOfLocation(state, location.id).filter(
      (s) =>
        (staffId === undefined || s.staff.some((l) => l.staffId === staffId)) &&
        (categoryId === undefined || s.categoryId === categoryId),
    );
    return ok(
      c,
      services.map((s) => serviceToWire(state.store, s, location)),
    );
  };
  app.get('/services/:loc', list);
  app.get('/services/:loc/:id', list);
  app.get('/company/:loc/services', list);
  app.get('/company/:loc/services/:id', list);

  const categories = (c: Context<AppEnv>) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const staffId = queryInt(c, 'staff_id', 'team_member_id');
    if (staffId !== undefined) {
      const member = state.store.staff.get(staffId);
      if (!member || member.locationId !== location.id) {
        throw new ApiError(404, 'Team Member not found.', [{ message: 'Team Member not found.' }]);
      }
    }
    const items = [...state.store.categories.values()]
      .filter((cat) => cat.locationId === location.id)
      .sort((a, b) => b.weight - a.weight)
      .map((cat) => categoryToWire(state.store, cat))
      .filter((cat) => staffId === undefined || cat.staff.includes(staffId));
    const id = c.req.param('id');
    if (id !== undefined) {
      const found = items.find((cat) => cat.id === parseId(id));
      if (!found) {
        throw new ApiError(404, 'Service category does not exist.', [
          { message: 'Service category does not exist.' },
        ]);
      }
      return ok(c, found);
    }
    return ok(c, items, 200, { total_count: items.length });
  };
  app.get('/company/:loc/service_categories', categories);
  app.get('/company/:loc/service_categories/:id', categories);
  app.get('/service_categories/:loc', categories);
  app.get('/service_categories/:loc/:id', categories);
}
