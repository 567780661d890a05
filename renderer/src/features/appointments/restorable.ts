import { AppointmentInput, type Appointment } from '../../../../shared/domain/appointment';
import { appointmentToInput } from '../../../../shared/domain/appointmentToInput';

/** Whether Undo can book this appointment again as it was. */
export function restorable(appointment: Appointment): boolean {
  return AppointmentInput.safeParse(appointmentToInput(appointment)).success;
}
