import type { z } from 'zod';
import type {
  CancelAppointmentRequest,
  CreateAppointmentRequest,
  UpdateAppointmentRequest,
} from '../../../shared/appointmentForm';
import { appointmentToInput, type Appointment } from '../../../shared/domain/appointment';
import type { Session } from '../session';
import { ensureUnchanged } from './conflicts';

/** The booking dialog's saves: create (exactly once), full-replace edit and cancel. */
export function createAppointmentHandlers(session: Session) {
  return {
    'appointments.create': ({ input, saveIfBusy, retry }: z.output<typeof CreateAppointmentRequest>) =>
      session.withClient((client, location) =>
        client.appointments.create(location, input, { saveIfBusy, retry }),
      ),

    /** PUT replaces the whole record: start from the current one so what the dialog does not show survives. */
    'appointments.update': (request: z.output<typeof UpdateAppointmentRequest>) =>
      session.withClient(async (client, location) => {
        const current = await client.appointments.get(location, request.id);
        ensureUnchanged(current, request.expectedLastChangedAt, request.overwrite, location.timezone);
        return client.appointments.update(
          location,
          request.id,
          { ...appointmentToInput(current), ...request.input },
          { saveIfBusy: request.saveIfBusy },
        );
      }),

    /** Deletes it and answers with what was deleted, so Undo can book the same thing again. */
    'appointments.cancel': (request: z.output<typeof CancelAppointmentRequest>) =>
      session.withClient(async (client, location): Promise<Appointment> => {
        const current = await client.appointments.get(location, request.id);
        ensureUnchanged(current, request.expectedLastChangedAt, request.overwrite, location.timezone);
        await client.appointments.remove(location, request.id);
        return { ...current, deleted: true };
      }),
  };
}
