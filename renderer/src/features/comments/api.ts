import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CommentsQuery } from '../../../../shared/contract/comments';
import type { CommentInput } from '../../../../shared/domain/comment';
import { call } from '../../api';

/** Reviews change rarely: a minute old is fresh enough, and leaving one refreshes them at once. */
const COMMENTS_STALE_MS = 60_000;

export const commentsKeys = {
  all: (locationId: number) => ['comments', locationId] as const,
  page: (query: CommentsQuery) =>
    [
      'comments',
      query.locationId,
      'page',
      query.from,
      query.to,
      query.teamMemberId ?? null,
      query.rating ?? null,
      query.page,
    ] as const,
  summary: (locationId: number, from: string, to: string) =>
    ['comments', locationId, 'summary', from, to] as const,
};

/** One page of reviews; the previous page stays on screen while the next one loads. */
export function useCommentsPage(query: CommentsQuery) {
  return useQuery({
    queryKey: commentsKeys.page(query),
    queryFn: () => call('comments.page', query),
    staleTime: COMMENTS_STALE_MS,
    placeholderData: keepPreviousData,
  });
}

/** Counts and averages for the range: read once per range, whatever the list's filter and page. */
export function useCommentsSummary(locationId: number, from: string, to: string) {
  return useQuery({
    queryKey: commentsKeys.summary(locationId, from, to),
    queryFn: () => call('comments.summary', { locationId, from, to }),
    staleTime: COMMENTS_STALE_MS,
    placeholderData: keepPreviousData,
  });
}

/**
 * Leaves a review (tried once); the lists and the averages are read again afterwards, after a failure
 * too: a lost answer may still have saved it, and the lists, read again, tell.
 */
export function useLeaveComment(locationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (comment: CommentInput) => call('comments.leave', { locationId, comment }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: commentsKeys.all(locationId) }),
  });
}
