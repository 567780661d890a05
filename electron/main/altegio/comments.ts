import { z } from 'zod';
import type { Comment, CommentFilter, CommentInput } from '../../../shared/domain/comment';
import type { LocationRef } from '../../../shared/domain/common';
import { mappingFields } from './fieldNames';
import type { Http } from './http';
import { fetchAllPages } from './paging';
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

export function createCommentsApi(http: Http) {
  return {
    /** Reviews, newest first as Altegio sends them, all pages. */
    async list(location: LocationRef, filter: CommentFilter = {}): Promise<Comment[]> {
      const items = await fetchAllPages(
        http,
        `/comments/${location.id}`,
        {
          start_date: filter.from,
          end_date: filter.to,
          staff_id: filter.teamMemberId,
          rating: filter.rating,
        },
        COMMENTS_PAGE_SIZE,
      );
      return items.map((item) => toComment(item, location));
    },

    /** Leaves a review (teamMemberId 0: about the location); never repeated, as nothing identifies a lost one. */
    leave: (location: LocationRef, input: CommentInput): Promise<Comment> =>
      mappingFields({ mark: 'rating', name: 'authorName' }, async () => {
        const { data } = await http.request('POST', `/comments/${location.id}/${input.teamMemberId}`, {
          body: { mark: input.rating, text: input.text, name: input.authorName },
        });
        return toComment(data, location);
      }),
  };
}

export type CommentsApi = ReturnType<typeof createCommentsApi>;
