import { anyLocation, requireUser } from '../http/auth';
import { ok } from '../http/envelope';
import { ApiError } from '../http/errors';
import { queryFlag, queryInt } from '../http/params';
import type { ApiApp, EmulatorState } from '../state';
import type { Location } from '../store/types';
import { companyToWire } from '../wire/company';

export function activeStaffCount(state: EmulatorState, locationId: number): number {
  let count = 0;
  for (const member of state.store.staff.values()) {
    if (member.locationId === locationId && !member.fired && !member.removed) count += 1;
  }
  return count;
}

export function companyWire(state: EmulatorState, location: Location) {
  return companyToWire(location, state.clock.nowMs(), activeStaffCount(state, location.id));
}

export function registerCompanyRoutes(app: ApiApp, state: EmulatorState): void {
  app.get('/companies', (c) => {
    let locations = [...state.store.locations.values()].sort((a, b) => a.id - b.id);
    if (queryFlag(c, 'my')) {
      const user = requireUser(c);
      locations = locations.filter((l) => user.locationIds.includes(l.id));
    }
    const id = queryInt(c, 'id', 'company_id', 'location_id');
    if (id !== undefined) locations = locations.filter((l) => l.id === id);
    return ok(
      c,
      locations.map((l) => companyWire(state, l)),
    );
  });

  app.get('/company/:id', (c) => {
    let location: Location;
    try {
      location = anyLocation(state, c.req.param('id'));
    } catch {
      throw new ApiError(404, 'Not found', undefined, { errors: { code: 404, message: 'Not found' } });
    }
    const wire: Record<string, unknown> = companyWire(state, location);
    if (queryFlag(c, 'my')) {
      const user = requireUser(c);
      wire.access = user.locationIds.includes(location.id) ? { settings_access: 1, clients_access: 1 } : null;
    }
    return ok(c, wire);
  });
}
