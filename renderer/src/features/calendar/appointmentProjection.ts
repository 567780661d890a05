import type { CalendarApi, EventSourceFuncArg, EventSourceInput } from '@fullcalendar/core';
import type { QueryClient } from '@tanstack/react-query';
import type { Appointment } from '../../../../shared/domain/appointment';
import {
  appointmentsKeys,
  fetchAppointmentRange,
  visibleAppointments,
  type AppointmentRange,
} from '../appointments';
import { fetchWorkingHours } from '../team';
import { eventClasses, toEventInput } from './appointmentEvent';
import { localRange } from './rangeOf';
import { offHoursEvents } from './workingHours';

export const APPOINTMENT_SOURCE = 'appointments';

interface Shown {
  from: string;
  to: string;
  byId: Map<number, Appointment>;
}

/** Brings FullCalendar's events from `shown` to `next`, touching only what changed. Returns the count. */
export function applyChanges(api: CalendarApi, shown: Map<number, Appointment>, next: Appointment[]): number {
  const nextById = new Map(next.map((appointment) => [appointment.id, appointment]));
  const removed = [...shown.keys()].filter((id) => !nextById.has(id));
  const changed = next.filter((appointment) => shown.get(appointment.id) !== appointment);
  if (removed.length === 0 && changed.length === 0) return 0;
  api.batchRendering(() => {
    for (const id of removed) api.getEventById(String(id))?.remove();
    for (const appointment of changed) {
      const event = api.getEventById(String(appointment.id));
      if (!event) {
        api.addEvent(toEventInput(appointment), api.getEventSourceById(APPOINTMENT_SOURCE) ?? true);
        continue;
      }
      event.setDates(appointment.start, appointment.end);
      if (event.getResources()[0]?.id !== String(appointment.teamMemberId)) {
        event.setResources([String(appointment.teamMemberId)]);
      }
      event.setProp('title', appointment.client?.name ?? 'No client');
      event.setProp('backgroundColor', appointment.customColour ?? '');
      event.setProp('borderColor', appointment.customColour ?? '');
      event.setProp('classNames', eventClasses(appointment));
      event.setExtendedProp('appointment', appointment);
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
}

/**
 * FullCalendar as a view of the appointments cache, never a second owner. A visible range is loaded
 * through the event source (FullCalendar's fastest path for a whole day); after that, every change to the
 * cached range — a poll, a save at this desk, a reload — reaches the calendar as the few events that
 * changed. Changes that land while FullCalendar is still taking a load are applied once it has it.
 */
export class AppointmentProjection {
  private shown: Shown | null = null;
  private loading = false;

  constructor(private readonly deps: ProjectionDeps) {}

  readonly sources: EventSourceInput[] = [
    {
      id: APPOINTMENT_SOURCE,
      events: async (info: EventSourceFuncArg) => {
        const { queryClient, locationId, zone, onError } = this.deps;
        const { from, to } = localRange(info.startStr, info.endStr, zone);
        try {
          const range = await fetchAppointmentRange(queryClient, locationId, from, to);
          const visible = visibleAppointments(range);
          this.shown = {
            from,
            to,
            byId: new Map(visible.map((appointment) => [appointment.id, appointment])),
          };
          onError(null);
          return visible.map(toEventInput);
        } catch (error) {
          onError(error instanceof Error ? error : new Error(String(error)));
          throw error;
        }
      },
    },
    {
      id: 'working-hours',
      events: async (info: EventSourceFuncArg) => {
        const { queryClient, locationId, zone } = this.deps;
        const { from, to } = localRange(info.startStr, info.endStr, zone);
        return offHoursEvents(await fetchWorkingHours(queryClient, locationId, from, to), zone);
      },
    },
  ];

  /** FullCalendar's loading callback: hold patches while it takes a load, then catch up. */
  setLoading = (loading: boolean): void => {
    this.loading = loading;
    if (!loading) this.reconcile();
  };

  /** Follows the cache; returns the unsubscribe. */
  follow(): () => void {
    const { queryClient, locationId } = this.deps;
    const prefix = appointmentsKeys.ranges(locationId);
    return queryClient.getQueryCache().subscribe((event) => {
      const key = event.query.queryKey;
      if (event.type !== 'updated' || !this.shown) return;
      if (key.length !== prefix.length + 2 || prefix.some((part, index) => key[index] !== part)) return;
      if (key[3] === this.shown.from && key[4] === this.shown.to) this.reconcile();
    });
  }

  /** The appointments the calendar shows now (for the print sheet and the like). */
  current(): Appointment[] {
    return [...(this.shown?.byId.values() ?? [])];
  }

  private reconcile(): void {
    const api = this.deps.calendar.current?.getApi();
    if (this.loading || !this.shown || !api) return;
    const { queryClient, locationId } = this.deps;
    const range = queryClient.getQueryData<AppointmentRange>(
      appointmentsKeys.range(locationId, this.shown.from, this.shown.to),
    );
    if (!range) return;
    const next = visibleAppointments(range);
    applyChanges(api, this.shown.byId, next);
    this.shown = { ...this.shown, byId: new Map(next.map((appointment) => [appointment.id, appointment])) };
  }
}
