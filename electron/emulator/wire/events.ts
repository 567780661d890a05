import { activityRecords, dayActivities, finalDay } from '../domain/schedules';
import type { Store } from '../store/store';
import type { Activity, ClientSchedule, Location, Schedule, ScheduleDay } from '../store/types';
import { formatDatetime } from '../time';

function labelsBrief(store: Store, ids: number[]) {
  return ids.flatMap((id) => {
    const label = store.labels.get(id);
    return label
      ? [{ id: label.id, title: label.title, icon: label.icon, color: label.color, font_color: '#ffffff' }]
      : [];
  });
}

function masterBrief(store: Store, staffId: number) {
  const member = store.staff.get(staffId);
  if (!member) return null;
  const position = member.positionId === null ? undefined : store.positions.get(member.positionId);
  return {
    id: member.id,
    name: member.name,
    company_id: member.locationId,
    specialization: member.specialization,
    avatar: member.avatar,
    avatar_big: member.avatar,
    position: position ? { id: position.id, title: position.title } : [],
    is_paid_staff: false,
  };
}

export function activityToWire(store: Store, activity: Activity) {
  const service = store.services.get(activity.serviceId);
  const member = store.staff.get(activity.staffId);
  return {
    id: activity.id,
    company_id: activity.locationId,
    service_id: activity.serviceId,
    staff_id: activity.staffId,
    date: activity.local,
    timestamp: Math.floor(activity.startMs / 1000),
    length: activity.length,
    capacity: activity.capacity,
    color: activity.color,
    instructions: '',
    stream_link: '',
    notified: 0,
    comment: activity.comment,
    records_count: activityRecords(store, activity).length,
    font_color: '#ffffff',
    service: service ? { id: service.id, title: service.title, category_id: service.categoryId } : null,
    staff: member
      ? {
          id: member.id,
          name: member.name,
          company_id: member.locationId,
          specialization: member.specialization,
        }
      : null,
    resource_instances: [],
    labels: labelsBrief(store, activity.labelIds),
  };
}

export function dayEventToWire(store: Store, activity: Activity, location: Location) {
  return {
    id: activity.id,
    timetable_event_schedule_day_id: activity.scheduleDayId,
    event_status: 'stable',
    event_datetime: formatDatetime(activity.startMs, location.timezone),
    event_entity_type: 'activity',
    event_entity_id: activity.id,
    is_entity_datetime_changed: false,
    is_entity_master_changed: false,
    is_entity_duration_changed: false,
    is_entity_labels_changed: false,
    is_entity_resource_instances_changed: false,
    entity_master: masterBrief(store, activity.staffId),
    entity_datetime: activity.local,
    entity_duration: activity.length,
    entity_labels: labelsBrief(store, activity.labelIds),
    entity_resource_instances: [],
  };
}

/** `include[]` values select nested objects, as the real API does. */
export function dayToWire(store: Store, day: ScheduleDay, location: Location, include: string[]) {
  const stamp = (ms: number) => formatDatetime(ms, location.timezone);
  const wire: Record<string, unknown> = {
    id: day.id,
    created_at: stamp(day.createdMs),
    updated_at: stamp(day.updatedMs),
    deleted_at: null,
    timetable_event_schedule_id: day.scheduleId,
    day_of_week: day.dayOfWeek,
    events_time: day.eventsTime,
    events_duration: day.eventsDuration,
    event_technical_break_duration: day.technicalBreakDuration,
    events_master_id: day.eventsMasterId,
    events_capacity: day.eventsCapacity,
    labels_ids: day.labelIds,
    resource_instances_ids: [],
  };
  const has = (name: string) => include.includes(name) || include.includes(`days.${name}`);
  if (has('events_master')) wire.events_master = masterBrief(store, day.eventsMasterId);
  if (has('events_labels'))
    wire.events_labels = labelsBrief(store, day.labelIds).map(({ id, title, color }) => ({
      id,
      title,
      color,
    }));
  if (has('events_resource_instances')) wire.events_resource_instances = [];
  if (has('events'))
    wire.events = dayActivities(store, day.id).map((a) => dayEventToWire(store, a, location));
  return wire;
}

export function scheduleDays(store: Store, scheduleId: number): ScheduleDay[] {
  return [...store.scheduleDays.values()]
    .filter((d) => d.scheduleId === scheduleId)
    .sort((a, b) => a.id - b.id);
}

export function scheduleToWire(store: Store, schedule: Schedule, location: Location, include: string[]) {
  const wire: Record<string, unknown> = {
    id: schedule.id,
    created_at: formatDatetime(schedule.createdMs, location.timezone),
    updated_at: formatDatetime(schedule.updatedMs, location.timezone),
    deleted_at: null,
    original_entity_type: 'activity',
    original_entity_id: schedule.originalActivityId,
    date_start: schedule.dateStart,
    date_end: schedule.dateEnd,
  };
  if (include.includes('days')) {
    wire.days = scheduleDays(store, schedule.id).map((d) => dayToWire(store, d, location, include));
  }
  return wire;
}

export function clientBriefOf(store: Store, clientId: number) {
  const client = store.clients.get(clientId);
  return client ? { id: client.id, name: client.name, phone: client.phone } : null;
}

export function clientScheduleToWire(
  store: Store,
  enrolment: ClientSchedule,
  schedule: Schedule,
  location: Location,
) {
  return {
    id: enrolment.id,
    client_id: enrolment.clientId,
    loyalty_abonement_id: null,
    final_day: finalDay(store, schedule, enrolment),
    days: enrolment.dayIds.flatMap((id) => {
      const day = store.scheduleDays.get(id);
      return day ? [dayToWire(store, day, location, ['events_master', 'events_labels'])] : [];
    }),
  };
}
