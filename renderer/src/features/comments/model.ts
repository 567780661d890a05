import { DateTime } from 'luxon';
import { z } from 'zod';
import { CommentInput, type CommentsSummary } from '../../../../shared/domain/comment';
import type { DateRange } from '../../components/DateRangeFields';

/** What the list shows besides the date range. */
export interface CommentsFilter {
  teamMemberId: number | null;
  rating: number | null;
}

export { focusedMember, memberCommentsFocus } from './commentsFocus';

/** The last 90 days up to today at the location. */
export function defaultRange(today: string): DateRange {
  return { from: DateTime.fromISO(today).minus({ days: 89 }).toISODate() ?? today, to: today };
}

/** How many reviews in the summary's range match the filter (null when the summary does not say). */
export function matchingCount(summary: CommentsSummary | undefined, filter: CommentsFilter): number | null {
  if (!summary) return null;
  if (filter.teamMemberId === null) {
    return filter.rating === null ? summary.count : (summary.byRating[filter.rating - 1] ?? 0);
  }
  const subject = summary.subjects.find((s) => s.teamMemberId === filter.teamMemberId);
  if (!subject) return 0;
  return filter.rating === null ? subject.count : (subject.byRating[filter.rating - 1] ?? 0);
}

/** The form's subject value for "about the location". */
export const ABOUT_LOCATION = 'location';

export const commentFormSchema = z.object({
  subject: z.string(),
  rating: z
    .number()
    .int()
    .min(1)
    .max(5)
    .nullable()
    .refine((value) => value !== null, 'issue.comment.rating'),
  // The very checks main applies, so the form refuses exactly what main would.
  text: CommentInput.shape.text,
  authorName: CommentInput.shape.authorName,
});
export type CommentFormValues = z.input<typeof commentFormSchema>;

export function commentFormDefaults(teamMemberId: number | null): CommentFormValues {
  return {
    subject: teamMemberId === null ? ABOUT_LOCATION : String(teamMemberId),
    rating: null,
    text: '',
    authorName: '',
  };
}

export function toCommentInput(values: CommentFormValues): CommentInput {
  return {
    teamMemberId: values.subject === ABOUT_LOCATION ? 0 : Number(values.subject),
    rating: values.rating ?? 0,
    text: values.text.trim(),
    authorName: values.authorName.trim(),
  };
}

const FORM_FIELDS: Record<string, keyof CommentFormValues> = {
  rating: 'rating',
  text: 'text',
  authorName: 'authorName',
  teamMemberId: 'subject',
};

/** The input a refusal's field belongs to: main's checks say `comment.text`, Altegio's (mapped) `text`. */
export function formFieldOfComment(field: string): keyof CommentFormValues | null {
  return FORM_FIELDS[field.replace(/^comment\./, '')] ?? null;
}
