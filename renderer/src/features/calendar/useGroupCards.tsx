import { useEffect, useMemo } from 'react';
import { useGroupEvents, useSchedules } from '../schedules';
import type { AppointmentProjection } from './appointmentProjection';

/**
 * Feeds the group cards of the shown days with their events' fill and capacity, and the classes nobody
 * is booked into yet with their own cards (one request per range of days). Returns whether those days
 * have any group event.
 */
export function useGroupEventFill(
  locationId: number,
  projection: AppointmentProjection,
  range: { from: string; to: string } | null,
): boolean {
  const events = useGroupEvents(locationId, range?.from ?? '', range?.to ?? '', range !== null);
  // The data and the range come from the same render, so the list is always for these days.
  useEffect(() => projection.setGroupEvents(events.data, range), [projection, events.data, range]);
  return (events.data?.length ?? 0) > 0;
}

/**
 * Marks the cards of group events that repeat. Reading the schedules walks the coming group events
 * (several requests within the rate limit), so the page mounts this only while the shown days have
 * group events, and never ahead of the appointments themselves.
 */
export function SeriesMarks({
  locationId,
  projection,
}: {
  locationId: number;
  projection: AppointmentProjection;
}) {
  const schedules = useSchedules(locationId);
  const repeating = useMemo(
    () => new Set(schedules.data?.schedules.flatMap((overview) => overview.eventIds) ?? []),
    [schedules.data],
  );
  useEffect(() => projection.setRepeating(repeating), [projection, repeating]);
  return null;
}
