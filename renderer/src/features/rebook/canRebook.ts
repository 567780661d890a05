import type { Appointment } from '../../../../shared/domain/appointment';
import { rebookBlocker } from '../../../../shared/domain/rebook';

/** Whether "Rebook" is offered: by the same rules main checks before booking it. */
export function canRebook(appointment: Appointment): boolean {
  return rebookBlocker(appointment) === null;
}
