import type { Context } from 'hono';
import { parseId, userLocation } from '../http/auth';
import { ok } from '../http/envelope';
import { notFound } from '../http/errors';
import type { ApiApp, AppEnv, EmulatorState } from '../state';
import type { StaffMember } from '../store/types';
import { staffToWire } from '../wire/catalog';

export function staffOfLocation(state: EmulatorState, locationId: number): StaffMember[] {
  return [...state.store.staff.values()]
    .filter((m) => m.locationId === locationId)
    .sort((a, b) => b.weight - a.weight || a.id - b.id);
}

export function memberOf(
  state: EmulatorState,
  locationId: number,
  raw: string | number | undefined,
): StaffMember {
  const id = typeof raw === 'number' ? raw : parseId(raw);
  const member = id === null ? undefined : state.store.staff.get(id);
  if (!member || member.locationId !== locationId) throw notFound('Team Member not found.');
  return member;
}

export function registerStaffRoutes(app: ApiApp, state: EmulatorState): void {
  app.get('/staff/:loc', (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    return ok(
      c,
      staffOfLocation(state, location.id).map((m) => staffToWire(state.store, m)),
    );
  });

  const one = (loc: string, id: string) => (c: Context<AppEnv>) => {
    const location = userLocation(c, state, c.req.param(loc));
    return ok(c, staffToWire(state.store, memberOf(state, location.id, c.req.param(id))));
  };
  app.get('/staff/:loc/:id', one('loc', 'id'));
  app.get('/company/:loc/staff/:id{[0-9]+}', one('loc', 'id'));
}
