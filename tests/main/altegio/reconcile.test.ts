import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../electron/emulator';
import { appointmentToInput, type Appointment } from '../../../shared/domain/appointment';
import { rawGet, SALON, salonDate, signedInClient, startTestEmulator } from './helpers';

type Client = Awaited<ReturnType<typeof signedInClient>>;

/**
 * Every write whose replies are lost is read back before a failure is reported: done is done, not done is a
 * plain failure, and a re-read that fails too is "not known" (saveUnknown), never a plain failure.
 */
describe('writes reconciled after lost replies', () => {
  let emulator: RunningEmulator;
  let client: Client;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    client = await signedInClient(emulator);
  });
  afterEach(() => {
    emulator.beforeRequest(null);
    emulator.faults.clear();
  });
  afterAll(() => emulator.close());

  /**
   * The first request that `matches` is carried out and its connection cut; every later one that matches
   * fails with a 5xx before Altegio does anything, so the client's retries run out. With `reads: 'fail'`,
   * every other request fails too.
   */
  const loseReplies = (matches: (method: string, path: string) => boolean, reads: 'ok' | 'fail' = 'ok') => {
    let seen = 0;
    emulator.beforeRequest(({ method, path }) => {
      const hit = matches(method, path);
      if (hit) seen++;
      const first = hit && seen === 1;
      emulator.faults.set({
        dropRate: first ? 1 : 0,
        errorRate: first ? 0 : hit || reads === 'fail' ? 1 : 0,
      });
    });
  };

  const raw = (path: string) => rawGet(emulator, client.userToken, path);

  const futureAppointment = async (): Promise<Appointment> => {
    const { appointments } = await client.appointments.list(SALON, { from: salonDate(2), to: salonDate(2) });
    const found = appointments.find((a) => !a.deleted && a.activityId === null && a.client !== null);
    if (!found) throw new Error('no appointment two days ahead');
    return found;
  };

  it('reports a cancel as done when Altegio carried it out and every retry failed', async () => {
    const target = await futureAppointment();
    loseReplies((method) => method === 'DELETE');
    await expect(client.appointments.remove(SALON, target.id)).resolves.toBeUndefined();
    emulator.beforeRequest(null);
    emulator.faults.clear();
    const stored = await raw(`/record/${SALON.id}/${target.id}`);
    expect(stored.status === 404 || (stored.body.data as { deleted?: boolean }).deleted === true).toBe(true);
  });

  it('says it is not known whether a cancel was done when the re-read fails too', async () => {
    const target = await futureAppointment();
    loseReplies((method) => method === 'DELETE', 'fail');
    await expect(client.appointments.remove(SALON, target.id)).rejects.toMatchObject({
      code: 'SERVER',
      params: { saveUnknown: true },
    });
  });

  it('keeps a plain failure when the re-read shows the move did not happen', async () => {
    const target = await futureAppointment();
    // Every PUT fails before Altegio does anything: the re-read shows the old time, so trying again is safe.
    emulator.beforeRequest(({ method }) => void emulator.faults.set({ errorRate: method === 'PUT' ? 1 : 0 }));
    const moved = { ...appointmentToInput(target), comment: 'never saved' };
    const refused = await client.appointments
      .update(SALON, target.id, moved)
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'SERVER' });
    expect((refused as { params?: Record<string, unknown> }).params?.['saveUnknown']).toBeUndefined();
  });

  it('says a move is not known to be saved when its replies and the re-read are lost', async () => {
    const target = await futureAppointment();
    loseReplies((method) => method === 'PUT', 'fail');
    const moved = { ...appointmentToInput(target), comment: 'maybe saved' };
    await expect(client.appointments.update(SALON, target.id, moved)).rejects.toMatchObject({
      params: { saveUnknown: true },
    });
  });

  it('reports a visit edit as saved when the visit read back carries it', async () => {
    const { appointments } = await client.appointments.list(SALON, {
      from: salonDate(-3),
      to: salonDate(-1),
    });
    const past = appointments.find((a) => a.visitId !== null && a.activityId === null && !a.deleted);
    if (!past?.visitId) throw new Error('no past appointment with a visit');
    loseReplies((method, path) => method === 'PUT' && path.includes('/visits/'));
    const visit = await client.visits.setStatus(SALON, past.visitId, past.id, {
      status: 'arrived',
      comment: 'Came in the rain',
    });
    expect(visit).toMatchObject({ status: 'arrived', comment: 'Came in the rain' });
  });

  it('finds a client note whose reply was lost instead of reporting it failed or writing it twice', async () => {
    const [someone] = (await client.clients.search(SALON, '', { pageSize: 1 })).items;
    if (!someone) throw new Error('no client');
    loseReplies((method, path) => method === 'POST' && path.endsWith('/comments'));
    const note = await client.clients.addComment(SALON, someone.id, 'Prefers the window seat');
    expect(note.text).toBe('Prefers the window seat');
    emulator.beforeRequest(null);
    emulator.faults.clear();
    const notes = (await client.clients.comments(SALON, someone.id)).filter(
      (n) => n.text === 'Prefers the window seat',
    );
    expect(notes.map((n) => n.id)).toEqual([note.id]);
  });

  it('finds a review whose reply was lost instead of reporting it failed or leaving it twice', async () => {
    const review = { teamMemberId: 1001, rating: 4, text: 'Lost in the post', authorName: 'Lou' };
    loseReplies((method, path) => method === 'POST' && path.includes('/comments/'));
    const left = await client.comments.leave(SALON, review);
    expect(left).toMatchObject({ teamMemberId: 1001, rating: 4, text: 'Lost in the post' });
    emulator.beforeRequest(null);
    emulator.faults.clear();
    const same = (await client.comments.list(SALON)).filter((c) => c.text === 'Lost in the post');
    expect(same.map((c) => c.id)).toEqual([left.id]);
  });

  it('deletes a label whose replies were lost, and says "not known" for a create it cannot look up', async () => {
    const label = await client.labels.create(SALON, {
      title: 'Lost reply',
      colour: '#336699',
      entity: 'record',
    });
    loseReplies((method) => method === 'DELETE');
    await expect(client.labels.remove(SALON, label.id)).resolves.toBeUndefined();
    emulator.beforeRequest(null);
    emulator.faults.clear();
    expect((await client.labels.list(SALON, 'record')).some((l) => l.id === label.id)).toBe(false);

    loseReplies((method) => method === 'POST', 'fail');
    await expect(
      client.clients.create(SALON, { name: 'Unsure Una', phone: '+12125550142' }),
    ).rejects.toMatchObject({ params: { saveUnknown: true } });
  });
});
