import { z } from 'zod';
import { Id, IsoDate, IsoDateTime } from '../domain/common';
import { DayHours } from '../domain/teamHours';
import { WorkingDay } from '../domain/teamMember';
import { AtLocation, type Slice } from './common';

/** New hours for one team member on one local date; no slots = a day off. */
export const TeamHoursChange = AtLocation.extend({ teamMemberId: Id, date: IsoDate, slots: DayHours });
export type TeamHoursChange = z.input<typeof TeamHoursChange>;

/** An appointment the new hours would leave outside working time, with what the desk needs to call. */
export const AppointmentOutsideHours = z.object({
  id: Id,
  start: IsoDateTime,
  end: IsoDateTime,
  clientName: z.string().nullable(),
  clientPhone: z.string().nullable(),
  services: z.array(z.string()),
});
export type AppointmentOutsideHours = z.infer<typeof AppointmentOutsideHours>;

export const TeamHoursPreview = z.object({
  appointmentsOutside: z.array(AppointmentOutsideHours),
  /** Records of the day (or the evening before) Altegio sent in a shape that could not be read or checked. */
  unreadable: z.number().int().nonnegative(),
});
export type TeamHoursPreview = z.infer<typeof TeamHoursPreview>;

export const teamHoursContract = {
  /** What saving would leave outside the new hours; changes nothing. */
  'teamHours.preview': { input: TeamHoursChange, output: TeamHoursPreview },
  /** Saves the day's hours in Altegio and returns them as Altegio now has them. */
  'teamHours.set': { input: TeamHoursChange, output: WorkingDay },
} as const satisfies Slice;
