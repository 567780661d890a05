// Apart from the schemas in appointment.ts: the renderer's first paint needs this and not zod.
import type { Appointment, AppointmentInput } from './appointment';

/** The full input that re-saves an appointment unchanged; spread changes over it. */
export function appointmentToInput(appointment: Appointment): AppointmentInput {
  return {
    teamMemberId: appointment.teamMemberId,
    start: appointment.start,
    durationSeconds: appointment.durationSeconds,
    technicalBreakSeconds: appointment.technicalBreakSeconds,
    services: appointment.services.map(({ id, firstCost, discountPercent, cost, amount }) => ({
      id,
      firstCost,
      discountPercent,
      cost,
      amount,
    })),
    client: appointment.client ? { ...appointment.client } : null,
    status: appointment.status,
    comment: appointment.comment,
    customColour: appointment.customColour,
    labelIds: appointment.labels.map((label) => label.id),
    customFields: { ...appointment.customFields },
    requestedTeamMember: appointment.requestedTeamMember,
    smsReminderHours: appointment.smsReminderHours,
    emailReminderHours: appointment.emailReminderHours,
    apiId: appointment.apiId,
    activityId: appointment.activityId,
  };
}
