import type { Label } from '../../../../shared/domain/label';
import type { AppointmentFilter } from './appointmentProjection';

/**
 * The labels the calendar is filtered by: the chosen ones that still exist. A label deleted since it was
 * chosen is ignored (nothing carries it, so it would hide every appointment). Until the labels are known,
 * the choice stands as it is.
 */
export function activeLabelIds(chosen: readonly number[], labels: readonly Label[] | undefined): number[] {
  if (!labels) return [...chosen];
  const existing = new Set(labels.map((label) => label.id));
  return chosen.filter((id) => existing.has(id));
}

/**
 * Appointments (and group events) carrying any of the labels; no labels = every appointment. How a class
 * passes is calendarItems' rule (groupCards.ts).
 */
export function labelFilterOf(ids: readonly number[]): AppointmentFilter {
  if (ids.length === 0) return null;
  const wanted = new Set(ids);
  return (item) => item.labels.some((label) => wanted.has(label.id));
}
