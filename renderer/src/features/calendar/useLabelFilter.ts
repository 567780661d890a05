import { useEffect, useMemo } from 'react';
import { useLabels } from '../labels';
import { atLocation, usePreferences } from '../preferences';
import type { AppointmentProjection } from './appointmentProjection';
import { activeLabelIds, labelFilterOf } from './labelFilter';

/**
 * The calendar's label filter, remembered per location in the preferences (in main) and applied by the
 * projection to what the cache already holds.
 */
export function useLabelFilter(locationId: number, projection: AppointmentProjection) {
  const { preferences, update } = usePreferences();
  const labels = useLabels(locationId, 'appointment');
  const chosen = preferences.labelFilter[String(locationId)];
  const ids = useMemo(() => activeLabelIds(chosen ?? [], labels.data), [chosen, labels.data]);
  // Keyed by the ids, not the array: an unrelated preference change must not redraw the calendar.
  const key = ids.join(',');
  const filter = useMemo(() => labelFilterOf(key ? key.split(',').map(Number) : []), [key]);
  useEffect(() => projection.setFilter(filter), [projection, filter]);

  return {
    labels: labels.data ?? [],
    ids,
    filter,
    choose: (next: number[]) =>
      update({ labelFilter: atLocation(preferences.labelFilter, locationId, next) }),
  };
}
