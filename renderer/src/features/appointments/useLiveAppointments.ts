import { useEffect, type RefObject } from 'react';
import type FullCalendar from '@fullcalendar/react';
import { call } from '../../api';
import type { AppointmentRegistry } from './appointmentRegistry';
import { applyAppointments } from './applyAppointments';

export const LIVE_REFRESH_MS = 10_000;

/**
 * Every few seconds, asks main what changed since the last look (Altegio's changed_after) and patches
 * the calendar. An idle calendar costs one small request and repaints nothing.
 */
export function useLiveAppointments(
  calendarRef: RefObject<FullCalendar | null>,
  registry: AppointmentRegistry,
  intervalMs = LIVE_REFRESH_MS,
): void {
  useEffect(() => {
    let stopped = false;
    let busy = false;
    const tick = async () => {
      if (busy || !registry.cursor) return;
      busy = true;
      try {
        const batch = await call('appointments.changes', { cursor: registry.cursor });
        if (stopped) return;
        registry.cursor = batch.cursor;
        applyAppointments(calendarRef.current?.getApi(), registry, batch.appointments);
      } catch {
        // The next tick tries again; a lasting problem shows on the next full load.
      } finally {
        busy = false;
      }
    };
    const timer = setInterval(() => void tick(), intervalMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [calendarRef, registry, intervalMs]);
}
