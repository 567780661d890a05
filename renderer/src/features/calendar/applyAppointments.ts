import type { CalendarApi } from '@fullcalendar/core';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { AppointmentRegistry } from './appointmentRegistry';
import { eventClasses, toEventInput } from './appointmentEvent';

export const APPOINTMENT_SOURCE = 'appointments';

function inView(api: CalendarApi, appointment: Appointment): boolean {
  const start = Date.parse(appointment.start);
  const end = Date.parse(appointment.end);
  return end > api.view.activeStart.getTime() && start < api.view.activeEnd.getTime();
}

/**
 * Brings the calendar and the registry up to date with appointments from a poll or a save, touching only
 * what changed: an unchanged appointment (same lastChangedAt) costs nothing. Returns how many changed.
 */
export function applyAppointments(
  api: CalendarApi | undefined,
  registry: AppointmentRegistry,
  appointments: readonly Appointment[],
): number {
  const news = appointments.filter((appointment) => registry.isNews(appointment));
  if (news.length === 0) return 0;
  if (api) {
    api.batchRendering(() => {
      for (const appointment of news) {
        const event = api.getEventById(String(appointment.id));
        if (appointment.deleted) {
          event?.remove();
          continue;
        }
        if (!event) {
          if (inView(api, appointment)) {
            api.addEvent(toEventInput(appointment), api.getEventSourceById(APPOINTMENT_SOURCE) ?? true);
          }
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
  }
  registry.put(news);
  return news.length;
}
