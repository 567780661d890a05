import { afterAll, describe, expect, it } from 'vitest';
import { PARTNER_REPORT_PAGE_SIZE } from '../../../shared/contract/partnerReport';
import { addDays, LIAM, QUIET_DAY, SALON_ID, SALON_TODAY, salonTime } from '../../support/demoSalon';
import { useHarness } from './harness';

const h = useHarness();
const dotted = (date: string) => date.split('-').reverse().join('.');

async function rawReport(from: string, to: string, page = 1, size = 100) {
  const reply = await h.http.get(
    `/records/partner?salon_id=${SALON_ID}&start_date=${dotted(from)}&end_date=${dotted(to)}&editable_length=${size}&page=${page}`,
  );
  expect(reply.status).toBe(200);
  return reply.body as { data: Array<{ id: number; deleted: boolean }>; meta: { count: number } };
}

afterAll(async () => {
  const day = await h.http.get(`/records/${SALON_ID}?start_date=${QUIET_DAY}&end_date=${QUIET_DAY}`);
  for (const record of day.body.data as Array<{ id: number }>)
    await h.http.delete(`/record/${SALON_ID}/${record.id}`);
});

describe('partner report handler', () => {
  it('lists an appointment booked through Frontdesk, with its member, client, services and cost', async () => {
    const services = await h.invoke('services.list', { locationId: SALON_ID });
    const service = services.find((s) => s.teamMembers.some((m) => m.teamMemberId === LIAM)) ?? services[0]!;
    const booked = await h.invoke('appointments.create', {
      locationId: SALON_ID,
      input: {
        teamMemberId: LIAM,
        start: salonTime(QUIET_DAY, '11:00'),
        durationSeconds: 3600,
        technicalBreakSeconds: null,
        services: [{ id: service.id, firstCost: 40.5, discountPercent: 0, cost: 40.5 }],
        client: { name: 'Partner Report', phone: '+12025550142' },
      },
    });
    const report = await h.invoke('partnerReport.page', {
      locationId: SALON_ID,
      from: QUIET_DAY,
      to: QUIET_DAY,
      page: 1,
    });
    expect(report.total).toBe(1);
    expect(report.appointments).toHaveLength(1);
    expect(report.appointments[0]).toMatchObject({
      id: booked.id,
      start: salonTime(QUIET_DAY, '11:00'),
      durationSeconds: 3600,
      teamMember: { id: LIAM },
      client: { name: 'Partner Report' },
      services: [{ id: service.id, cost: 40.5 }],
      cost: 40.5,
      status: 'waiting',
      deleted: false,
    });
    expect(report.appointments[0]?.createdAt).not.toBeNull();
    expect((await rawReport(QUIET_DAY, QUIET_DAY)).data.map((r) => r.id)).toEqual([booked.id]);
  });

  it('pages with Altegio’s total, and the pages add up to what Altegio lists', async () => {
    const from = addDays(SALON_TODAY, -28);
    const to = addDays(SALON_TODAY, 13);
    const raw = await rawReport(from, to);
    expect(raw.meta.count).toBeGreaterThan(PARTNER_REPORT_PAGE_SIZE);
    const first = await h.invoke('partnerReport.page', { locationId: SALON_ID, from, to, page: 1 });
    const second = await h.invoke('partnerReport.page', { locationId: SALON_ID, from, to, page: 2 });
    expect(first.total).toBe(raw.meta.count);
    expect(first.appointments).toHaveLength(PARTNER_REPORT_PAGE_SIZE);
    expect([...first.appointments, ...second.appointments].map((a) => a.id)).toEqual(
      raw.data.slice(0, 2 * PARTNER_REPORT_PAGE_SIZE).map((r) => r.id),
    );
  });

  it('refuses a backwards range before asking Altegio', async () => {
    const refused = await h.result('partnerReport.page', {
      locationId: SALON_ID,
      from: SALON_TODAY,
      to: addDays(SALON_TODAY, -1),
      page: 1,
    });
    expect(refused.error).toMatchObject({
      code: 'VALIDATION',
      detail: { fields: { to: 'issue.range.backwards' } },
    });
  });
});
