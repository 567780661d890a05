import { z } from 'zod';
import { IsoDate } from '../domain/common';
import { TeamMember, WorkingDay } from '../domain/teamMember';
import { AtLocation, type Slice } from './common';

/** Local dates in the location's zone, both inclusive; a calendar never asks for more than a few weeks. */
export const DateRange = AtLocation.extend({ from: IsoDate, to: IsoDate })
  .refine(({ from, to }) => from <= to, { message: 'issue.range.backwards', path: ['to'] })
  .refine(({ from, to }) => (Date.parse(to) - Date.parse(from)) / 86_400_000 <= 62, {
    message: 'issue.range.tooLong',
    path: ['to'],
  });
export type DateRange = z.input<typeof DateRange>;

export const teamContract = {
  /** The members with a column in the calendar (not fired, not removed), in Altegio's order. */
  'team.list': { input: AtLocation, output: z.array(TeamMember) },
  'team.workingHours': { input: DateRange, output: z.array(WorkingDay) },
} as const satisfies Slice;
