import { describe, expect, it } from 'vitest';
import { createCommentsApi } from '../../../electron/main/altegio/comments';
import type { Envelope, Http } from '../../../electron/main/altegio/http';
import { createPartnerReportApi } from '../../../electron/main/altegio/partnerReport';

const SALON = { id: 101, timezone: 'America/New_York' };

/** Canned replies in the YCLIENTS and real-Altegio shapes the emulator does not produce. */
function cannedHttp(reply: (path: string, query: Record<string, unknown>) => Envelope) {
  const calls: Array<{ path: string; query: Record<string, unknown> }> = [];
  const http: Http = {
    maxAttempts: 1,
    backoff: async () => undefined,
    request: async (_method, path, options = {}) => {
      const query = (options.query ?? {}) as Record<string, unknown>;
      calls.push({ path, query });
      return reply(path, query);
    },
  };
  return { http, calls };
}

/** YCLIENTS sends every value of a review as a string. */
const ycComment = (id: number) => ({
  id: String(id),
  salon_id: '101',
  type: '1',
  master_id: '1001',
  text: 'Nice',
  date: '2027-01-05 20:31:05',
  rating: '4',
  user_name: 'Ann',
  record_id: '0',
});

describe('a page of reviews', () => {
  it('asks for one page and for the single review after it, and reads YCLIENTS strings', async () => {
    const reviews = Array.from({ length: 45 }, (_, index) => ycComment(40_001 + index));
    const { http, calls } = cannedHttp((_path, query) => {
      const count = Number(query['count']);
      const page = Number(query['page']);
      return { status: 200, data: reviews.slice((page - 1) * count, page * count), meta: [] };
    });
    const api = createCommentsApi(http);
    const second = await api.page(SALON, { teamMemberId: 1001, rating: 4 }, 2, 20);
    expect(second.comments.map((c) => c.id)).toEqual(reviews.slice(20, 40).map((r) => Number(r.id)));
    expect(second.comments[0]).toMatchObject({
      teamMemberId: 1001,
      rating: 4,
      date: '2027-01-05T20:31:05-05:00',
      appointmentId: null,
    });
    expect(second.hasMore).toBe(true);
    expect(calls.map((c) => [c.query['page'], c.query['count']])).toEqual([
      [2, 20],
      [41, 1],
    ]);
    expect(calls[0]?.query).toMatchObject({ staff_id: 1001, rating: 4 });
    // 45 reviews: the third page is short, so there is nothing after it.
    expect((await api.page(SALON, {}, 3, 20)).hasMore).toBe(false);
  });

  it('knows a full page is the last when Altegio has nothing after it', async () => {
    const reviews = Array.from({ length: 40 }, (_, index) => ycComment(40_001 + index));
    const { http } = cannedHttp((_path, query) => {
      const count = Number(query['count']);
      const page = Number(query['page']);
      return { status: 200, data: reviews.slice((page - 1) * count, page * count), meta: [] };
    });
    const last = await createCommentsApi(http).page(SALON, {}, 2, 20);
    expect(last.comments).toHaveLength(20);
    expect(last.hasMore).toBe(false);
  });
});

describe('the partner report', () => {
  it('sends dd.mm.yyyy dates and the location, and reads the compact items with meta.count', async () => {
    const { http, calls } = cannedHttp(() => ({
      status: 200,
      data: [
        {
          id: '5001',
          date: '2027-03-14 10:00:00',
          // The offset stuck at standard time on the DST day: the local date wins.
          datetime: '2027-03-14T10:00:00-0500',
          create_date: '2027-03-01T12:36:27-0500',
          deleted: 1,
          attendance: '-1',
          length: '3600',
          online: false,
          api_id: 'fd-1',
          services: [
            { id: '2001', title: 'Cut', cost: '40.1', amount: '2' },
            { id: '2002', title: 'Mask', cost: 0.2 },
          ],
          company: { id: 101, timezone: -5, timezone_name: 'America/New_York' },
          staff: { id: '1001', name: 'Emma Johnson' },
          client: { id: 100001, name: 'Nora', phone: '+12025550199', phone_code: '', email: '' },
          custom_fields: {},
        },
      ],
      meta: { count: '57' },
    }));
    const page = await createPartnerReportApi(http).page(
      SALON,
      { from: '2027-03-01', to: '2027-03-31' },
      3,
      25,
    );
    expect(calls[0]).toEqual({
      path: '/records/partner',
      query: {
        salon_id: 101,
        start_date: '01.03.2027',
        end_date: '31.03.2027',
        editable_length: 25,
        page: 3,
      },
    });
    expect(page.total).toBe(57);
    expect(page.appointments[0]).toEqual({
      id: 5001,
      start: '2027-03-14T10:00:00-04:00',
      durationSeconds: 3600,
      teamMember: { id: 1001, name: 'Emma Johnson' },
      client: { id: 100001, name: 'Nora', phone: '+12025550199' },
      services: [
        { id: 2001, title: 'Cut', cost: 40.1, amount: 2 },
        { id: 2002, title: 'Mask', cost: 0.2, amount: 1 },
      ],
      cost: 80.4,
      createdAt: '2027-03-01T12:36:27-05:00',
      status: 'no-show',
      deleted: true,
      online: false,
      apiId: 'fd-1',
    });
  });

  it('never asks for more than Altegio’s 100 a page', async () => {
    const { http, calls } = cannedHttp(() => ({ status: 200, data: [], meta: { count: 0 } }));
    const page = await createPartnerReportApi(http).page(
      SALON,
      { from: '2027-01-01', to: '2027-01-02' },
      1,
      500,
    );
    expect(calls[0]?.query['editable_length']).toBe(100);
    expect(page).toEqual({ appointments: [], page: 1, pageSize: 100, total: 0 });
  });
});
