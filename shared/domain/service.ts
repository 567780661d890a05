import { z } from 'zod';
import { Id } from './common';

export const Service = z.object({
  id: Id,
  title: z.string(),
  categoryId: Id,
  priceMin: z.number(),
  priceMax: z.number(),
  /** Default length in seconds. */
  durationSeconds: z.number().int().nonnegative(),
  /** The service's technical break in seconds; null = the location default. */
  technicalBreakSeconds: z.number().int().nonnegative().nullable(),
  /** Bookable online. */
  active: z.boolean(),
  /** More than 1 for group services. */
  capacity: z.number().int(),
  weight: z.number(),
  comment: z.string(),
  /** Who performs it, and how long it takes them (seconds). */
  teamMembers: z.array(z.object({ teamMemberId: Id, durationSeconds: z.number().int().nonnegative() })),
});
export type Service = z.infer<typeof Service>;

export const ServiceCategory = z.object({
  id: Id,
  title: z.string(),
  weight: z.number(),
  teamMemberIds: z.array(Id),
});
export type ServiceCategory = z.infer<typeof ServiceCategory>;

/** How long a team member takes for a service: their own length, else the service default. */
export function serviceDurationFor(service: Service, teamMemberId: number): number {
  return (
    service.teamMembers.find((link) => link.teamMemberId === teamMemberId)?.durationSeconds ??
    service.durationSeconds
  );
}
