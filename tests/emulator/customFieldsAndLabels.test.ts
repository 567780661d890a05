import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../../electron/emulator/index';
import type { RunningEmulator } from '../../electron/emulator/index';
import { type Api, SALON, signedIn, startTestEmulator } from './helpers';

interface WireField {
  id: number;
  custom_field: { code: string; title: string; type: { code: string }; values: string[] | null };
}
interface WireLabel {
  id: number;
  title: string;
  color: string;
  entity: number;
  icon: string;
}

describe('custom fields', () => {
  let emulator: RunningEmulator;
  let api: Api;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    api = await signedIn(emulator);
  });
  afterAll(() => emulator.close());

  it('lists seeded record and client fields of each kind', async () => {
    const record = await api.get<WireField[]>(`/custom_fields/record/${SALON}`);
    expect(record.body.meta).toEqual([]);
    expect(record.body.data.map((f) => f.custom_field.type.code).sort()).toEqual([
      'date',
      'number',
      'select',
      'text',
    ]);
    expect(
      record.body.data.find((f) => f.custom_field.type.code === 'select')?.custom_field.values?.length,
    ).toBeGreaterThan(1);
    const client = await api.get<WireField[]>(`/custom_fields/client/${SALON}`);
    expect(client.body.data.map((f) => f.custom_field.type.code)).toContain('datetime');
    expect((await api.get(`/custom_fields/visit/${SALON}`)).status).toBe(404);
  });

  it('creates, updates and deletes a field; duplicate codes and missing fields are 422', async () => {
    const body = {
      type: 'list',
      code: 'room',
      title: 'Room',
      user_can_edit: true,
      show_in_ui: true,
      values: ['A', 'B'],
    };
    const created = await api.post<WireField>(`/custom_fields/record/${SALON}`, body);
    expect(created.status).toBe(200);
    expect(created.body.data.custom_field).toMatchObject({
      code: 'room',
      values: ['A', 'B'],
      type: { code: 'list' },
    });
    expect((await api.post(`/custom_fields/record/${SALON}`, body)).status).toBe(422);
    const incomplete = await api.post<null, { errors: Record<string, string[]> }>(
      `/custom_fields/record/${SALON}`,
      { code: 'x' },
    );
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.meta.errors).toHaveProperty('type');
    const id = created.body.data.id;
    const updated = await api.put(`/custom_fields/record/${SALON}/${id}`, {
      title: 'Treatment room',
      values: ['A', 'B', 'C'],
    });
    expect(updated.body).toEqual({ success: true, data: null, meta: { message: 'Saved' } });
    const listed = (await api.get<WireField[]>(`/custom_fields/record/${SALON}`)).body.data.find(
      (f) => f.id === id,
    );
    expect(listed?.custom_field).toMatchObject({ title: 'Treatment room', values: ['A', 'B', 'C'] });
    expect((await api.delete(`/custom_fields/record/${SALON}/${id}`)).status).toBe(204);
    expect((await api.delete(`/custom_fields/record/${SALON}/${id}`)).status).toBe(404);
  });
});

describe('labels', () => {
  let emulator: RunningEmulator;
  let api: Api;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    api = await signedIn(emulator);
  });
  afterAll(() => emulator.close());

  it('lists 6 seeded labels by entity alias or code, colours with #', async () => {
    const byAlias = await api.get<WireLabel[]>(`/labels/${SALON}/record`);
    const byCode = await api.get<WireLabel[]>(`/labels/${SALON}/2`);
    expect(byAlias.body.data).toEqual(byCode.body.data);
    expect(byAlias.body.data.every((l) => l.entity === 2 && /^#[0-9a-f]{6}$/.test(l.color))).toBe(true);
    let total = 0;
    for (const entity of ['common', 'client', 'record', 'activity']) {
      total += (await api.get<WireLabel[]>(`/labels/${SALON}/${entity}`)).body.data.length;
    }
    expect(total).toBe(6);
  });

  it('creates from the query string, updates and deletes', async () => {
    const created = await api.post<WireLabel & { salon_id: number }>(
      `/labels/${SALON}?title=Birthday&color=%23ff00aa&entity=2&icon=star`,
    );
    expect(created.status).toBe(200);
    expect(created.body.data).toMatchObject({
      title: 'Birthday',
      color: '#ff00aa',
      entity: 2,
      salon_id: SALON,
    });
    const id = created.body.data.id;
    expect((await api.post(`/labels/${SALON}?title=NoColour`)).status).toBe(400);
    const updated = await api.put(`/labels/${SALON}/${id}`, { title: 'Birthday month', color: '#00ff00' });
    expect(updated.body).toEqual({ success: true, data: null, meta: { message: 'Accepted' } });
    const listed = (await api.get<WireLabel[]>(`/labels/${SALON}/record`)).body.data.find((l) => l.id === id);
    expect(listed).toMatchObject({ title: 'Birthday month', color: '#00ff00' });
    expect((await api.delete(`/labels/${SALON}/${id}`)).body).toEqual({
      success: true,
      data: null,
      meta: { message: 'Accepted' },
    });
    expect((await api.get<WireLabel[]>(`/labels/${SALON}/record`)).body.data.map((l) => l.id)).not.toContain(
      id,
    );
  });
});

describe('rights and what a deletion leaves behind', () => {
  let emulator: RunningEmulator;
  let api: Api;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    api = await signedIn(emulator);
  });
  afterAll(() => emulator.close());

  it('answers 403 "Not enough rights" for each right taken, and nothing else', async () => {
    const control = (body: unknown) =>
      fetch(`${emulator.url.replace('/api/v1', '')}/__emulator/rights`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await control({ login: 'nobody', denied: [] })).status).toBe(404);
    expect((await control({ login: DEMO_CREDENTIALS.login, denied: ['everything'] })).status).toBe(400);
    expect(
      (await control({ login: DEMO_CREDENTIALS.login, denied: ['customFields.create', 'labels.manage'] }))
        .status,
    ).toBe(200);

    const field = { code: 'denied', title: 'Denied', type: 'text', user_can_edit: true, show_in_ui: true };
    const refused = await api.post(`/custom_fields/record/${SALON}`, field);
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ success: false, data: null, meta: { message: 'Not enough rights' } });
    expect((await api.post(`/labels/${SALON}?title=X&color=%23000000`)).status).toBe(403);
    // Reading, and the rights still held, work as before.
    expect((await api.get(`/labels/${SALON}/record`)).status).toBe(200);
    const [first] = (await api.get<WireField[]>(`/custom_fields/record/${SALON}`)).body.data;
    expect(
      (await api.put(`/custom_fields/record/${SALON}/${first!.id}`, { title: 'Still editable' })).status,
    ).toBe(200);

    emulator.denyRights(DEMO_CREDENTIALS.login, []);
    expect((await api.post(`/custom_fields/record/${SALON}`, field)).status).toBe(200);
  });

  it('deletes a field’s stored values with it, and drops a deleted label from records', async () => {
    const records = await api.get<
      Array<{ id: number; custom_fields: unknown; record_labels: Array<{ id: number }> }>
    >(`/records/${SALON}?count=200`);
    const withNotes = records.body.data.filter(
      (record) => !Array.isArray(record.custom_fields) && 'stylist_notes' in (record.custom_fields as object),
    );
    expect(withNotes.length).toBeGreaterThan(0);
    const fields = (await api.get<WireField[]>(`/custom_fields/record/${SALON}`)).body.data;
    const notes = fields.find((item) => item.custom_field.code === 'stylist_notes')!;
    expect((await api.delete(`/custom_fields/record/${SALON}/${notes.id}`)).status).toBe(204);
    const after = await api.get<{ custom_fields: unknown }>(`/record/${SALON}/${withNotes[0]!.id}`);
    expect(after.body.data.custom_fields).not.toHaveProperty('stylist_notes');

    const labelled = records.body.data.find((record) => record.record_labels.length > 0)!;
    const labelId = labelled.record_labels[0]!.id;
    expect((await api.delete(`/labels/${SALON}/${labelId}`)).status).toBe(200);
    const relabelled = await api.get<{ record_labels: Array<{ id: number }> }>(
      `/record/${SALON}/${labelled.id}`,
    );
    expect(relabelled.body.data.record_labels.map((label) => label.id)).not.toContain(labelId);
  });
});
