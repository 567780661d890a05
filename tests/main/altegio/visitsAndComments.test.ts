import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../electron/emulator';
import type { Appointment } from '../../../shared/domain/appointment';
import { rawGet, SALON, salonDate, signedInClient, startTestEmulator } from './helpers';

describe('visits and comments', () => {
  let emulator: RunningEmulator;
  let client: Awaited<ReturnType<typeof signedInClient>>;
  let past: Appointment;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    client = await signedInClient(emulator);
    const { appointments: list } = await client.appointments.list(SALON, {
      from: salonDate(-3),
      to: salonDate(-1),
    });
    // An attended visit: the seed has it paid, so it has a receipt.
    const found = list.find(
      (a) => a.visitId !== null && a.services.length > 0 && a.activityId === null && a.status === 'arrived',
    );
    if (!found) throw new Error('no past appointment with a visit');
    past = found;
  });
  afterAll(() => emulator.close());

  it('reads a visit with its appointments and details', async () => {
    const visit = await client.visits.get(SALON, past.visitId ?? 0);
    expect(visit.id).toBe(past.visitId);
    expect(visit.appointments.map((a) => a.id)).toContain(past.id);
    expect(visit.start).toBe(visit.appointments[0]?.start);
    const details = await client.visits.details(SALON, past.id, past.visitId ?? 0);
    const serviceItems = details.items.filter((i) => i.kind === 'service' && i.appointmentId === past.id);
    expect(serviceItems.map((i) => i.title).sort()).toEqual(past.services.map((s) => s.title).sort());
    expect(details.total).toBeGreaterThan(0);
    expect(details).toMatchObject({ receipt: true, due: Math.max(0, details.total - details.paid) });
    expect(details.payments.every((p) => p.paidAt === null || /-0[45]:00$/.test(p.paidAt))).toBe(true);
  });

  it('marks a no-show with a comment, read back from Altegio', async () => {
    const visit = await client.visits.setStatus(SALON, past.visitId ?? 0, past.id, {
      status: 'no-show',
      comment: 'Did not come',
    });
    expect(visit).toMatchObject({ status: 'no-show', comment: 'Did not come' });
    const raw = await rawGet(emulator, client.userToken, `/record/${SALON.id}/${past.id}`);
    expect(raw.body.data).toMatchObject({ attendance: -1 });
    expect((await client.appointments.get(SALON, past.id)).status).toBe('no-show');
    await expect(client.visits.get(SALON, 987_654)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reads the visit back when the reply to the update is not the visit (its body is undocumented)', async () => {
    const puts: string[] = [];
    const bareReplies = await signedInClient(emulator, {
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (init?.method !== 'PUT') return response;
        puts.push(String(input));
        return new Response(JSON.stringify({ success: true, data: null, meta: [] }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      },
    });
    const visit = await bareReplies.visits.setStatus(SALON, past.visitId ?? 0, past.id, {
      status: 'confirmed',
      comment: 'Will call back',
    });
    expect(puts).toHaveLength(1);
    expect(visit).toMatchObject({ id: past.visitId, status: 'confirmed', comment: 'Will call back' });
    expect(visit.appointments.find((a) => a.id === past.id)?.status).toBe('confirmed');
  });

  describe('a visit reply whose records lack last_change_date', () => {
    /** A client whose visit replies (PUT and GET) lose the records' change dates and finance. */
    async function strippedReplies(recordReads: string[], recordStatus = 200) {
      return signedInClient(emulator, {
        fetch: async (input, init) => {
          const url = String(input);
          if (url.includes('/record/')) {
            recordReads.push(url);
            if (recordStatus !== 200)
              return new Response(JSON.stringify({ success: false, data: null, meta: { message: 'gone' } }), {
                status: recordStatus,
                headers: { 'content-type': 'application/json' },
              });
          }
          const response = await fetch(input, init);
          if (!url.includes('/visits/')) return response;
          const body = (await response.json()) as { data: { records?: Array<Record<string, unknown>> } };
          for (const record of body.data.records ?? []) {
            delete record.last_change_date;
            delete record.finance_transactions;
          }
          return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
        },
      });
    }

    it('re-reads those appointments, so the desk can tell they are the newest copies', async () => {
      const recordReads: string[] = [];
      const stripped = await strippedReplies(recordReads);
      const visit = await stripped.visits.setStatus(SALON, past.visitId ?? 0, past.id, {
        status: 'arrived',
        comment: 'Came after all',
      });
      expect(visit.appointments.length).toBeGreaterThan(0);
      expect(recordReads).toHaveLength(visit.appointments.length);
      for (const appointment of visit.appointments) {
        const current = await client.appointments.get(SALON, appointment.id);
        expect(appointment.lastChangedAt).not.toBeNull();
        expect(appointment).toEqual(current);
        expect(appointment).toMatchObject({ status: 'arrived', payments: expect.any(Array) });
      }
    });

    it('keeps the reply when the re-read fails: the save itself succeeded', async () => {
      const recordReads: string[] = [];
      const stripped = await strippedReplies(recordReads, 404);
      const visit = await stripped.visits.setStatus(SALON, past.visitId ?? 0, past.id, {
        status: 'confirmed',
        comment: 'Will come',
      });
      expect(recordReads.length).toBeGreaterThan(0);
      expect(visit.appointments.find((a) => a.id === past.id)).toMatchObject({
        status: 'confirmed',
        lastChangedAt: null,
      });
    });

    it('reads nothing more when the reply has the change dates', async () => {
      const recordReads: string[] = [];
      const counting = await signedInClient(emulator, {
        fetch: (input, init) => {
          if (String(input).includes('/record/')) recordReads.push(String(input));
          return fetch(input, init);
        },
      });
      const visit = await counting.visits.setStatus(SALON, past.visitId ?? 0, past.id, {
        status: 'arrived',
        comment: '',
      });
      expect(visit.appointments.every((a) => a.lastChangedAt !== null)).toBe(true);
      expect(recordReads).toEqual([]);
    });
  });

  it('downloads the receipt as PDF bytes', async () => {
    const pdf = await client.visits.receiptPdf(past.visitId ?? 0);
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(200);
    await expect(client.visits.receiptPdf(987_654)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists reviews with filters and leaves one', async () => {
    const all = await client.comments.list(SALON);
    expect(all.length).toBeGreaterThan(0);
    const member = all.find((c) => c.teamMemberId !== null)?.teamMemberId ?? 0;
    const ofMember = await client.comments.list(SALON, { teamMemberId: member });
    expect(ofMember.length).toBe(all.filter((c) => c.teamMemberId === member).length);
    const fives = await client.comments.list(SALON, { rating: 5 });
    expect(fives.every((c) => c.rating === 5)).toBe(true);

    const left = await client.comments.leave(SALON, {
      teamMemberId: member,
      rating: 4,
      text: 'Lovely cut',
      authorName: 'Ann',
    });
    expect(left).toMatchObject({ teamMemberId: member, rating: 4, text: 'Lovely cut', authorName: 'Ann' });
    expect((await client.comments.list(SALON)).map((c) => c.id)).toContain(left.id);
    const aboutPlace = await client.comments.leave(SALON, {
      teamMemberId: 0,
      rating: 5,
      text: 'Nice place',
      authorName: 'Bo',
    });
    expect(aboutPlace.teamMemberId).toBeNull();
    await expect(
      client.comments.leave(SALON, { teamMemberId: member, rating: 9, text: 'x', authorName: 'C' }),
    ).rejects.toMatchObject({ code: 'VALIDATION', detail: { fields: { rating: expect.any(String) } } });
  });
});
