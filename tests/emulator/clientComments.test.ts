import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../electron/emulator/index';
import { type Api, FOREIGN, SALON, signedIn, startTestEmulator, STUDIO } from './helpers';

interface WireClientComment {
  id: number;
  create_date: string;
  update_date: string;
  type: string;
  text: string;
  files: unknown[];
  user: { id: number; name: string };
}

describe('client-card comments', () => {
  let emulator: RunningEmulator;
  let api: Api;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    api = await signedIn(emulator);
  });
  afterAll(() => emulator.close());

  const path = (clientId: number, location = SALON) => `/clients/${location}/clients/${clientId}/comments`;

  it('seeds notes on some cards, newest first, with meta {count}', async () => {
    const clients = await api.get<Array<{ id: number }>>(`/clients/${SALON}?count=20`);
    const counts = await Promise.all(
      clients.body.data.map(async (client) => {
        const reply = await api.get<WireClientComment[], { count: number }>(path(client.id));
        expect(reply.status).toBe(200);
        expect(reply.body.meta.count).toBe(reply.body.data.length);
        const dates = reply.body.data.map((comment) => comment.create_date);
        expect(dates).toEqual([...dates].sort().reverse());
        return reply.body.data.length;
      }),
    );
    expect(counts.some((count) => count > 0)).toBe(true);
    expect(counts.some((count) => count === 0)).toBe(true);
  });

  it('adds a note as the signed-in user, refuses an empty one, and deletes', async () => {
    const clientId = 100_002;
    const before = await api.get<WireClientComment[], { count: number }>(path(clientId));
    const empty = await api.post<null, { errors: Record<string, string[]> }>(path(clientId), { text: '  ' });
    expect(empty.status).toBe(422);
    expect(empty.body.meta.errors).toHaveProperty('text');
    const added = await api.post<WireClientComment>(path(clientId), { text: ' Prefers tea ' });
    expect(added.status).toBe(201);
    expect(added.body.data).toMatchObject({ type: 'default', text: 'Prefers tea', files: [] });
    expect(added.body.data.user.name).not.toBe('');
    expect(added.body.data.create_date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{4}$/);
    const after = await api.get<WireClientComment[], { count: number }>(path(clientId));
    expect(after.body.meta.count).toBe(before.body.meta.count + 1);
    expect(after.body.data[0]?.id).toBe(added.body.data.id);
    expect((await api.delete(`${path(clientId)}/${added.body.data.id}`)).status).toBe(204);
    expect((await api.get<unknown[], { count: number }>(path(clientId))).body.meta.count).toBe(
      before.body.meta.count,
    );
  });

  it('answers 404 for a client of another location and 403 for a location that is not the user’s', async () => {
    expect((await api.get(path(100_002, STUDIO))).status).toBe(404);
    expect((await api.get(path(100_002, FOREIGN))).status).toBe(403);
    expect((await api.get(path(999_999))).status).toBe(404);
  });
});
