import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../electron/emulator';
import { toAppointment } from '../../../electron/main/altegio/appointmentWire';
import { AltegioError } from '../../../electron/main/altegio/errors';
import type { Envelope, Http } from '../../../electron/main/altegio/http';
import { fetchAllPages } from '../../../electron/main/altegio/paging';
import { createAppointmentsApi } from '../../../electron/main/altegio/appointments';
import { createTeamApi } from '../../../electron/main/altegio/team';
import { SALON, signedInClient, startTestEmulator } from './helpers';

/** Canned replies in shapes the emulator does not produce (real-Altegio and YCLIENTS variants). */
function cannedHttp(
  reply: (path: string, query: Record<string, unknown>) => Envelope,
): Http & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    maxAttempts: 1,
    backoff: async () => undefined,
    request: async (_method, path, options = {}) => {
      calls.push(`${path} ${JSON.stringify(options.query ?? {})}`);
      return reply(path, (options.query ?? {}) as Record<string, unknown>);
    },
  };
}

const record = {
  id: '5001',
  company_id: 101,
  staff_id: '1001',
  date: '2026-03-09 10:00:00',
  datetime: '2026-03-09T09:00:00-05:00',
  create_date: '2026-03-01T12:36:27-0500',
  last_change_date: '2026-03-02T08:00:00-0500',
  seance_length: '3600',
  technical_break_duration: 0,
  services: [{ id: '2001', title: 'Cut', cost: '45.5', first_cost: 50, discount: '9', amount: 1 }],
  client: null,
  attendance: 2,
  comment: null,
  online: 1,
  master_request: '1',
  deleted: 0,
  visit_id: '8262996',
  activity_id: 0,
  api_id: '0',
  custom_color: 'F44336',
  record_labels: [{ id: '67345', title: 'VIP', color: '009800' }],
  custom_fields: [],
  paid_full: '1',
  prepaid: 0,
  prepaid_confirmed: '0',
  finance_transactions: [{ id: '77', amount: '45.5', account: { id: 2, title: 'Card' } }],
};

describe('record parsing', () => {
  it('absorbs the documented quirks', () => {
    const appointment = toAppointment(record, SALON);
    expect(appointment).toEqual({
      id: 5001,
      locationId: 101,
      teamMemberId: 1001,
      start: '2026-03-09T10:00:00-04:00',
      end: '2026-03-09T11:00:00-04:00',
      durationSeconds: 3600,
      technicalBreakSeconds: 0,
      client: null,
      services: [{ id: 2001, title: 'Cut', cost: 45.5, firstCost: 50, discountPercent: 9, amount: 1 }],
      status: 'confirmed',
      comment: '',
      customColour: '#f44336',
      labels: [{ id: 67345, title: 'VIP', colour: '#009800' }],
      customFields: {},
      online: true,
      requestedTeamMember: true,
      visitId: 8262996,
      apiId: null,
      smsReminderHours: 0,
      emailReminderHours: 0,
      createdAt: '2026-03-01T12:36:27-05:00',
      lastChangedAt: '2026-03-02T08:00:00-05:00',
      deleted: false,
      activityId: null,
      paidFull: true,
      prepaid: false,
      prepaidConfirmed: false,
      payments: [{ id: 77, amount: 45.5, appointmentId: null }],
    });
    const other = toAppointment(
      {
        ...record,
        custom_fields: { colour: ['red', 'blue'], size: 3 },
        api_id: '',
        attendance: -1,
        custom_color: '',
      },
      SALON,
    );
    expect(other).toMatchObject({
      customFields: { colour: ['red', 'blue'], size: 3 },
      apiId: null,
      status: 'no-show',
      customColour: null,
    });
    expect(
      toAppointment({ ...record, date: undefined, length: 1800, seance_length: undefined }, SALON),
    ).toMatchObject({
      start: '2026-03-09T10:00:00-04:00',
      durationSeconds: 1800,
    });
  });

  it('refuses a record without an id or a time', () => {
    const readError = (raw: unknown) => {
      try {
        toAppointment(raw, SALON);
      } catch (error) {
        return error;
      }
      return null;
    };
    for (const broken of [
      { ...record, id: undefined },
      { ...record, date: 'soon', datetime: null },
      { ...record, id: 'x' },
    ]) {
      const error = readError(broken);
      expect(error).toBeInstanceOf(AltegioError);
      expect(error).toMatchObject({ code: 'SERVER' });
    }
  });
});

describe('paging and team members with real-Altegio shapes', () => {
  it('loops until a short page when meta has no total', async () => {
    for (const meta of [[], {}]) {
      const http = cannedHttp((_path, query) => {
        const page = Number(query.page);
        const data = page <= 2 ? Array.from({ length: 3 }, (_, i) => ({ id: page * 10 + i })) : [{ id: 99 }];
        return { status: 200, data, meta };
      });
      const items = await fetchAllPages(http, '/comments/101', {}, 3);
      expect(items).toHaveLength(7);
      expect(http.calls).toHaveLength(3);
    }
  });

  it('asks for payments only where money shows, and does not count a broken record that is deleted', async () => {
    const broken = { id: 7, date: 'never', datetime: null };
    const http = cannedHttp(() => ({
      status: 200,
      data: [record, { ...broken, deleted: true }, { ...broken, id: 8, deleted: 0 }],
      meta: { page: 1, total_count: 3 },
    }));
    const appointments = createAppointmentsApi(http);
    const day = await appointments.list(SALON, { from: '2026-03-09', to: '2026-03-09', withDeleted: true });
    expect(day.appointments.map((item) => item.id)).toEqual([5001]);
    expect(day.unreadable).toEqual([{ id: 8 }]);
    await appointments.forClient(SALON, 1, { from: '2026-03-09', to: '2026-03-09' });
    expect(http.calls[0]).toContain('"include_finance_transactions":1');
    expect(http.calls[0]).toContain('"with_deleted":1');
    expect(http.calls.at(-1)).not.toContain('include_finance_transactions');
  });

  it('hides fired and removed members, sorts by weight then id', async () => {
    const member = (id: number, weight: number | string, extra = {}) => ({
      id,
      name: `M${id}`,
      weight,
      fired: 0,
      status: 0,
      position: [],
      ...extra,
    });
    const http = cannedHttp(() => ({
      status: 200,
      data: [
        member(4, 1),
        member(2, 5),
        member(3, 5),
        member(5, 9, { fired: 1 }),
        member(6, 9, { status: 1 }),
        member(7, '3'),
      ],
      meta: [],
    }));
    const members = await createTeamApi(http).list(SALON);
    expect(members.map((m) => m.id)).toEqual([2, 3, 7, 4]);
    expect(members[0]?.position).toBeNull();
  });
});

describe('the DST quirk against the emulator', () => {
  let plain: RunningEmulator;
  let frozen: RunningEmulator;

  beforeAll(async () => {
    [plain, frozen] = await Promise.all([
      startTestEmulator(),
      startTestEmulator({ freezeStandardOffset: true }),
    ]);
  });
  afterAll(() => Promise.all([plain.close(), frozen.close()]));

  it('reads the same times when datetime carries the standard offset all summer', async () => {
    const range = { from: '2026-03-07', to: '2026-03-10' };
    const [a, b] = await Promise.all([
      signedInClient(plain).then(async (c) => (await c.appointments.list(SALON, range)).appointments),
      signedInClient(frozen).then(async (c) => (await c.appointments.list(SALON, range)).appointments),
    ]);
    expect(a.length).toBeGreaterThan(0);
    expect(b.map((x) => [x.id, x.start])).toEqual(a.map((x) => [x.id, x.start]));
    expect(a.some((x) => x.start.endsWith('-04:00'))).toBe(true);
  });
});
