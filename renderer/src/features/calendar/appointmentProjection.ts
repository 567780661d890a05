import type { CalendarApi, EventInput, EventSourceFuncArg, EventSourceInput } from '@fullcalendar/core';
import { QueryObserver, type QueryClient } from '@tanstack/react-query';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { GroupEvent } from '../../../../shared/domain/schedule';
import type { WorkingDay } from '../../../../shared/domain/teamMember';
import {
  appointmentsKeys,
  fetchAppointmentRange,
  liveState,
  visibleAppointments,
  type AppointmentRange,
} from '../appointments';
import { fetchWorkingHours, teamKeys, WORKING_HOURS_STALE_MS } from '../team';
import { toEventInput, updateAppointmentEvent } from './appointmentEvent';
import {
  appointmentsOf,
  calendarItems,
  groupMembership,
  isGroupCard,
  itemKey,
  NO_GROUP_INFO,
  sameDays,
  sameItem,
  type AppointmentFilter,
  type CalendarItem,
  type DayRange,
  type GroupInfo,
} from './groupCards';
import { toGroupEventInput, updateGroupEvent } from './groupEvent';
import { localRange } from './rangeOf';
import { offHoursEvents } from './workingHours';

export type { AppointmentFilter } from './groupCards';

export const APPOINTMENT_SOURCE = 'appointments';

interface Shown {
  from: string;
  to: string;
  items: ReadonlyMap<string, CalendarItem>;
  /** Who is booked into each group event of the range (see `groupMembership`). */
  membership: string;
}

function toInput(item: CalendarItem): EventInput {
  return isGroupCard(item) ? toGroupEventInput(item) : toEventInput(item);
}

/** Brings FullCalendar's events from `shown` to `next`, touching only what changed. Returns the count. */
export function applyChanges(
  api: CalendarApi,
  shown: ReadonlyMap<string, CalendarItem>,
  next: ReadonlyMap<string, CalendarItem>,
): number {
  const removed = [...shown.keys()].filter((key) => !next.has(key));
  const changed: CalendarItem[] = [];
  for (const [key, item] of next) if (!sameItem(shown.get(key), item)) changed.push(item);
  if (removed.length === 0 && changed.length === 0) return 0;
  api.batchRendering(() => {
    for (const key of removed) api.getEventById(key)?.remove();
    for (const item of changed) {
      const event = api.getEventById(itemKey(item));
      if (!event) api.addEvent(toInput(item), api.getEventSourceById(APPOINTMENT_SOURCE) ?? true);
      else if (isGroupCard(item)) updateGroupEvent(event, item);
      else updateAppointmentEvent(event, item);
    }
  });
  return removed.length + changed.length;
}

export interface ProjectionDeps {
  queryClient: QueryClient;
  locationId: number;
  zone: string;
  /** The calendar component's ref (read only when there is something to apply). */
  calendar: { readonly current: { getApi(): CalendarApi } | null };
  onError: (error: Error | null) => void;
  /** The days the calendar now shows, once it has them. */
  onShown?: (range: { from: string; to: string }) => void;
  /**
   * Someone booked into or left a group event of the shown days (a poll or a save brought it): the
   * group events' fill, read separately, is out of date.
   */
  onGroupsChanged?: (range: { from: string; to: string }) => void;
}

/**
 * FullCalendar as a view of the appointments cache, never a second owner. A visible range is loaded
 * through the event source (FullCalendar's fastest path for a whole day); after that, every change to the
 * cached range — a poll, a save at this desk, a reload — reaches the calendar as the few events that
 * changed. Changes that land while FullCalendar is still taking a load are applied once it has it.
 *
 * The appointments of a group event are drawn as one card (see groupCards.ts); what the card says beyond
 * its appointments (fill, capacity, whether it repeats) arrives through `setGroupEvents` and
 * `setRepeating`, and reaches only the cards it changes. A group event of the shown days with no
 * appointment yet is drawn from `setGroupEvents` alone, under the same card id, so its first client
 * redraws that card instead of adding a second one.
 */
export class AppointmentProjection {
  private shown: Shown | null = null;
  private loading = false;
  /** Only the latest request of the event source may change what is shown (FullCalendar drops the rest). */
  private latestRequest = 0;
  /** Keeps the shown range in the cache, and tells when it changes. */
  private watching: { stop: () => void } | null = null;
  private filter: AppointmentFilter = null;
  private info: GroupInfo = NO_GROUP_INFO;
  private groupEvents: readonly GroupEvent[] | undefined;

  constructor(private readonly deps: ProjectionDeps) {}

  /**
   * One source for the appointments and the shaded off-hours of the visible range, so FullCalendar lays
   * a range out once. A range already in the cache is handed over at once (polls keep every loaded range
   * current, so there is nothing to reload); another is loaded first.
   */
  readonly sources: EventSourceInput[] = [
    {
      id: APPOINTMENT_SOURCE,
      events: (
        info: EventSourceFuncArg,
        success: (events: EventInput[]) => void,
        failure: (error: Error) => void,
      ) => {
        const { zone, onError } = this.deps;
        const { from, to } = localRange(info.startStr, info.endStr, zone);
        const request = ++this.latestRequest;
        const cached = this.cached(from, to);
        if (cached) {
          onError(null);
          success(this.show(from, to, cached.range, cached.workingDays));
          return;
        }
        this.load(from, to).then(
          ({ range, workingDays }) => {
            if (request !== this.latestRequest) return;
            onError(null);
            success(this.show(from, to, range, workingDays));
          },
          (error: unknown) => {
            if (request !== this.latestRequest) return;
            const problem = error instanceof Error ? error : new Error(String(error));
            onError(problem);
            failure(problem);
          },
        );
      },
    },
  ];

  /** Loads a range (appointments and working hours) into the cache ahead of showing it. */
  load(from: string, to: string): Promise<{ range: AppointmentRange; workingDays: WorkingDay[] }> {
    const { queryClient, locationId } = this.deps;
    return Promise.all([
      fetchAppointmentRange(queryClient, locationId, from, to),
      fetchWorkingHours(queryClient, locationId, from, to),
    ]).then(([range, workingDays]) => ({ range, workingDays }));
  }

  /** FullCalendar's loading callback: hold patches while it takes a load, then catch up. */
  setLoading = (loading: boolean): void => {
    this.loading = loading;
    if (!loading) this.reconcile();
  };

  /** Stops following the cache (the page is going away). */
  dispose(): void {
    this.watching?.stop();
    this.watching = null;
  }

  /**
   * Draws only the appointments that pass `filter` from now on, from what the cache holds: nothing is
   * reloaded, and polls and saves keep flowing through the same filter.
   */
  setFilter(filter: AppointmentFilter): void {
    if (filter === this.filter) return;
    this.filter = filter;
    this.reconcile();
  }

  /**
   * The group events of `days` (capacity, how many are booked); undefined while they load, when the cards
   * count their loaded appointments instead. Empty classes are drawn only from a list of exactly the shown
   * days, so a late answer for other days never adds theirs.
   */
  setGroupEvents(events: readonly GroupEvent[] | undefined, days: DayRange | null): void {
    const listed = events ? days : null;
    if (events === this.groupEvents && sameDays(listed, this.info.days)) return;
    this.groupEvents = events;
    this.info = {
      ...this.info,
      events: new Map((events ?? []).map((event) => [event.id, event])),
      days: listed && { from: listed.from, to: listed.to },
    };
    this.reconcile();
  }

  /** The group events that belong to a schedule (their cards carry the series mark). */
  setRepeating(eventIds: ReadonlySet<number>): void {
    const known = this.info.repeating;
    if (known.size === eventIds.size && [...eventIds].every((id) => known.has(id))) return;
    this.info = { ...this.info, repeating: eventIds };
    this.reconcile();
  }

  /** The appointments the calendar shows now, each client of a class too (for the print sheet). */
  current(): Appointment[] {
    return appointmentsOf(this.shown?.items.values() ?? []);
  }

  /** The local days the calendar shows, once it has shown some. */
  shownRange(): { from: string; to: string } | null {
    return this.shown ? { from: this.shown.from, to: this.shown.to } : null;
  }

  /** The cached range and working hours, when they can be shown as they are. */
  private cached(from: string, to: string) {
    const { queryClient, locationId } = this.deps;
    // Without a live cursor, nothing has kept cached ranges current: load afresh.
    if (!liveState(queryClient, locationId).cursor) return null;
    const range = queryClient.getQueryData<AppointmentRange>(appointmentsKeys.range(locationId, from, to));
    const hoursKey = teamKeys.workingHours(locationId, from, to);
    const workingDays = queryClient.getQueryData<WorkingDay[]>(hoursKey);
    const hoursState = queryClient.getQueryState(hoursKey);
    const hoursFresh = hoursState && Date.now() - hoursState.dataUpdatedAt < WORKING_HOURS_STALE_MS;
    return range && workingDays && hoursFresh ? { range, workingDays } : null;
  }

  private show(from: string, to: string, range: AppointmentRange, workingDays: WorkingDay[]): EventInput[] {
    const visible = visibleAppointments(range);
    const items = calendarItems(visible, this.filter, this.info, { from, to });
    this.shown = { from, to, items, membership: groupMembership(visible) };
    this.watch(from, to);
    this.deps.onShown?.({ from, to });
    return [...offHoursEvents(workingDays, this.deps.zone), ...[...items.values()].map(toInput)];
  }

  /**
   * Observes the shown range's query: while it is shown the cache keeps it (an unobserved query is
   * dropped after a while), and every change to it reaches the calendar. If it is dropped all the same,
   * the calendar loads the range again.
   */
  private watch(from: string, to: string): void {
    this.watching?.stop();
    const { queryClient, locationId } = this.deps;
    const queryKey = appointmentsKeys.range(locationId, from, to);
    const observer = new QueryObserver<AppointmentRange>(queryClient, {
      queryKey,
      queryFn: () => fetchAppointmentRange(queryClient, locationId, from, to),
      enabled: false,
    });
    const stopObserving = observer.subscribe(() => this.reconcile());
    const stopRemovals = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'removed' && event.query.queryHash === observer.getCurrentQuery().queryHash) {
        this.deps.calendar.current?.getApi().refetchEvents();
      }
    });
    this.watching = {
      stop: () => {
        stopObserving();
        stopRemovals();
      },
    };
  }

  private reconcile(): void {
    const api = this.deps.calendar.current?.getApi();
    if (this.loading || !this.shown || !api) return;
    const { queryClient, locationId } = this.deps;
    const range = queryClient.getQueryData<AppointmentRange>(
      appointmentsKeys.range(locationId, this.shown.from, this.shown.to),
    );
    if (!range) return;
    const { from, to, membership } = this.shown;
    const visible = visibleAppointments(range);
    const items = calendarItems(visible, this.filter, this.info, { from, to });
    applyChanges(api, this.shown.items, items);
    this.shown = { from, to, items, membership: groupMembership(visible) };
    if (this.shown.membership !== membership) this.deps.onGroupsChanged?.({ from, to });
  }
}
