import type { Context } from 'hono';
import { createRecord, serviceLine } from '../domain/records';
import {
  activityRecords,
  DAYS_OF_WEEK,
  dayActivities,
  enrolInDays,
  generateDayEvents,
  removeDayEvents,
} from '../domain/schedules';
import { parseId, userLocation } from '../http/auth';
import { noContent, ok } from '../http/envelope';
import { FieldCollector, invalid, notFound } from '../http/errors';
import { asBool, asInt, isObject, type JsonObject, queryList, readBody } from '../http/params';
import type { ApiApp, AppEnv, EmulatorState } from '../state';
import type { Activity, DayOfWeek, Location, Schedule, ScheduleDay } from '../store/types';
import { addDays, hhmm, isDate, localMinutesToMs, parseHhmm, todayIn } from '../time';
import { dayEventToWire, dayToWire, scheduleDays, scheduleToWire } from '../wire/events';
import { registerClientScheduleRoutes } from './clientSchedules';

type DaySpec = Omit<ScheduleDay, 'id' | 'scheduleId' | 'createdMs' | 'updatedMs'>;

/** Validates one schedule day body; `base` supplies defaults for a PATCH. */
export function parseDay(
  state: EmulatorState,
  location: Location,
  raw: unknown,
  prefix: string,
  errors: FieldCollector,
  base?: ScheduleDay,
): DaySpec | null {
  if (!isObject(raw)) {
    errors.add(prefix || 'day', 'A day object is required.');
    return null;
  }
  const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const dayOfWeek = (raw.day_of_week ?? base?.dayOfWeek) as DayOfWeek;
  if (!DAYS_OF_WEEK.includes(dayOfWeek)) errors.add(field('day_of_week'), 'Must be one of mon…sun.');
  const masterId = asInt(raw.events_master_id) ?? base?.eventsMasterId;
  const member = masterId === undefined ? undefined : state.store.staff.get(masterId);
  if (!member || member.locationId !== location.id)
    errors.add(field('events_master_id'), 'Unknown team member.');
  const time = typeof raw.events_time === 'string' ? raw.events_time : base?.eventsTime;
  const minutes = time === undefined ? null : parseHhmm(time);
  if (minutes === null || minutes >= 24 * 60) errors.add(field('events_time'), 'Must be HH:MM:SS.');
  const duration = asInt(raw.events_duration) ?? base?.eventsDuration;
  if (duration === undefined || duration <= 0)
    errors.add(field('events_duration'), 'Must be a positive number of seconds.');
  const capacity = asInt(raw.events_capacity) ?? base?.eventsCapacity ?? 1;
  if (capacity < 1) errors.add(field('events_capacity'), 'Must be at least 1.');
  const labelIds = Array.isArray(raw.labels_ids)
    ? raw.labels_ids.flatMap((id) => asInt(id) ?? [])
    : (base?.labelIds ?? []);
  return {
    dayOfWeek,
    eventsTime: `${hhmm(minutes ?? 0)}:00`,
    eventsDuration: duration ?? 0,
    technicalBreakDuration: base?.technicalBreakDuration ?? 0,
    eventsMasterId: masterId ?? 0,
    eventsCapacity: capacity,
    labelIds,
  };
}

function addDay(state: EmulatorState, schedule: Schedule, spec: DaySpec, fromDate: string): ScheduleDay {
  const now = state.store.nextChangeMs();
  const day: ScheduleDay = {
    ...spec,
    id: state.store.nextId('scheduleDay'),
    scheduleId: schedule.id,
    createdMs: now,
    updatedMs: now,
  };
  state.store.scheduleDays.set(day.id, day);
  generateDayEvents(state.store, schedule, day, fromDate);
  return day;
}

/** Copies the original event's participants into every new future event. */
function copyOriginalClients(state: EmulatorState, original: Activity, events: Activity[]): void {
  const participants = activityRecords(state.store, original);
  for (const event of events) {
    if (event.startMs < state.clock.nowMs()) continue;
    for (const record of participants) {
      createRecord(state.store, {
        locationId: event.locationId,
        staffId: event.staffId,
        clientId: record.clientId,
        services: record.services.map((s) => ({ ...s })),
        startMs: event.startMs,
        seanceLength: event.length,
        activityId: event.id,
      });
    }
  }
}

export function registerScheduleRoutes(app: ApiApp, state: EmulatorState): void {
  const base = '/company/:loc/schedules';
  const scheduleOf = (c: Context<AppEnv>) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const schedule = state.store.schedules.get(parseId(c.req.param('scheduleId')) ?? -1);
    if (!schedule || schedule.locationId !== location.id) throw notFound();
    return { location, schedule };
  };
  const dayOf = (c: Context<AppEnv>) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const day = state.store.scheduleDays.get(parseId(c.req.param('dayId')) ?? -1);
    const schedule = day && state.store.schedules.get(day.scheduleId);
    if (!day || !schedule || schedule.locationId !== location.id) throw notFound();
    return { location, schedule, day };
  };
  const include = (c: Context<AppEnv>) => queryList(c, 'include');
  const today = (location: Location) => todayIn(location.timezone, state.clock.nowMs());

  app.get(`${base}/search/:type/:entityId`, (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    if (c.req.param('type') !== 'activity')
      throw invalid({ entity_type: ['Only activity schedules are supported.'] });
    const activity = state.store.activities.get(parseId(c.req.param('entityId')) ?? -1);
    if (!activity || activity.locationId !== location.id) throw notFound();
    const dayScheduleId =
      activity.scheduleDayId === null
        ? undefined
        : state.store.scheduleDays.get(activity.scheduleDayId)?.scheduleId;
    const schedule = [...state.store.schedules.values()].find(
      (s) => s.originalActivityId === activity.id || s.id === dayScheduleId,
    );
    if (!schedule) throw notFound();
    return ok(c, scheduleToWire(state.store, schedule, location, include(c)));
  });

  app.post(base, async (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const body: JsonObject = await readBody(c);
    const errors = new FieldCollector();
    if (body.original_entity_type !== 'activity')
      errors.add('original_entity_type', 'Only activity is supported.');
    const original = state.store.activities.get(asInt(body.original_entity_id) ?? -1);
    if (!original || original.locationId !== location.id)
      errors.add('original_entity_id', 'Unknown group event.');
    else if (
      [...state.store.schedules.values()].some((s) => s.originalActivityId === original.id) ||
      original.scheduleDayId !== null
    ) {
      errors.add('original_entity_id', 'The group event already has a schedule.');
    }
    const dateStart = original?.local.slice(0, 10) ?? today(location);
    const dateEnd = typeof body.date_end === 'string' ? body.date_end : '';
    if (!isDate(dateEnd) || dateEnd < dateStart || dateEnd > addDays(dateStart, 366)) {
      errors.add('date_end', 'Must be a date (YYYY-MM-DD) within a year after the event.');
    }
    const rawDays = Array.isArray(body.days) ? body.days : [];
    if (rawDays.length < 1 || rawDays.length > 7) errors.add('days', 'Between 1 and 7 days are required.');
    const specs = rawDays.map((raw, i) => parseDay(state, location, raw, `days.${i}`, errors));
    if (new Set(specs.map((s) => s?.dayOfWeek)).size !== specs.length)
      errors.add('days', 'Each weekday may appear once.');
    errors.throwIfAny();
    if (!original) throw notFound();
    const now = state.store.nextChangeMs();
    const schedule: Schedule = {
      id: state.store.nextId('schedule'),
      locationId: location.id,
      originalActivityId: original.id,
      dateStart,
      dateEnd,
      createdMs: now,
      updatedMs: now,
    };
    state.store.schedules.set(schedule.id, schedule);
    for (const spec of specs) {
      if (!spec) continue;
      const day = addDay(state, schedule, spec, dateStart);
      if (asBool(body.add_clients_from_original_entity)) {
        copyOriginalClients(
          state,
          original,
          dayActivities(state.store, day.id).filter((a) => a.id !== original.id),
        );
      }
    }
    return ok(c, scheduleToWire(state.store, schedule, location, ['days', ...include(c)]), 201);
  });

  app.patch(`${base}/:scheduleId{[0-9]+}`, async (c) => {
    const { location, schedule } = scheduleOf(c);
    const body = await readBody(c);
    const dateEnd = typeof body.date_end === 'string' ? body.date_end : '';
    if (!isDate(dateEnd) || dateEnd < schedule.dateStart)
      throw invalid({ date_end: ['Must be a date after the start.'] });
    const shortened = dateEnd < schedule.dateEnd;
    schedule.dateEnd = dateEnd;
    schedule.updatedMs = state.store.nextChangeMs();
    for (const day of scheduleDays(state.store, schedule.id)) {
      if (shortened)
        removeDayEvents(state.store, day.id, localMinutesToMs(addDays(dateEnd, 1), 0, location.timezone));
      else generateDayEvents(state.store, schedule, day, today(location));
    }
    // Clients enrolled in a series follow it into the dates an extension adds (inferred).
    if (!shortened) {
      for (const enrolment of state.store.clientSchedules.values()) {
        if (enrolment.scheduleId === schedule.id)
          enrolInDays(state.store, enrolment, enrolment.dayIds, state.clock.nowMs());
      }
    }
    return ok(c, scheduleToWire(state.store, schedule, location, include(c)));
  });

  app.delete(`${base}/:scheduleId{[0-9]+}`, (c) => {
    const { schedule } = scheduleOf(c);
    // The original event stays (with its participants); everything the schedule generated goes.
    const original = state.store.activities.get(schedule.originalActivityId);
    if (original) original.scheduleDayId = null;
    for (const day of scheduleDays(state.store, schedule.id)) {
      removeDayEvents(state.store, day.id, -Infinity);
      state.store.scheduleDays.delete(day.id);
    }
    for (const enrolment of state.store.clientSchedules.values()) {
      if (enrolment.scheduleId === schedule.id) state.store.clientSchedules.delete(enrolment.id);
    }
    state.store.schedules.delete(schedule.id);
    return noContent(c);
  });

  app.post(`${base}/:scheduleId{[0-9]+}/days`, async (c) => {
    const { location, schedule } = scheduleOf(c);
    const errors = new FieldCollector();
    const spec = parseDay(state, location, await readBody(c), '', errors);
    if (spec && scheduleDays(state.store, schedule.id).some((d) => d.dayOfWeek === spec.dayOfWeek)) {
      errors.add('day_of_week', 'The schedule already has this weekday.');
    }
    errors.throwIfAny();
    if (!spec) throw invalid({ day: ['A day object is required.'] });
    const day = addDay(state, schedule, spec, today(location));
    return ok(c, dayToWire(state.store, day, location, include(c)), 201);
  });

  registerDayEditRoutes(app, state, base, dayOf, include);
  registerClientScheduleRoutes(app, state, base, scheduleOf);
}

function registerDayEditRoutes(
  app: ApiApp,
  state: EmulatorState,
  base: string,
  dayOf: (c: Context<AppEnv>) => { location: Location; schedule: Schedule; day: ScheduleDay },
  include: (c: Context<AppEnv>) => string[],
): void {
  app.patch(`${base}/days/:dayId{[0-9]+}`, async (c) => {
    const { location, schedule, day } = dayOf(c);
    const body = await readBody(c);
    const errors = new FieldCollector();
    if (typeof body.force !== 'boolean')
      errors.add('force', 'The force field is required (true to override manual edits).');
    const spec = parseDay(state, location, { ...body, day_of_week: day.dayOfWeek }, '', errors, day);
    errors.throwIfAny();
    if (!spec) throw invalid({ day: ['A day object is required.'] });
    // Rebuild the future occurrences with the new time, member, length and capacity; their participants move along.
    const fromMs = state.clock.nowMs();
    const participants = new Map<string, number[]>();
    for (const activity of dayActivities(state.store, day.id)) {
      if (activity.startMs < fromMs) continue;
      participants.set(
        activity.local.slice(0, 10),
        activityRecords(state.store, activity).flatMap((r) => r.clientId ?? []),
      );
    }
    removeDayEvents(state.store, day.id, fromMs);
    Object.assign(day, spec, { updatedMs: state.store.nextChangeMs() });
    for (const event of generateDayEvents(state.store, schedule, day, todayIn(location.timezone, fromMs))) {
      const service = state.store.services.get(event.serviceId);
      for (const clientId of participants.get(event.local.slice(0, 10)) ?? []) {
        const enrolment = [...state.store.clientSchedules.values()].find(
          (e) => e.scheduleId === schedule.id && e.clientId === clientId && e.dayIds.includes(day.id),
        );
        createRecord(state.store, {
          locationId: event.locationId,
          staffId: event.staffId,
          clientId,
          services: service ? [serviceLine(service)] : [],
          startMs: event.startMs,
          seanceLength: event.length,
          activityId: event.id,
          clientScheduleId: enrolment?.id ?? null,
          confirmed: true,
        });
      }
    }
    return ok(c, dayToWire(state.store, day, location, include(c)));
  });

  app.delete(`${base}/days/:dayId{[0-9]+}`, (c) => {
    const { day } = dayOf(c);
    removeDayEvents(state.store, day.id, state.clock.nowMs());
    state.store.scheduleDays.delete(day.id);
    for (const enrolment of state.store.clientSchedules.values()) {
      enrolment.dayIds = enrolment.dayIds.filter((id) => id !== day.id);
    }
    return noContent(c);
  });

  app.get(`${base}/days/:dayId{[0-9]+}/events`, (c) => {
    const { location, day } = dayOf(c);
    const events = dayActivities(state.store, day.id).map((a) => dayEventToWire(state.store, a, location));
    return ok(c, events, 200, { count: events.length });
  });
}
