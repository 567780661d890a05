import { describe, expect, it } from 'vitest';
import { pageText } from '../../renderer/src/components/Pager';
import {
  commentFormSchema,
  focusedMember,
  formFieldOfComment,
  matchingCount,
  memberCommentsFocus,
  toCommentInput,
} from '../../renderer/src/features/comments/model';
import { servicesText } from '../../renderer/src/features/partnerReport/model';
import type { CommentsSummary } from '../../shared/domain/comment';

const summary: CommentsSummary = {
  count: 10,
  average: 4,
  byRating: [1, 0, 2, 3, 4],
  subjects: [
    { teamMemberId: null, count: 3, average: 4, byRating: [0, 0, 1, 1, 1] },
    { teamMemberId: 1001, count: 7, average: 4, byRating: [1, 0, 1, 2, 3] },
  ],
};

describe('the comments model', () => {
  it('reads a member focus and nothing else', () => {
    expect(focusedMember(memberCommentsFocus(1001))).toBe(1001);
    for (const focus of [null, 'event:8000', 'member:', 'member:abc', 'member:-3', 'member:1.5']) {
      expect(focusedMember(focus), String(focus)).toBeNull();
    }
  });

  it('counts the reviews that match a filter from the range’s tallies', () => {
    expect(matchingCount(summary, { teamMemberId: null, rating: null })).toBe(10);
    expect(matchingCount(summary, { teamMemberId: null, rating: 5 })).toBe(4);
    expect(matchingCount(summary, { teamMemberId: 1001, rating: null })).toBe(7);
    expect(matchingCount(summary, { teamMemberId: 1001, rating: 1 })).toBe(1);
    expect(matchingCount(summary, { teamMemberId: 1002, rating: null })).toBe(0);
    expect(matchingCount(undefined, { teamMemberId: null, rating: null })).toBeNull();
  });

  it('words a page as shown, with the total when it is known', () => {
    expect(pageText(2, 20, 20, 57)).toBe('21–40 of 57');
    expect(pageText(3, 20, 17, null)).toBe('41–57');
    expect(pageText(1, 20, 0, 0)).toBe('None');
  });

  it('checks a review and turns it into the input main takes', () => {
    const blank = commentFormSchema.safeParse({
      subject: 'location',
      rating: null,
      text: ' ',
      authorName: '',
    });
    expect(blank.success).toBe(false);
    const values = { subject: '1001', rating: 4, text: ' Kind ', authorName: ' Al ' };
    expect(commentFormSchema.safeParse(values).success).toBe(true);
    expect(toCommentInput(values)).toEqual({ teamMemberId: 1001, rating: 4, text: 'Kind', authorName: 'Al' });
    expect(toCommentInput({ ...values, subject: 'location' }).teamMemberId).toBe(0);
  });

  it('finds the input of a refused field, from main’s checks or Altegio’s', () => {
    expect(formFieldOfComment('comment.text')).toBe('text');
    expect(formFieldOfComment('rating')).toBe('rating');
    expect(formFieldOfComment('authorName')).toBe('authorName');
    expect(formFieldOfComment('salon_id')).toBeNull();
  });

  it('lists a report line’s services with their amounts', () => {
    const line = {
      services: [
        { title: 'Cut', amount: 1 },
        { title: 'Mask', amount: 2 },
      ],
    };
    expect(servicesText(line as Parameters<typeof servicesText>[0])).toBe('Cut, Mask ×2');
    expect(servicesText({ services: [] } as unknown as Parameters<typeof servicesText>[0])).toBe('—');
  });
});
