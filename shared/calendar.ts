import { z } from 'zod';
import { Appointment, AppointmentStatus } from './domain/appointment';
import { Id, IsoDate, IsoDateTime } from './domain/common';

/** Local dates in the location's zone, both inclusive; a calendar never asks for more than a few weeks. */
export const DateRange = z
  .object({ from: IsoDate, to: IsoDate })
  .refine(({ from, to }) => from <= to, { message: 'The range ends before it starts.', path: ['to'] })
  .refine(({ from, to }) => (Date.parse(to) - Date.parse(from)) / 86_400_000 <= 62, {
    message: 'The range is longer than 62 days.',
    path: ['to'],
  });
export type DateRange = z.infer<typeof DateRange>;

/** Appointments plus where to continue from: pass `cursor` to appointments.changes to get what changed. */
export const AppointmentBatch = z.object({ appointments: z.array(Appointment), cursor: IsoDateTime });
export type AppointmentBatch = z.infer<typeof AppointmentBatch>;

export const ChangesInput = z.object({ cursor: IsoDateTime });

export const AppointmentRef = z.object({ id: Id });

/** What the desk saw before changing it; a newer version on the server means someone else changed it. */
const Expectation = {
  expectedLastChangedAt: IsoDateTime.nullable(),
  /** Save even though someone else changed it since. */
  overwrite: z.boolean().default(false),
};

export const MoveInput = z.object({
  id: Id,
  teamMemberId: Id,
  start: IsoDateTime,
  durationSeconds: z
    .number()
    .int()
    .positive()
    .max(24 * 3600),
  /** Save even on a taken slot or outside working hours (Altegio's save_if_busy). */
  saveIfBusy: z.boolean().default(false),
  ...Expectation,
});
export type MoveInput = z.input<typeof MoveInput>;

export const SetStatusInput = z.object({ id: Id, status: AppointmentStatus, ...Expectation });
export type SetStatusInput = z.input<typeof SetStatusInput>;
