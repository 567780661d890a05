import { z } from 'zod';
import { Appointment } from '../domain/appointment';
import { IsoDate, IsoDateTime } from '../domain/common';
import { TeamMember, WorkingDay } from '../domain/teamMember';
import { AtLocation, type Slice } from './common';
import { DateRange } from './team';

/** Where the kept days live: sealed by the OS key store on disk, or (no key store) in memory only. */
export const OfflineStorage = z.enum(['encrypted', 'memory']);
export type OfflineStorage = z.infer<typeof OfflineStorage>;

export const KeptDays = z.object({
  /** Every day of the range; `syncedAt` (epoch ms, main's clock) is null for a day not kept. */
  days: z.array(z.object({ date: IsoDate, syncedAt: z.number().nullable() })),
  /** The kept days' appointments, as appointments.list answered them (and later changes). */
  appointments: z.array(Appointment),
  /** Where live updates can continue from: the oldest kept day's cursor; null when none is kept. */
  cursor: IsoDateTime.nullable(),
});
export type KeptDays = z.infer<typeof KeptDays>;

export const KeptTeam = z.object({ members: z.array(TeamMember), syncedAt: z.number() }).nullable();

export const offlineContract = {
  /** The days of this desk's recent loads, for the calendar while Altegio cannot be reached; asks Altegio nothing. */
  'offline.days': { input: DateRange, output: KeptDays },
  /** The team as it was last listed, for the calendar's columns while Altegio cannot be reached. */
  'offline.team': { input: AtLocation, output: KeptTeam },
  /** The working hours last listed for `from`..`to` (the calendar's shading); null when a day was not kept. */
  'offline.workingHours': { input: DateRange, output: z.array(WorkingDay).nullable() },
  'offline.status': { input: AtLocation, output: z.object({ storage: OfflineStorage }) },
} as const satisfies Slice;
