import { z } from 'zod';
import { Id, IsoDate } from '../domain/common';
import { Comment, CommentInput, CommentRating, CommentsPage, CommentsSummary } from '../domain/comment';
import { AtLocation, type Slice } from './common';

/** Reviews shown per page. */
export const COMMENTS_PAGE_SIZE = 20;
/** The longest range a summary walks: a year of reviews. */
const MAX_RANGE_DAYS = 366;

/** Local dates in the location's zone, both inclusive. */
export const CommentsRange = AtLocation.extend({ from: IsoDate, to: IsoDate })
  .refine(({ from, to }) => from <= to, { message: 'issue.range.backwards', path: ['to'] })
  .refine(({ from, to }) => (Date.parse(to) - Date.parse(from)) / 86_400_000 <= MAX_RANGE_DAYS, {
    message: 'issue.range.overAYear',
    path: ['to'],
  });
export type CommentsRange = z.input<typeof CommentsRange>;

export const CommentsQuery = AtLocation.extend({
  from: IsoDate,
  to: IsoDate,
  teamMemberId: Id.positive().optional(),
  rating: CommentRating.optional(),
  page: z.number().int().min(1).max(10_000),
}).refine(({ from, to }) => from <= to, { message: 'issue.range.backwards', path: ['to'] });
export type CommentsQuery = z.input<typeof CommentsQuery>;

export const commentsContract = {
  /** One page of the reviews that match, newest first, read from Altegio one page at a time. */
  'comments.page': { input: CommentsQuery, output: CommentsPage },
  /** Counts and average ratings per team member for the range (every review in it, tallied in main). */
  'comments.summary': { input: CommentsRange, output: CommentsSummary },
  /** Leaves a review, never sent twice: after a lost answer main looks for it by member, stars, text and name. */
  'comments.leave': { input: AtLocation.extend({ comment: CommentInput }), output: Comment },
} as const satisfies Slice;
