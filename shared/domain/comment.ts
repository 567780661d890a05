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

export const COMMENT_LIMITS = { text: 1000, authorName: 100 } as const;

export const CommentRating = z
  .number({ message: 'issue.comment.rating' })
  .int('issue.comment.rating')
  .min(1, 'issue.comment.rating')
  .max(5, 'issue.comment.rating');

export const CommentInput = z.object({
  /** 0 = about the location. */
  teamMemberId: Id,
  rating: CommentRating,
  text: z.string().trim().min(1, 'issue.comment.text').max(COMMENT_LIMITS.text, 'issue.comment.textTooLong'),
  authorName: z
    .string()
    .trim()
    .min(1, 'issue.comment.name')
    .max(COMMENT_LIMITS.authorName, 'issue.comment.nameTooLong'),
});
export type CommentInput = z.infer<typeof CommentInput>;

export const CommentFilter = z.object({
  from: z.string().optional(),
  to: z.string().optional(),
  teamMemberId: Id.optional(),
  rating: z.number().int().min(1).max(5).optional(),
});
export type CommentFilter = z.infer<typeof CommentFilter>;

/** One page of reviews; `hasMore` says whether Altegio has at least one more after it. */
export const CommentsPage = z.object({
  comments: z.array(Comment),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  hasMore: z.boolean(),
});
export type CommentsPage = z.infer<typeof CommentsPage>;

/** Reviews with each rating, index 0 = one star … index 4 = five stars. */
export const RatingCounts = z.array(z.number().int().nonnegative()).length(5);
export type RatingCounts = z.infer<typeof RatingCounts>;

/** The reviews of one team member (or of the location, teamMemberId null) in a date range. */
export const CommentsTally = z.object({
  teamMemberId: Id.nullable(),
  count: z.number().int().nonnegative(),
  /** Mean rating, rounded to two decimals; null without reviews. */
  average: z.number().nullable(),
  byRating: RatingCounts,
});
export type CommentsTally = z.infer<typeof CommentsTally>;

export const CommentsSummary = z.object({
  count: z.number().int().nonnegative(),
  average: z.number().nullable(),
  byRating: RatingCounts,
  /** One tally per subject with reviews in the range, the location's (if any) first. */
  subjects: z.array(CommentsTally),
});
export type CommentsSummary = z.infer<typeof CommentsSummary>;
