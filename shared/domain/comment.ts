import { z } from 'zod';
import { Id, IsoDateTime } from './common';

/** A client review, about a team member or about the location. */
export const Comment = z.object({
  id: Id,
  /** null when the review is about the location. */
  teamMemberId: Id.nullable(),
  text: z.string(),
  rating: z.number().int().min(0).max(5),
  date: IsoDateTime.nullable(),
  authorName: z.string(),
  /** The appointment it was left for (post-visit link), or null. */
  appointmentId: Id.nullable(),
});
export type Comment = z.infer<typeof Comment>;

export const CommentInput = z.object({
  /** 0 = about the location. */
  teamMemberId: Id,
  rating: z.number().int().min(1).max(5),
  text: z.string().trim().min(1),
  authorName: z.string().trim().min(1),
});
export type CommentInput = z.infer<typeof CommentInput>;

export const CommentFilter = z.object({
  from: z.string().optional(),
  to: z.string().optional(),
  teamMemberId: Id.optional(),
  rating: z.number().int().min(1).max(5).optional(),
});
export type CommentFilter = z.infer<typeof CommentFilter>;
