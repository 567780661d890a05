import { z } from 'zod';
import { APPOINTMENT_ASPECTS } from './appointmentVersioning';
import { Fingerprint } from './fingerprint';

export { APPOINTMENT_ASPECTS };

export const AppointmentAspect = z.enum(APPOINTMENT_ASPECTS);
export type AppointmentAspect = z.infer<typeof AppointmentAspect>;

/** What a desk saw of an appointment: one short fingerprint per aspect (small and bounded over IPC). */
export const AppointmentVersion = z.strictObject(
  Object.fromEntries(APPOINTMENT_ASPECTS.map((aspect) => [aspect, Fingerprint])) as Record<
    AppointmentAspect,
    typeof Fingerprint
  >,
);
export type AppointmentVersion = z.infer<typeof AppointmentVersion>;

export { changedAspects, versionOf } from './appointmentVersioning';
