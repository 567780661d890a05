import type { Store } from '../store/store';
import type { Activity, ClientSchedule, DayOfWeek, Schedule, ScheduleDay } from '../store/types';
import { addDays, daysBetween, isoWeekday, localMinutesToMs, msToLocal, parseHhmm } from '../time';
import { type CreateTimes, createRecord, deleteRecord, locationOf, serviceLine } from './records';

export const DAYS_OF_WEEK: DayOfWeek[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export function createActivity(store: Store, activity: Omit<Activity, 'id' | 'local'>): Activity {
  const zone = locationOf(store, activity.locationId).timezone;
  const created: Activity = {
    ...activity,
    id: store.nextId('activity'),
    local: msToLocal(activity.startMs, zone),
  };
  store.activities.set(created.id, created);
  return created;
}

export function activityRecords(store: Store, activity: Activity) {
  return store
    .recordsOfLocation(activity.locationId, activity.local.slice(0, 10), activity.local.slice(0, 10))
    .filter((record) => record.activityId === activity.id && !record.deleted);
}

export function dayActivities(store: Store, dayId: number): Activity[] {
  return [...store.activities.values()]
    .filter((activity) => activity.scheduleDayId === dayId)
    .sort((a, b) => a.startMs - b.startMs);
}

/** Creates the weekly events of a schedule day from `fromDate` (local) up to the schedule's `date_end`. */
export function generateDayEvents(
  store: Store,
  schedule: Schedule,
  day: ScheduleDay,
  fromDate: string,
): Activity[] {
  const location = locationOf(store, schedule.locationId);
  const original = store.activities.get(schedule.originalActivityId);
  const minutes = parseHhmm(day.eventsTime) ?? 0;
  const weekday = DAYS_OF_WEEK.indexOf(day.dayOfWeek) + 1;
  const first = fromDate > schedule.dateStart ? fromDate : schedule.dateStart;
  const existing = new Set(dayActivities(store, day.id).map((a) => a.local.slice(0, 10)));
  const created: Activity[] = [];
  for (let i = 0; i <= daysBetween(first, schedule.dateEnd); i += 1) {
    const date = addDays(first, i);
    if (isoWeekday(date) !== weekday || existing.has(date)) continue;
    const startMs = localMinutesToMs(date, minutes, location.timezone);
    if (original && original.startMs === startMs && original.scheduleDayId === null) {
      original.scheduleDayId = day.id;
      continue;
    }
    created.push(
      createActivity(store, {
        locationId: schedule.locationId,
        serviceId: original?.serviceId ?? 0,
        staffId: day.eventsMasterId,
        startMs,
        length: day.eventsDuration + day.technicalBreakDuration,
        capacity: day.eventsCapacity,
        color: original?.color ?? '',
        comment: original?.comment ?? '',
        labelIds: [...day.labelIds],
        scheduleDayId: day.id,
      }),
    );
  }
  return created;
}

/** Removes the events of a day starting at or after `fromMs`, with their appointments. */
export function removeDayEvents(store: Store, dayId: number, fromMs: number): void {
  for (const activity of dayActivities(store, dayId)) {
    if (activity.startMs < fromMs) continue;
    for (const record of activityRecords(store, activity)) deleteRecord(store, record);
    store.activities.delete(activity.id);
  }
}

/** Creates the enrolled client's appointments in the future events of the given days. */
export function enrolInDays(
  store: Store,
  enrolment: ClientSchedule,
  dayIds: number[],
  fromMs: number,
  times?: CreateTimes,
): void {
  for (const dayId of dayIds) {
    for (const activity of dayActivities(store, dayId)) {
      if (activity.startMs < fromMs) continue;
      const records = activityRecords(store, activity);
      if (records.some((r) => r.clientId === enrolment.clientId)) continue;
      if (records.length >= activity.capacity) continue;
      const service = store.services.get(activity.serviceId);
      createRecord(
        store,
        {
          locationId: activity.locationId,
          staffId: activity.staffId,
          clientId: enrolment.clientId,
          services: service ? [serviceLine(service)] : [],
          startMs: activity.startMs,
          seanceLength: activity.length,
          activityId: activity.id,
          clientScheduleId: enrolment.id,
          confirmed: true,
        },
        times && { ...times },
      );
    }
  }
}

/** Deletes the enrolment's future appointments in the given days. */
export function unenrolFromDays(
  store: Store,
  enrolment: ClientSchedule,
  dayIds: number[],
  fromMs: number,
): void {
  for (const dayId of dayIds) {
    for (const activity of dayActivities(store, dayId)) {
      if (activity.startMs < fromMs) continue;
      for (const record of activityRecords(store, activity)) {
        if (record.clientScheduleId === enrolment.id) deleteRecord(store, record);
      }
    }
  }
}

/** The last occurrence among the enrolled days, as "YYYY-MM-DD HH:MM:SS" (or the schedule end). */
export function finalDay(store: Store, schedule: Schedule, enrolment: ClientSchedule): string {
  const last = enrolment.dayIds
    .flatMap((dayId) => dayActivities(store, dayId))
    .reduce<Activity | null>((latest, a) => (!latest || a.startMs > latest.startMs ? a : latest), null);
  return last ? last.local : `${schedule.dateEnd} 23:59:59`;
}
