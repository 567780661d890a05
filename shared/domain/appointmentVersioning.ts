// Computing and comparing appointment versions, apart from their schemas in appointmentVersion.ts: the
// renderer's first paint needs this and not zod.
import type { Appointment } from './appointment';
import type { AppointmentAspect as Aspect, AppointmentVersion as Version } from './appointmentVersion';
import { comparableCustomFields, fingerprint } from './fingerprintOf';

/**
 * The parts of an appointment a desk sees and edits. Two versions of one appointment are compared part
 * by part, so a change at another desk is found whatever second it landed in, and can be named.
 */
export const APPOINTMENT_ASPECTS = [
  'time',
  'teamMember',
  'services',
  'client',
  'clientDetails',
  'status',
  'comment',
  'colour',
  'labels',
  'customFields',
  'reminders',
  'externalId',
  'cancelled',
] as const;

export const isAppointmentAspect = (value: unknown): value is Aspect =>
  (APPOINTMENT_ASPECTS as readonly unknown[]).includes(value);

type ServiceParts = [number, number, number, number, number];

/** By id, then by the rest: Altegio does not promise one order of an appointment's services in every reply. */
function byService(x: ServiceParts, y: ServiceParts): number {
  const index = x.findIndex((part, at) => part !== y[at]);
  return index < 0 ? 0 : (x[index] ?? 0) - (y[index] ?? 0);
}

function aspectValues(appointment: Appointment): Record<Aspect, unknown> {
  const client = appointment.client;
  return {
    // The instant, not the text: the same time may be written with another offset.
    time: [Date.parse(appointment.start), appointment.durationSeconds, appointment.technicalBreakSeconds],
    teamMember: [appointment.teamMemberId, appointment.requestedTeamMember],
    services: appointment.services
      .map(({ id, amount, cost, firstCost, discountPercent }): ServiceParts => [
        id,
        amount,
        cost,
        firstCost,
        discountPercent,
      ])
      .sort(byService),
    client: client?.id ?? null,
    // What the edit form sends back with the client: a change at another desk must not be put back unseen.
    clientDetails: client ? [client.name, client.phone, client.email] : null,
    status: appointment.status,
    comment: appointment.comment,
    colour: appointment.customColour,
    labels: appointment.labels.map((label) => label.id).sort((x, y) => x - y),
    customFields: comparableCustomFields(appointment.customFields),
    reminders: [appointment.smsReminderHours, appointment.emailReminderHours],
    externalId: appointment.apiId,
    cancelled: appointment.deleted,
  };
}

/** The version of an appointment, computed alike by the renderer (what it shows) and main (what Altegio has). */
export function versionOf(appointment: Appointment): Version {
  const values = aspectValues(appointment);
  return Object.fromEntries(
    APPOINTMENT_ASPECTS.map((aspect) => [aspect, fingerprint(values[aspect])]),
  ) as Version;
}

/**
 * The aspects in which two versions differ, in the order a desk reads a card. Another client has other
 * details anyway, so those are named only when the client stayed the same.
 */
export function changedAspects(before: Version, after: Version): Aspect[] {
  const changed = APPOINTMENT_ASPECTS.filter((aspect) => before[aspect] !== after[aspect]);
  return changed.includes('client') ? changed.filter((aspect) => aspect !== 'clientDetails') : changed;
}
