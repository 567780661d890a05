import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../electron/emulator/index';
import {
  type Api,
  findFreeSlot,
  isoAt,
  SALON,
  salonDate,
  signedIn,
  startTestEmulator,
  type WireRecord,
} from './helpers';

async function control(emulator: RunningEmulator, path: string, body?: unknown) {
  const base = emulator.url.replace(/\/api\/v1$/, '');
  const response = await fetch(`${base}/__emulator/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('fault injection and reset', () => {
  let emulator: RunningEmulator;
  let api: Api;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    api = await signedIn(emulator);
  });
  afterEach(() => {
    emulator.faults.clear();
  });
  afterAll(() => emulator.close());

  it('reports health outside /api/v1 without auth', async () => {
    expect(await control(emulator, 'health')).toEqual({ status: 200, body: { ok: true } });
  });

  it('errorRate 1 answers 500/502/503 and does not process the request', async () => {
    const before = (await api.get<unknown[], { total_count: number }>(`/records/${SALON}?count=1`)).body.meta
      .total_count;
    const settings = await control(emulator, 'faults', { errorRate: 1 });
    expect(settings.body).toMatchObject({ errorRate: 1, dropRate: 0, malformedRate: 0 });
    const statuses = new Set<number>();
    for (let i = 0; i < 12; i += 1) statuses.add((await api.get(`/staff/${SALON}`)).status);
    for (const status of statuses) expect([500, 502, 503]).toContain(status);
    const post = await api.post(`/clients/${SALON}`, { name: 'Never', phone: '+12125550111' });
    expect(post.status).toBeGreaterThanOrEqual(500);
    emulator.faults.clear();
    const after = (await api.get<unknown[], { total_count: number }>(`/records/${SALON}?count=1`)).body.meta
      .total_count;
    expect(after).toBe(before);
    const search = await api.post<unknown[], { total_count: number }>(`/company/${SALON}/clients/search`, {
      filters: [{ type: 'quick_search', state: { value: '2125550111' } }],
    });
    expect(search.body.meta.total_count).toBe(0);
  });

  it('dropRate 1 makes fetch reject, yet a create still happened and is found by api_id', async () => {
    const date = salonDate(2);
    const slot = await findFreeSlot(api, SALON, date, 30);
    emulator.faults.set({ dropRate: 1 });
    const apiId = `drop-${Date.now()}`;
    await expect(
      api.post(`/records/${SALON}`, {
        staff_id: slot.staffId,
        services: [],
        client: { phone: '+12125550123', name: 'Dropped' },
        datetime: isoAt(date, slot.time),
        seance_length: 1800,
        api_id: apiId,
      }),
    ).rejects.toThrow();
    emulator.faults.clear();
    const today = salonDate(0);
    const created = await api.get<WireRecord[]>(
      `/records/${SALON}?c_start_date=${today}&c_end_date=${today}&count=500`,
    );
    expect(created.body.data.filter((r) => r.api_id === apiId)).toHaveLength(1);
  });

  it('malformedRate 1 sends a truncated body that JSON.parse rejects', async () => {
    emulator.faults.set({ malformedRate: 1 });
    const response = await fetch(`${emulator.url}/staff/${SALON}`, {
      headers: { Authorization: `Bearer ${api.partnerToken}, User ${api.userToken}` },
    });
    const text = await response.text();
    expect(text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('adds the configured latency (lower bound only)', async () => {
    emulator.faults.set({ latencyMs: 150 });
    const started = performance.now();
    const reply = await api.get(`/staff/${SALON}`);
    expect(reply.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
  });

  it('a seed makes the same requests fail again', async () => {
    const statuses = async () => {
      emulator.faults.set({ errorRate: 0.5, seed: 15 });
      const seen: number[] = [];
      for (let i = 0; i < 24; i++) seen.push((await api.get(`/records/${SALON}?count=1`)).status);
      return seen;
    };
    const first = await statuses();
    expect(new Set(first).size).toBeGreaterThan(1);
    expect(await statuses()).toEqual(first);
  });

  it('accepts fault settings over HTTP and clamps rates to 0..1', async () => {
    const reply = await control(emulator, 'faults', { errorRate: 7, dropRate: -1, latencyMs: 5 });
    expect(reply.body).toEqual({
      latencyMs: 5,
      errorRate: 1,
      dropRate: 0,
      malformedRate: 0,
      rateLimit: false,
    });
    expect(emulator.faults.get().errorRate).toBe(1);
  });

  it('reset restores the seed data', async () => {
    await emulator.reset();
    const before = await api.get<Array<{ id: number }>>(`/clients/${SALON}?count=5`);
    const created = await api.post<{ id: number }>(`/clients/${SALON}`, {
      name: 'Temporary',
      phone: '+12125550177',
    });
    expect(created.status).toBe(201);
    const first = before.body.data[0];
    if (!first) throw new Error('seed has clients');
    expect((await api.delete(`/client/${SALON}/${first.id}`)).status).toBe(204);
    const reset = await control(emulator, 'reset', {});
    expect(reset.status).toBe(200);
    const after = await api.get<Array<{ id: number }>>(`/clients/${SALON}?count=5`);
    expect(after.body).toEqual(before.body);
    expect((await api.get(`/client/${SALON}/${created.body.data.id}`)).status).toBe(404);
    await emulator.reset();
    expect((await api.get(`/client/${SALON}/${first.id}`)).status).toBe(200);
  });
});

describe('rate limit', () => {
  let emulator: RunningEmulator;
  let api: Api;

  beforeAll(async () => {
    emulator = await startTestEmulator({ rateLimit: true });
    api = await signedIn(emulator);
  });
  afterAll(() => emulator.close());

  it('answers the 6th request within a second with 429 and a whole-second Retry-After', async () => {
    await emulator.reset();
    const replies = [];
    for (let i = 0; i < 6; i += 1) replies.push(await api.get(`/staff/${SALON}`));
    expect(replies.slice(0, 5).map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const limited = replies[5];
    expect(limited?.status).toBe(429);
    expect(limited?.body).toEqual({ success: false, data: null, meta: { message: 'Too many requests' } });
    expect(limited?.headers.get('retry-after')).toBe('1');
    const health = await fetch(emulator.url.replace('/api/v1', '/__emulator/health'));
    expect(health.status).toBe(200);
  });

  it('can be switched off and on', async () => {
    emulator.faults.set({ rateLimit: false });
    const statuses = [];
    for (let i = 0; i < 8; i += 1) statuses.push((await api.get(`/staff/${SALON}`)).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    emulator.faults.set({ rateLimit: true });
    const after = [];
    for (let i = 0; i < 7; i += 1) after.push((await api.get(`/staff/${SALON}`)).status);
    expect(after).toContain(429);
  });
});
