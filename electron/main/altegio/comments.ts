import { z } from 'zod';
import type { Comment, CommentFilter, CommentInput, CommentsPage } from '../../../shared/domain/comment';
import type { LocationRef } from '../../../shared/domain/common';
import { mappingFields } from './fieldNames';
import type { Http } from './http';
import { NOT_DONE, reconciled } from './reconcile';
import { readItems, type ListReading } from './listItems';
import { fetchAllPages, itemsOf } from './paging';
import { wireTimeToIso } from './time';
import { parseWire, WireId, WireNumber, WireText } from './wire';

const COMMENTS_PAGE_SIZE = 100;

const OptionalId = z
  .union([WireId, z.null(), z.undefined()])
  .transform((value) => (typeof value === 'number' && value > 0 ? value : null))
  .catch(null);

/** YCLIENTS sends every value as a string; WireId/WireNumber coerce. */
const WireComment = z.object({
  id: WireId,
  type: WireNumber.optional(),
  master_id: OptionalId,
  text: WireText,
  date: z.string().nullish(),
  rating: WireNumber,
  user_name: WireText,
  record_id: OptionalId,
});

function toComment(raw: unknown, location: LocationRef): Comment {
  const comment = parseWire(WireComment, raw, 'a review');
  return {
    id: comment.id,
    teamMemberId: comment.type === 0 ? null : comment.master_id,
    text: comment.text,
    rating: Math.min(5, Math.max(0, Math.round(comment.rating))),
    date: wireTimeToIso(comment.date, location.timezone),
    authorName: comment.user_name,
    appointmentId: comment.record_id,
  };
}

function filterQuery(filter: CommentFilter) {
  return {
    start_date: filter.from,
    end_date: filter.to,
    staff_id: filter.teamMemberId,
    rating: filter.rating,
  };
}

export function createCommentsApi(http: Http, lists: ListReading = {}) {
  const path = (location: LocationRef) => `/comments/${location.id}`;
  const allPages = (location: LocationRef, filter: CommentFilter) =>
    fetchAllPages(http, path(location), filterQuery(filter), COMMENTS_PAGE_SIZE);
  return {
    /** Reviews, newest first as Altegio sends them, all pages. */
    async list(location: LocationRef, filter: CommentFilter = {}): Promise<Comment[]> {
      const items = await allPages(location, filter);
      return readItems(lists, 'reviews', items, (item) => toComment(item, location));
    },

    /**
     * One page of `pageSize` reviews. Altegio's comment list tells no total (`meta: []`), so whether a
     * next page exists is asked directly: with `count=1`, page k is the k-th review, so page
     * `page * pageSize + 1` is the first review after this page. Both reads go out together; the second
     * costs one tiny request and answers "is there more?" exactly, where a full page could be the last.
     */
    async page(
      location: LocationRef,
      filter: CommentFilter,
      page: number,
      pageSize: number,
    ): Promise<CommentsPage> {
      const query = filterQuery(filter);
      const [shown, next] = await Promise.all([
        http.request('GET', path(location), { query: { ...query, page, count: pageSize } }),
        http.request('GET', path(location), { query: { ...query, page: page * pageSize + 1, count: 1 } }),
      ]);
      const items = itemsOf(shown.data, shown.status);
      const comments = readItems(lists, 'reviews', items.slice(0, pageSize), (item) =>
        toComment(item, location),
      );
      const hasMore = items.length >= pageSize && itemsOf(next.data, next.status).length > 0;
      return { comments, page, pageSize, hasMore };
    },

    /**
     * Leaves a review (teamMemberId 0: about the location); never repeated. After a lost reply the
     * member's reviews of that rating are read: the newest with this text and author is taken for it.
     */
    leave: (location: LocationRef, input: CommentInput): Promise<Comment> =>
      mappingFields({ mark: 'rating', name: 'authorName' }, () =>
        reconciled(
          async () => {
            const { data } = await http.request('POST', `${path(location)}/${input.teamMemberId}`, {
              body: { mark: input.rating, text: input.text, name: input.authorName },
            });
            return toComment(data, location);
          },
          async () => {
            const filter = { teamMemberId: input.teamMemberId || undefined, rating: input.rating };
            const same = (await allPages(location, filter))
              .map((item) => toComment(item, location))
              .filter((c) => c.text === input.text && c.authorName === input.authorName)
              .sort((a, b) => b.id - a.id);
            return same[0] ?? NOT_DONE;
          },
        ),
      ),
  };
}
