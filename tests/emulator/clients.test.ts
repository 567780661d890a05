import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../electron/emulator/index';
import { type Api, SALON, signedIn, startTestEmulator, STUDIO } from './helpers';

interface WireClient {
  id: number;
  name: string;
  surname: string;
  phone: string;
  email: string;
  sex_id: number;
  custom_fields: Record<string, unknown>;
  categories: Array<{ id: number; color: string }>;
  last_change_date: string;
}
type FieldErrors = { message: string; errors: Record<string, string[]> };

describe('clients', () => {
  let emulator: RunningEmulator;
  let api: Api;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    api = await signedIn(emulator);
  });
  afterAll(() => emulator.close());

  const search = (body: unknown) =>
    api.post<Array<Record<string, unknown>>, { total_count: number }>(
      `/company/${SALON}/clients/search`,
      body,
    );

  it('has 500 seeded clients with names and +digit phones', async () => {
    const list = await api.get<WireClient[], { page: number; total_count: number }>(`/clients/${SALON}`);
    expect(list.body.meta).toEqual({ page: 1, total_count: 500 });
    expect(list.body.data).toHaveLength(20);
    for (const client of list.body.data) {
      expect(client.name).not.toBe('');
      expect(client.phone).toMatch(/^\+\d{9,15}$/);
    }
    const last = await api.get<WireClient[], { page: number; total_count: number }>(
      `/clients/${SALON}?count=200&page=3`,
    );
    expect(last.body.data).toHaveLength(100);
    expect((await api.get<WireClient[]>(`/clients/${SALON}?count=200&page=4`)).body.data).toEqual([]);
  });

  it('quick_search matches names case-insensitively and phone digits, returning only the asked fields', async () => {
    const sample = (await api.get<WireClient[]>(`/clients/${SALON}?count=1`)).body.data[0];
    if (!sample) throw new Error('no clients');
    const byName = await search({
      fields: ['id', 'name', 'phone'],
      filters: [{ type: 'quick_search', state: { value: sample.surname.toUpperCase() } }],
      page_size: 200,
    });
    expect(byName.status).toBe(200);
    expect(byName.body.data.map((c) => c.id)).toContain(sample.id);
    expect(
      byName.body.data.every((c) => String(c.name).toLowerCase().includes(sample.surname.toLowerCase())),
    ).toBe(true);
    expect(Object.keys(byName.body.data[0] ?? {}).sort()).toEqual(['id', 'name', 'phone']);
    const digits = sample.phone.slice(-7);
    const byPhone = await search({ filters: [{ type: 'quick_search', state: { value: digits } }] });
    expect(byPhone.body.data).toContainEqual({ id: sample.id });
    expect(byPhone.body.meta.total_count).toBe(byPhone.body.data.length);
  });

  it('pages search results with page_size (max 200) and total_count', async () => {
    const page1 = await search({ page: 1, page_size: 30 });
    const page2 = await search({ page: 2, page_size: 30 });
    expect(page1.body.meta.total_count).toBe(500);
    expect(page1.body.data).toHaveLength(30);
    expect(page2.body.data[0]).not.toEqual(page1.body.data[0]);
    expect((await search({ page_size: 1000 })).body.data).toHaveLength(200);
    expect((await search({ page: 99, page_size: 30 })).body.data).toEqual([]);
  });

  it('rejects an unknown filter with 400 "Invalid filter value"', async () => {
    const reply = await search({ filters: [{ type: 'horoscope', state: { value: 'leo' } }] });
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({
      success: false,
      data: null,
      meta: { message: 'Invalid filter value', errors: { filters: ['Invalid filter state value'] } },
    });
  });

  it('creates (201), reads, updates (200) and deletes (204) a client', async () => {
    const created = await api.post<WireClient>(`/clients/${SALON}`, {
      name: 'Grace',
      surname: 'Hopper',
      phone: '1 (212) 555-0199',
      email: 'grace@example.com',
      gender_id: 2,
      custom_fields: { allergies: 'None' },
    });
    expect(created.status).toBe(201);
    expect(created.body.meta).toEqual([]);
    expect(created.body.data).toMatchObject({
      name: 'Grace',
      phone: '+12125550199',
      sex_id: 2,
      custom_fields: { allergies: 'None' },
    });
    expect(created.body.data.last_change_date).toMatch(/[+-]\d{4}$/);
    const id = created.body.data.id;
    const fetched = await api.get<WireClient>(`/client/${SALON}/${id}`);
    expect(fetched.body.data).toMatchObject({ id, surname: 'Hopper' });
    const label = (await api.get<Array<{ id: number }>>(`/labels/${SALON}/client`)).body.data[0];
    const updated = await api.put<WireClient>(`/client/${SALON}/${id}`, {
      name: 'Grace B.',
      phone: '+12125550199',
      labels: [label?.id],
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data.name).toBe('Grace B.');
    expect(updated.body.data.categories.map((c) => c.id)).toEqual([label?.id]);
    expect(updated.body.data.categories[0]?.color).toMatch(/^#/);
    expect((await api.delete(`/client/${SALON}/${id}`)).status).toBe(204);
    expect((await api.get(`/client/${SALON}/${id}`)).status).toBe(404);
  });

  it('validates: name and phone required, 9-15 digits, no duplicate phone, empty custom fields are {}', async () => {
    const missing = await api.post<null, FieldErrors>(`/clients/${SALON}`, {});
    expect(missing.status).toBe(422);
    expect(Object.keys(missing.body.meta.errors).sort()).toEqual(['name', 'phone']);
    const short = await api.post<null, FieldErrors>(`/clients/${SALON}`, { name: 'A', phone: '12345' });
    expect(short.body.meta.errors.phone).toEqual(['phone must contain 9 to 15 digits']);
    const existing = (await api.get<WireClient[]>(`/clients/${SALON}?count=1`)).body.data[0];
    const duplicate = await api.post<null, FieldErrors>(`/clients/${SALON}`, {
      name: 'Dup',
      phone: existing?.phone,
    });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body.meta.errors).toHaveProperty('phone');
    const elsewhere = await api.post<WireClient>(`/clients/${STUDIO}`, {
      name: 'Same phone',
      phone: existing?.phone,
    });
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.body.data.custom_fields).toEqual({});
    const badField = await api.post<null, FieldErrors>(`/clients/${SALON}`, {
      name: 'X',
      phone: '+12125550142',
      custom_fields: { last_consultation: '2026-01-01' },
    });
    expect(badField.body.meta.errors).toHaveProperty(['custom_fields.last_consultation']);
  });
});
