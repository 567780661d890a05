import { Hono, type Context } from 'hono';
import { authMiddleware } from './http/auth';
import { errorResponse, toApiError } from './http/envelope';
import { notFound } from './http/errors';
import {
  type FaultController,
  type FaultSettings,
  faultMiddleware,
  rateLimitMiddleware,
} from './http/faults';
import { registerActivityRoutes } from './routes/activities';
import { registerAuthRoutes } from './routes/auth';
import { registerBookingRoutes } from './routes/booking';
import { registerBookingUserRoutes } from './routes/bookingUsers';
import { registerClientRoutes } from './routes/clients';
import { registerCommentRoutes } from './routes/comments';
import { registerCompanyRoutes } from './routes/companies';
import { registerCustomFieldRoutes } from './routes/customFields';
import { registerLabelRoutes } from './routes/labels';
import { registerPartnerRoutes } from './routes/partner';
import { registerRecordRoutes } from './routes/records';
import { registerScheduleRoutes } from './routes/schedules';
import { registerServiceRoutes } from './routes/services';
import { registerStaffRoutes } from './routes/staff';
import { registerStaffScheduleRoutes } from './routes/staffSchedule';
import { registerTimetableRoutes } from './routes/timetable';
import { registerVisitRoutes } from './routes/visits';
import type { AppEnv, EmulatorState } from './state';
import { type Right, RIGHTS } from './store/types';

export interface AppHooks {
  /** Called after every successful mutating API request (persistence). */
  onMutation(): void;
  reset(): Promise<void>;
  /** Takes rights from a user (an empty list gives every right back); false when no such login. */
  denyRights(login: string, rights: Right[]): boolean;
  /** Switches a location's online booking; false when no such location. */
  setOnlineBooking(locationId: number, enabled: boolean): boolean;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function onError(error: Error, c: Context<AppEnv>): Response {
  return errorResponse(c, toApiError(error));
}

function controlRoutes(faults: FaultController, hooks: AppHooks): Hono<AppEnv> {
  const control = new Hono<AppEnv>({ strict: false });
  control.use('*', async (c, next) => {
    if (!LOOPBACK.has(c.env.incoming.socket.remoteAddress ?? ''))
      return c.json({ error: 'loopback only' }, 403);
    return next();
  });
  control.get('/health', (c) => c.json({ ok: true }));
  control.get('/faults', (c) => c.json(faults.get()));
  control.post('/faults', async (c) => {
    const body = (await c.req.json().catch(() => null)) as Partial<FaultSettings> | null;
    if (!body || typeof body !== 'object') return c.json({ error: 'JSON object expected' }, 400);
    return c.json(faults.set(body));
  });
  control.delete('/faults', (c) => c.json(faults.clear()));
  control.put('/rights', async (c) => {
    const body = (await c.req.json().catch(() => null)) as { login?: unknown; denied?: unknown } | null;
    const denied = Array.isArray(body?.denied) ? body.denied : null;
    if (typeof body?.login !== 'string' || !denied?.every((right) => RIGHTS.includes(right as Right)))
      return c.json({ error: `{login, denied: [${RIGHTS.join(', ')}]} expected` }, 400);
    if (!hooks.denyRights(body.login, denied as Right[])) return c.json({ error: 'no such login' }, 404);
    return c.json({ ok: true });
  });
  control.put('/online-booking', async (c) => {
    const body = (await c.req.json().catch(() => null)) as { locationId?: unknown; enabled?: unknown } | null;
    if (typeof body?.locationId !== 'number' || typeof body.enabled !== 'boolean')
      return c.json({ error: '{locationId, enabled} expected' }, 400);
    if (!hooks.setOnlineBooking(body.locationId, body.enabled))
      return c.json({ error: 'no such location' }, 404);
    return c.json({ ok: true });
  });
  control.post('/reset', async (c) => {
    await hooks.reset();
    return c.json({ ok: true });
  });
  return control;
}

/** fault injection → rate limit → auth → routes, all under /api/v1; control routes under /__emulator. */
export function createApp(state: EmulatorState, faults: FaultController, hooks: AppHooks): Hono<AppEnv> {
  const app = new Hono<AppEnv>({ strict: false });
  app.onError(onError);
  app.route('/__emulator', controlRoutes(faults, hooks));

  const api = new Hono<AppEnv>({ strict: false });
  api.onError(onError);
  api.use('*', faultMiddleware(faults), rateLimitMiddleware(faults), authMiddleware(state));
  api.use('*', async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.res.status < 400) hooks.onMutation();
  });
  for (const register of [
    registerAuthRoutes,
    registerCompanyRoutes,
    registerStaffRoutes,
    registerServiceRoutes,
    registerTimetableRoutes,
    registerStaffScheduleRoutes,
    registerClientRoutes,
    registerPartnerRoutes,
    registerRecordRoutes,
    registerCustomFieldRoutes,
    registerLabelRoutes,
    registerActivityRoutes,
    registerScheduleRoutes,
    registerVisitRoutes,
    registerCommentRoutes,
    registerBookingRoutes,
    registerBookingUserRoutes,
  ]) {
    register(api, state);
  }
  api.all('*', () => {
    throw notFound();
  });
  app.route('/api/v1', api);
  app.notFound((c) => errorResponse(c, notFound()));
  return app;
}
