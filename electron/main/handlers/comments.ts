import { COMMENTS_PAGE_SIZE, type commentsContract } from '../../../shared/contract/comments';
import type { Comment, CommentsSummary, CommentsTally, RatingCounts } from '../../../shared/domain/comment';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

function tally(teamMemberId: number | null, comments: readonly Comment[]): CommentsTally {
  const byRating: RatingCounts = [0, 0, 0, 0, 0];
  let stars = 0;
  let rated = 0;
  for (const comment of comments) {
    if (comment.rating < 1) continue;
    byRating[comment.rating - 1] = (byRating[comment.rating - 1] ?? 0) + 1;
    stars += comment.rating;
    rated += 1;
  }
  const average = rated ? Math.round((stars / rated) * 100) / 100 : null;
  return { teamMemberId, count: comments.length, average, byRating };
}

/** Counts and averages per subject: the location's reviews first, then each member's, most reviewed first. */
export function summarise(comments: readonly Comment[]): CommentsSummary {
  const bySubject = new Map<number | null, Comment[]>();
  for (const comment of comments) {
    const list = bySubject.get(comment.teamMemberId) ?? [];
    list.push(comment);
    bySubject.set(comment.teamMemberId, list);
  }
  const subjects = [...bySubject.entries()]
    .map(([teamMemberId, list]) => tally(teamMemberId, list))
    .sort(
      (a, b) =>
        Number(b.teamMemberId === null) - Number(a.teamMemberId === null) ||
        b.count - a.count ||
        (a.teamMemberId ?? 0) - (b.teamMemberId ?? 0),
    );
  const all = tally(null, comments);
  return { count: all.count, average: all.average, byRating: all.byRating, subjects };
}

export function createCommentsHandlers({ session }: HandlerDeps): SliceHandlers<typeof commentsContract> {
  return {
    'comments.page': ({ locationId, from, to, teamMemberId, rating, page }) =>
      session.withLocation(locationId, (client, location) =>
        client.comments.page(location, { from, to, teamMemberId, rating }, page, COMMENTS_PAGE_SIZE),
      ),

    /**
     * Averages need every review of the range, so main walks its pages (100 a request, one after another
     * within the rate limit) and sends only the tallies across: a few hundred bytes however many reviews.
     * The screen caches it per range, so paging and filtering the list never read it again.
     */
    'comments.summary': ({ locationId, from, to }) =>
      session.withLocation(locationId, async (client, location) =>
        summarise(await client.comments.list(location, { from, to })),
      ),

    'comments.leave': ({ locationId, comment }) =>
      session.withLocation(locationId, (client, location) => client.comments.leave(location, comment)),
  };
}
