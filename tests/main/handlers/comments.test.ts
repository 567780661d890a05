import { afterEach, describe, expect, it } from 'vitest';
import { COMMENTS_PAGE_SIZE } from '../../../shared/contract/comments';
import { addDays, EMMA, SALON_ID, SALON_TODAY } from '../../support/demoSalon';
import { useHarness } from './harness';

const h = useHarness();
/** The seed leaves its 60 salon reviews within the last 60 days. */
const FROM = addDays(SALON_TODAY, -90);
const TO = SALON_TODAY;

interface WireComment {
  id: number;
  type: number;
  master_id: number;
  rating: number;
  text: string;
  user_name: string;
}

async function stored(query = ''): Promise<WireComment[]> {
  const reply = await h.http.get(
    `/comments/${SALON_ID}?start_date=${FROM}&end_date=${TO}&count=1000${query}`,
  );
  expect(reply.status).toBe(200);
  return reply.body.data as WireComment[];
}

afterEach(() => {
  h.emulator.faults.clear();
});

describe('comments handlers', () => {
  it('pages through the reviews one page at a time and knows exactly when the last page is reached', async () => {
    const all = await stored();
    expect(all.length).toBe(60);
    const pages = [];
    for (let page = 1; page <= 3; page++) {
      pages.push(await h.invoke('comments.page', { locationId: SALON_ID, from: FROM, to: TO, page }));
    }
    expect(pages.map((p) => p.comments.length)).toEqual([20, 20, 20]);
    // 60 is a whole number of pages: a full third page is still the last one.
    expect(pages.map((p) => p.hasMore)).toEqual([true, true, false]);
    expect(pages.flatMap((p) => p.comments.map((c) => c.id))).toEqual(all.map((c) => c.id));
    expect(pages[0]?.pageSize).toBe(COMMENTS_PAGE_SIZE);
  });

  it('filters by team member and rating as Altegio does', async () => {
    const all = await stored();
    const member = all.find((c) => c.type === 1)?.master_id ?? EMMA;
    const rating = all.find((c) => c.master_id === member)?.rating ?? 5;
    const expected = all.filter((c) => c.master_id === member && c.rating === rating);
    const page = await h.invoke('comments.page', {
      locationId: SALON_ID,
      from: FROM,
      to: TO,
      teamMemberId: member,
      rating,
      page: 1,
    });
    expect(page.comments.map((c) => c.id)).toEqual(expected.slice(0, 20).map((c) => c.id));
    expect(page.comments.every((c) => c.teamMemberId === member && c.rating === rating)).toBe(true);
    expect(page.hasMore).toBe(expected.length > 20);
  });

  it('sums up counts and averages per team member from every review in the range', async () => {
    const all = await stored();
    const summary = await h.invoke('comments.summary', { locationId: SALON_ID, from: FROM, to: TO });
    expect(summary.count).toBe(all.length);
    expect(summary.byRating).toEqual([1, 2, 3, 4, 5].map((r) => all.filter((c) => c.rating === r).length));
    for (const subject of summary.subjects) {
      const theirs = all.filter((c) =>
        subject.teamMemberId === null ? c.type === 0 : c.type === 1 && c.master_id === subject.teamMemberId,
      );
      expect(subject.count).toBe(theirs.length);
      const mean = theirs.reduce((sum, c) => sum + c.rating, 0) / theirs.length;
      expect(subject.average).toBeCloseTo(mean, 2);
    }
    expect(summary.subjects.reduce((sum, s) => sum + s.count, 0)).toBe(all.length);
    // A range with no reviews: nothing to average.
    const empty = await h.invoke('comments.summary', {
      locationId: SALON_ID,
      from: addDays(SALON_TODAY, 200),
      to: addDays(SALON_TODAY, 201),
    });
    expect(empty).toEqual({ count: 0, average: null, byRating: [0, 0, 0, 0, 0], subjects: [] });
  });

  it('leaves a review about a member and one about the location, and Altegio keeps them', async () => {
    const left = await h.invoke('comments.leave', {
      locationId: SALON_ID,
      comment: { teamMemberId: EMMA, rating: 4, text: '  Lovely cut  ', authorName: 'Ann B.' },
    });
    expect(left).toMatchObject({ teamMemberId: EMMA, rating: 4, text: 'Lovely cut', authorName: 'Ann B.' });
    const aboutPlace = await h.invoke('comments.leave', {
      locationId: SALON_ID,
      comment: { teamMemberId: 0, rating: 5, text: 'Great place', authorName: 'Bo' },
    });
    expect(aboutPlace.teamMemberId).toBeNull();
    const raw = await stored();
    expect(raw.find((c) => c.id === left.id)).toMatchObject({ type: 1, master_id: EMMA, rating: 4 });
    expect(raw.find((c) => c.id === aboutPlace.id)).toMatchObject({ type: 0, master_id: 0, rating: 5 });
  });

  it('refuses a bad review at its fields before anything reaches Altegio', async () => {
    const before = (await stored()).length;
    const refused = await h.result('comments.leave', {
      locationId: SALON_ID,
      comment: { teamMemberId: EMMA, rating: 6, text: '   ', authorName: '' },
    });
    expect(refused.error?.code).toBe('VALIDATION');
    expect(refused.error?.detail?.fields).toEqual({
      'comment.rating': 'issue.comment.rating',
      'comment.text': 'issue.comment.text',
      'comment.authorName': 'issue.comment.name',
    });
    expect((await stored()).length).toBe(before);
  });

  it('does not repeat a review whose answer was lost, and says it may have been saved', async () => {
    h.emulator.faults.set({ dropRate: 1 });
    const refused = await h.result('comments.leave', {
      locationId: SALON_ID,
      comment: { teamMemberId: EMMA, rating: 3, text: 'Lost answer', authorName: 'Cy' },
    });
    h.emulator.faults.clear();
    expect(refused.error?.code).toBe('NETWORK');
    expect(refused.error?.params?.['saveUnknown']).toBe(true);
    expect((await stored()).filter((c) => c.text === 'Lost answer')).toHaveLength(1);
  });

  it('says a member Altegio does not know is not found', async () => {
    const refused = await h.result('comments.leave', {
      locationId: SALON_ID,
      comment: { teamMemberId: 999_999, rating: 3, text: 'Who?', authorName: 'Di' },
    });
    expect(refused.error?.code).toBe('NOT_FOUND');
  });
});
