import type { Context } from 'hono';
import { enrolInDays, unenrolFromDays } from '../domain/schedules';
import { parseId } from '../http/auth';
import { noContent, ok } from '../http/envelope';
import { FieldCollector, notFound } from '../http/errors';
import { asInt, type JsonObject, readBody } from '../http/params';
import type { ApiApp, AppEnv, EmulatorState } from '../state';
import type { ClientSchedule, Location, Schedule } from '../store/types';
import { clientScheduleToWire } from '../wire/events';

type ScheduleOf = (c: Context<AppEnv>) => { location: Location; schedule: Schedule };

/** `schedule_days_ids`: 1–7 distinct day ids of this schedule. */
function parseDayIds(
  state: EmulatorState,
  schedule: Schedule,
  body: JsonObject,
  errors: FieldCollector,
): number[] {
  const raw = body.schedule_days_ids;
  const ids = Array.isArray(raw) ? raw.map(asInt) : [];
  if (!Array.isArray(raw) || ids.length < 1 || ids.length > 7) {
    errors.add('schedule_days_ids', 'Between 1 and 7 schedule day ids are required.');
    return [];
  }
  const valid = ids.every(
    (id) => id !== undefined && state.store.scheduleDays.get(id)?.scheduleId === schedule.id,
  );
  if (!valid) errors.add('schedule_days_ids', 'Every id must be a day of this schedule.');
  if (new Set(ids).size !== ids.length) errors.add('schedule_days_ids', 'Day ids must be distinct.');
  return ids.filter((id): id is number => id !== undefined);
}

/** Enrolments: creating, changing and removing them creates and removes the client's future appointments. */
export function registerClientScheduleRoutes(
  app: ApiApp,
  state: EmulatorState,
  base: string,
  scheduleOf: ScheduleOf,
) {
  const path = `${base}/:scheduleId{[0-9]+}/client_schedules`;
  const enrolmentOf = (c: Context<AppEnv>) => {
    const { location, schedule } = scheduleOf(c);
    const enrolment = state.store.clientSchedules.get(parseId(c.req.param('id')) ?? -1);
    if (!enrolment || enrolment.scheduleId !== schedule.id) throw notFound();
    return { location, schedule, enrolment };
  };

  app.post(path, async (c) => {
    const { location, schedule } = scheduleOf(c);
    const body = await readBody(c);
    const errors = new FieldCollector();
    const client = state.store.clients.get(asInt(body.client_id) ?? -1);
    if (!client || client.locationId !== location.id || client.deleted)
      errors.add('client_id', 'Unknown client.');
    const dayIds = parseDayIds(state, schedule, body, errors);
    errors.throwIfAny();
    const now = state.store.nextChangeMs();
    const enrolment: ClientSchedule = {
      id: state.store.nextId('clientSchedule'),
      scheduleId: schedule.id,
      clientId: client?.id ?? 0,
      dayIds,
      createdMs: now,
      updatedMs: now,
    };
    state.store.clientSchedules.set(enrolment.id, enrolment);
    enrolInDays(state.store, enrolment, dayIds, state.clock.nowMs());
    return ok(c, clientScheduleToWire(state.store, enrolment, schedule, location), 201);
  });

  app.patch(`${path}/:id{[0-9]+}`, async (c) => {
    const { location, schedule, enrolment } = enrolmentOf(c);
    const errors = new FieldCollector();
    const dayIds = parseDayIds(state, schedule, await readBody(c), errors);
    errors.throwIfAny();
    const nowMs = state.clock.nowMs();
    unenrolFromDays(
      state.store,
      enrolment,
      enrolment.dayIds.filter((id) => !dayIds.includes(id)),
      nowMs,
    );
    enrolInDays(
      state.store,
      enrolment,
      dayIds.filter((id) => !enrolment.dayIds.includes(id)),
      nowMs,
    );
    enrolment.dayIds = dayIds;
    enrolment.updatedMs = state.store.nextChangeMs();
    return ok(c, clientScheduleToWire(state.store, enrolment, schedule, location));
  });

  app.delete(`${path}/:id{[0-9]+}`, (c) => {
    const { enrolment } = enrolmentOf(c);
    unenrolFromDays(state.store, enrolment, enrolment.dayIds, state.clock.nowMs());
    state.store.clientSchedules.delete(enrolment.id);
    return noContent(c);
  });
}
