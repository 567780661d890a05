import type { Appointment } from '../../../../shared/domain/appointment';

/**
 * Whether "Rebook" is offered: an appointment with a client and services, not a group event's seat nor
 * cancelled. Any status will do: a finished visit is the usual case, and a no-show is rebooked too.
 */
export function canRebook(appointment: Appointment): boolean {
  return (
    !appointment.deleted &&
    appointment.activityId === null &&
    appointment.client !== null &&
    appointment.services.length > 0
  );
}
