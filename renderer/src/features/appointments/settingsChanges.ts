import type { QueryClient } from '@tanstack/react-query';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { Client } from '../../../../shared/domain/client';
import type { LabelRef } from '../../../../shared/domain/common';
import type { LabelChange } from '../../../../shared/domain/label';
import { appointmentsKeys } from './api';
import { mergeAppointments, nextStamp, type AppointmentRange } from './cache';

/*
 * Settings edits that change what loaded appointments show without Altegio counting them as changes of
 * those appointments (polls will not bring them). The cache is patched here instead: same
 * `lastChangedAt`, a fresh stamp, so a poll that began before the edit cannot put the old state back.
 */

/** Replaces every loaded, not deleted appointment that `patch` changes (it returns null to keep one). */
function patchLoaded(
  queryClient: QueryClient,
  locationId: number,
  patch: (appointment: Appointment) => Appointment | null,
): void {
  const stamp = nextStamp();
  queryClient.setQueriesData<AppointmentRange>({ queryKey: appointmentsKeys.ranges(locationId) }, (range) => {
    if (!range) return range;
    const patched: Appointment[] = [];
    for (const { appointment } of range.entries.values()) {
      const next = appointment.deleted ? null : patch(appointment);
      if (next) patched.push(next);
    }
    return mergeAppointments(range, patched, stamp);
  });
}

function relabelled(labels: readonly LabelRef[], change: LabelChange): LabelRef[] | null {
  const id = change.kind === 'changed' ? change.label.id : change.id;
  if (!labels.some((label) => label.id === id)) return null;
  if (change.kind === 'removed') return labels.filter((label) => label.id !== id);
  return labels.map((label) => (label.id === id ? change.label : label));
}

/** Shows a label renamed, recoloured or deleted at this desk on every loaded appointment carrying it. */
export function relabelAppointments(queryClient: QueryClient, locationId: number, change: LabelChange): void {
  patchLoaded(queryClient, locationId, (appointment) => {
    const labels = relabelled(appointment.labels, change);
    return labels ? { ...appointment, labels } : null;
  });
}

/**
 * Drops the values of a deleted appointment field from every loaded appointment, so a field made later
 * with the same code does not show (or save back) what the old one held.
 */
export function forgetCustomFieldValues(queryClient: QueryClient, locationId: number, code: string): void {
  patchLoaded(queryClient, locationId, (appointment) => {
    if (!Object.hasOwn(appointment.customFields, code)) return null;
    const { [code]: _forgotten, ...customFields } = appointment.customFields;
    return { ...appointment, customFields };
  });
}

/** Shows a client edited on the client card (name, phone, e-mail) on every loaded appointment of theirs. */
export function showEditedClient(queryClient: QueryClient, locationId: number, client: Client): void {
  const name = [client.name, client.surname].filter(Boolean).join(' ');
  patchLoaded(queryClient, locationId, (appointment) =>
    appointment.client?.id === client.id
      ? { ...appointment, client: { ...appointment.client, name, phone: client.phone, email: client.email } }
      : null,
  );
}
