import type { LocationRef } from '../../../shared/domain/common';
import type {
  ClientSchedule,
  Enrolment,
  GroupEvent,
  GroupEventInput,
  Schedule,
  ScheduleDayEvent,
  ScheduleDayInput,
  ScheduleInput,
} from '../../../shared/domain/schedule';
import { AltegioError } from './errors';
import { mappingFields } from './fieldNames';
import { createOnce, type Http } from './http';
import { readItems, readList, type ListReading } from './listItems';
import { fetchAllPages } from './paging';
import { gone, noReread, NOT_DONE, reconciled } from './reconcile';
import {
  toClientSchedule,
  toDayBody,
  toDayEvent,
  toEnrolment,
  toGroupEvent,
  toSchedule,
  toScheduleDay,
} from './scheduleWire';

const INCLUDE_DAYS = ['days', 'days.events_master', 'days.events_labels'];
const EVENTS_PAGE_SIZE = 100;
const GROUP_EVENT_FIELDS: Record<string, string> = {
  service_id: 'serviceId',
  staff_id: 'teamMemberId',
  date: 'date',
  length: 'durationSeconds',
  capacity: 'capacity',
};
const SCHEDULE_FIELDS: Record<string, string> = {
  original_entity_id: 'eventId',
  date_end: 'endDate',
  schedule_days_ids: 'dayIds',
  client_id: 'clientId',
  day_of_week: 'weekday',
  events_time: 'time',
  events_duration: 'durationSeconds',
  events_master_id: 'teamMemberId',
  events_capacity: 'capacity',
  labels_ids: 'labelIds',
};

/**
 * Recurrence in Altegio: a schedule repeats a group event weekly on 1–7 weekdays until an end date;
 * clients enrol in some of its days and get an appointment in every future occurrence.
 */
export function createSchedulesApi(http: Http, lists: ListReading = {}) {
  const base = (location: LocationRef) => `/company/${location.id}/schedules`;

  const findByEvent = async (location: LocationRef, eventId: number): Promise<Schedule | null> => {
    try {
      const { data } = await http.request('GET', `${base(location)}/search/activity/${eventId}`, {
        query: { 'include[]': INCLUDE_DAYS },
      });
      return toSchedule(data);
    } catch (error) {
      if (error instanceof AltegioError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  };

  const enrolments = async (location: LocationRef, scheduleId: number): Promise<Enrolment[]> => {
    const { data } = await http.request('GET', `${base(location)}/${scheduleId}/client_schedules`);
    return readList(lists, 'enrolments', data, (item) => toEnrolment(item, location)).flatMap(
      (enrolment) => enrolment ?? [],
    );
  };

  const schedules = <T>(task: () => Promise<T>) => mappingFields(SCHEDULE_FIELDS, task);

  return {
    /** Group events whose local date lies in [from, till], all pages. */
    async groupEvents(
      location: LocationRef,
      range: { from: string; till: string; teamMemberIds?: number[]; serviceIds?: number[] },
    ): Promise<GroupEvent[]> {
      const items = await fetchAllPages(
        http,
        `/activity/${location.id}/search`,
        {
          from: range.from,
          till: range.till,
          'staff_ids[]': range.teamMemberIds,
          'service_ids[]': range.serviceIds,
        },
        EVENTS_PAGE_SIZE,
      );
      return readItems(lists, 'groupEvents', items, (item) => toGroupEvent(item, location));
    },

    async groupEvent(location: LocationRef, eventId: number): Promise<GroupEvent> {
      const { data } = await http.request('GET', `/activity/${location.id}/${eventId}`);
      return toGroupEvent(data, location);
    },

    /**
     * A new group event (the first class of a schedule to come). After an ambiguous failure the day's
     * events are searched for one of the same service, member and start before trying again.
     */
    createGroupEvent: (location: LocationRef, input: GroupEventInput) =>
      mappingFields(GROUP_EVENT_FIELDS, () =>
        createOnce(
          http,
          async () => {
            const { data } = await http.request('POST', `/activity/${location.id}`, {
              body: {
                service_id: input.serviceId,
                staff_id: input.teamMemberId,
                date: `${input.date} ${input.time}:00`,
                length: input.durationSeconds,
                capacity: input.capacity,
              },
            });
            return toGroupEvent(data, location);
          },
          async () => {
            const sameDay = await fetchAllPages(
              http,
              `/activity/${location.id}/search`,
              { from: input.date, till: input.date, 'service_ids[]': [input.serviceId] },
              EVENTS_PAGE_SIZE,
            );
            // A lookup, not a list the desk sees: an unreadable event is logged but not reported.
            const events = readItems({ logger: lists.logger }, 'groupEvents', sameDay, (item) =>
              toGroupEvent(item, location),
            );
            return (
              events.find(
                (event) =>
                  event.teamMemberId === input.teamMemberId && event.start.slice(11, 16) === input.time,
              ) ?? null
            );
          },
        ),
      ),

    /** The schedule built on a group event, or null when the event does not repeat. */
    findByEvent,

    /** Only one schedule can exist per event, so after an ambiguous failure the event is looked up. */
    create: (location: LocationRef, input: ScheduleInput) =>
      schedules(() =>
        createOnce(
          http,
          async () => {
            const { data } = await http.request('POST', base(location), {
              query: { 'include[]': INCLUDE_DAYS },
              body: {
                original_entity_type: 'activity',
                original_entity_id: input.eventId,
                date_end: input.endDate,
                add_clients_from_original_entity: input.copyClients ?? false,
                days: input.days.map(toDayBody),
              },
            });
            return toSchedule(data);
          },
          () => findByEvent(location, input.eventId),
        ),
      ),

    setEndDate: (location: LocationRef, scheduleId: number, endDate: string) =>
      schedules(() =>
        reconciled(async () => {
          const { data } = await http.request('PATCH', `${base(location)}/${scheduleId}`, {
            query: { 'include[]': INCLUDE_DAYS },
            body: { date_end: endDate },
          });
          return toSchedule(data);
        }, noReread),
      ),

    /** Removes the schedule with all its series, events and their appointments. */
    async remove(location: LocationRef, scheduleId: number): Promise<void> {
      await reconciled(
        async () => void (await http.request('DELETE', `${base(location)}/${scheduleId}`)),
        noReread,
      );
    },

    addDay: (location: LocationRef, scheduleId: number, day: ScheduleDayInput) =>
      schedules(() =>
        reconciled(async () => {
          const { data } = await http.request('POST', `${base(location)}/${scheduleId}/days`, {
            body: toDayBody(day),
          });
          return toScheduleDay(data, scheduleId);
        }, noReread),
      ),

    /** `force` overrides manual edits of single occurrences. */
    updateDay: (
      location: LocationRef,
      dayId: number,
      changes: Partial<Omit<ScheduleDayInput, 'weekday'>>,
      force: boolean,
    ) =>
      schedules(() =>
        reconciled(async () => {
          const { data } = await http.request('PATCH', `${base(location)}/days/${dayId}`, {
            body: { force, ...toDayBody(changes) },
          });
          return toScheduleDay(data);
        }, noReread),
      ),

    async removeDay(location: LocationRef, dayId: number): Promise<void> {
      await reconciled(
        async () => void (await http.request('DELETE', `${base(location)}/days/${dayId}`)),
        gone(() => http.request('GET', `${base(location)}/days/${dayId}/events`)),
      );
    },

    async dayEvents(location: LocationRef, dayId: number): Promise<ScheduleDayEvent[]> {
      const { data } = await http.request('GET', `${base(location)}/days/${dayId}/events`);
      return readList(lists, 'scheduleEvents', data, (item) => toDayEvent(item, location));
    },

    /** The schedule's enrolments with their clients (the listing the emulator infers, see its README). */
    enrolments,

    /**
     * Enrols once: after an ambiguous failure the enrolments are read again, and a client found there is
     * not enrolled a second time (the caller then sets the days it wanted).
     */
    enrol: (location: LocationRef, scheduleId: number, clientId: number, dayIds: number[]) =>
      schedules(() =>
        createOnce<ClientSchedule>(
          http,
          async () => {
            const { data } = await http.request('POST', `${base(location)}/${scheduleId}/client_schedules`, {
              body: { client_id: clientId, schedule_days_ids: dayIds },
            });
            return toClientSchedule(data, location);
          },
          async () => {
            const listed = await enrolments(location, scheduleId).catch((error: unknown) => {
              // No listing (it is inferred): nothing to find, so the create is tried again.
              if (error instanceof AltegioError && error.code === 'NOT_FOUND') return [];
              throw error;
            });
            const found = listed.find((e) => e.clientId === clientId);
            return found ? { id: found.id, clientId, finalDay: found.finalDay, dayIds: found.dayIds } : null;
          },
        ),
      ),

    changeDays: (location: LocationRef, scheduleId: number, clientScheduleId: number, dayIds: number[]) =>
      schedules(() =>
        reconciled(
          async () => {
            const { data } = await http.request(
              'PATCH',
              `${base(location)}/${scheduleId}/client_schedules/${clientScheduleId}`,
              { body: { schedule_days_ids: dayIds } },
            );
            return toClientSchedule(data, location);
          },
          async () => {
            const found = (await enrolments(location, scheduleId)).find((e) => e.id === clientScheduleId);
            const same = (a: number[]) => [...a].sort((x, y) => x - y).join(',');
            return found && same(found.dayIds) === same(dayIds)
              ? { id: found.id, clientId: found.clientId, finalDay: found.finalDay, dayIds: found.dayIds }
              : NOT_DONE;
          },
        ),
      ),

    /** Ends the enrolment and removes the client's future appointments of it. */
    async unenrol(location: LocationRef, scheduleId: number, clientScheduleId: number): Promise<void> {
      await reconciled(
        async () =>
          void (await http.request(
            'DELETE',
            `${base(location)}/${scheduleId}/client_schedules/${clientScheduleId}`,
          )),
        gone(
          () => enrolments(location, scheduleId),
          (listed) => !(listed as Enrolment[]).some((e) => e.id === clientScheduleId),
        ),
      );
    },
  };
}

export type SchedulesApi = ReturnType<typeof createSchedulesApi>;
