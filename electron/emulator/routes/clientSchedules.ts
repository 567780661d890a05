import type { Context } from 'hono';
import { activityRecords, dayActivities, enrolInDays, unenrolFromDays } from '../domain/schedules';
import { parseId } from '../http/auth';
import { noContent, ok } from '../http/envelope';
import { FieldCollector, notFound } from '../http/errors';
import { asInt, type JsonObject, readBody } from '../http/params';
import type { ApiApp, AppEnv, EmulatorState } from '../state';
import type { ClientSchedule, Location, Schedule } from '../store/types';
import { clientBriefOf, clientScheduleToWire } from '../wire/events';

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

/**
 * A series whose every future occurrence is at capacity cannot take another client (the client already
 * in one is not counted twice). Occurrences that are full one by one are skipped when appointments are made.
 */
function checkRoom(state: EmulatorState, dayIds: number[], clientId: number, errors: FieldCollector): void {
  const nowMs = state.clock.nowMs();
  for (const dayId of dayIds) {
    const future = dayActivities(state.store, dayId).filter((a) => a.startMs >= nowMs);
    const full = future.every((activity) => {
      const records = activityRecords(state.store, activity);
      return records.length >= activity.capacity && !records.some((r) => r.clientId === clientId);
    });
    const day = state.store.scheduleDays.get(dayId);
    if (future.length > 0 && full && day)
      errors.add('schedule_days_ids', `The ${day.dayOfWeek} series is full.`);
  }
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

  // Emulator-only listing (inferred): the documented calls need a client schedule's id, and only the
  // POST that made it returns one. The items are the POST's shape plus the client's brief.
  app.get(path, (c) => {
    const { location, schedule } = scheduleOf(c);
    if (!state.options.listsClientSchedules) throw notFound();
    const enrolments = [...state.store.clientSchedules.values()]
      .filter((enrolment) => enrolment.scheduleId === schedule.id)
      .sort((a, b) => a.id - b.id)
      .map((enrolment) => ({
        ...clientScheduleToWire(state.store, enrolment, schedule, location),
        client: clientBriefOf(state.store, enrolment.clientId),
      }));
    return ok(c, enrolments, 200, { count: enrolments.length });
  });

  app.post(path, async (c) => {
    const { location, schedule } = scheduleOf(c);
    const body = await readBody(c);
    const errors = new FieldCollector();
    const client = state.store.clients.get(asInt(body.client_id) ?? -1);
    if (!client || client.deleted) errors.add('client_id', 'Unknown client.');
    else if (client.locationId !== location.id)
      errors.add('client_id', 'The client belongs to another location.');
    else if (
      [...state.store.clientSchedules.values()].some(
        (e) => e.scheduleId === schedule.id && e.clientId === client.id,
      )
    )
      errors.add('client_id', 'The client is already enrolled in this schedule.');
    const dayIds = parseDayIds(state, schedule, body, errors);
    if (client) checkRoom(state, dayIds, client.id, errors);
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
    const added = dayIds.filter((id) => !enrolment.dayIds.includes(id));
    checkRoom(state, added, enrolment.clientId, errors);
    errors.throwIfAny();
    const nowMs = state.clock.nowMs();
    unenrolFromDays(
      state.store,
      enrolment,
      enrolment.dayIds.filter((id) => !dayIds.includes(id)),
      nowMs,
    );
    enrolInDays(state.store, enrolment, added, nowMs);
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
