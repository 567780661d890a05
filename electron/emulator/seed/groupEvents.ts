import {
  createActivity,
  DAYS_OF_WEEK,
  dayActivities,
  enrolInDays,
  generateDayEvents,
} from '../domain/schedules';
import type { DayOfWeek, Schedule, ScheduleDay } from '../store/types';
import { addDays, isoWeekday, localMinutesToMs, parseHhmm } from '../time';
import type { SeedContext } from './appointments';
import type { SeededLocation } from './locationData';

interface GroupEventSpec {
  serviceTitle: string;
  staffName: string;
  days: DayOfWeek[];
  time: string;
  color: string;
  comment: string;
  enrolments: DayOfWeek[][];
}

const GROUP_EVENTS: GroupEventSpec[] = [
  {
    serviceTitle: 'Styling masterclass (group)',
    staffName: 'Emma Johnson',
    days: ['thu'],
    time: '16:30',
    color: '8e24aa',
    comment: 'Bring your own brushes',
    enrolments: [['thu'], ['thu'], ['thu']],
  },
  {
    serviceTitle: 'Nail art workshop (group)',
    staffName: 'Sophia Nguyen',
    days: ['tue', 'fri'],
    time: '16:00',
    color: '00897b',
    comment: 'Materials included',
    enrolments: [['tue', 'fri'], ['tue'], ['fri'], ['tue']],
  },
];

/**
 * Two weekly group events, each built as Altegio does: an original event, a schedule on it with one
 * day per weekday, the generated occurrences, and clients enrolled through client schedules.
 */
export function seedGroupEvents(ctx: SeedContext, seeded: SeededLocation): void {
  const { store, rng } = ctx;
  const location = seeded.profile.location;
  for (const spec of GROUP_EVENTS) {
    const service = seeded.servicesByTitle.get(spec.serviceTitle);
    const member = seeded.staff.find((m) => m.name === spec.staffName);
    if (!service || !member) continue;
    const firstWeekday = DAYS_OF_WEEK.indexOf(spec.days[0] ?? 'mon') + 1;
    let dateStart = addDays(ctx.today, -21);
    while (isoWeekday(dateStart) !== firstWeekday) dateStart = addDays(dateStart, 1);
    const createdMs = localMinutesToMs(addDays(dateStart, -7), 10 * 60, location.timezone);
    const label = [...store.labels.values()].find((l) => l.locationId === location.id && l.entity === 3);
    const original = createActivity(store, {
      locationId: location.id,
      serviceId: service.id,
      staffId: member.id,
      startMs: localMinutesToMs(dateStart, parseHhmm(spec.time) ?? 0, location.timezone),
      length: service.duration,
      capacity: service.capacity,
      color: spec.color,
      comment: spec.comment,
      labelIds: label ? [label.id] : [],
      scheduleDayId: null,
    });
    const schedule: Schedule = {
      id: store.nextId('schedule'),
      locationId: location.id,
      originalActivityId: original.id,
      dateStart,
      dateEnd: addDays(ctx.today, 28),
      createdMs,
      updatedMs: createdMs,
    };
    store.schedules.set(schedule.id, schedule);
    const days: ScheduleDay[] = spec.days.map((dayOfWeek) => ({
      id: store.nextId('scheduleDay'),
      scheduleId: schedule.id,
      dayOfWeek,
      eventsTime: `${spec.time}:00`,
      eventsDuration: service.duration,
      technicalBreakDuration: 0,
      eventsMasterId: member.id,
      eventsCapacity: service.capacity,
      labelIds: label ? [label.id] : [],
      createdMs,
      updatedMs: createdMs,
    }));
    for (const day of days) {
      store.scheduleDays.set(day.id, day);
      generateDayEvents(store, schedule, day, dateStart);
    }
    const clients = [...seeded.clients];
    for (const enrolledDays of spec.enrolments) {
      const client = clients.splice(rng.int(0, clients.length - 1), 1)[0];
      if (!client) break;
      const enrolment = {
        id: store.nextId('clientSchedule'),
        scheduleId: schedule.id,
        clientId: client.id,
        dayIds: days.filter((d) => enrolledDays.includes(d.dayOfWeek)).map((d) => d.id),
        createdMs,
        updatedMs: createdMs,
      };
      store.clientSchedules.set(enrolment.id, enrolment);
      enrolInDays(store, enrolment, enrolment.dayIds, 0, { createdMs, changedMs: createdMs });
    }
    markPastAttendance(ctx, days);
  }
}

function markPastAttendance(ctx: SeedContext, days: ScheduleDay[]): void {
  for (const day of days) {
    for (const activity of dayActivities(ctx.store, day.id)) {
      if (activity.startMs + activity.length * 1000 > ctx.nowMs) continue;
      for (const record of ctx.store.recordsOfStaff(activity.staffId, activity.local.slice(0, 10))) {
        if (record.activityId !== activity.id) continue;
        record.attendance = ctx.rng.chance(0.9) ? 1 : -1;
        record.confirmed = true;
      }
    }
  }
}
