import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../electron/emulator';
import { rawGet, SALON, signedInClient, startTestEmulator } from './helpers';

describe('labels and custom fields', () => {
  let emulator: RunningEmulator;
  let client: Awaited<ReturnType<typeof signedInClient>>;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    client = await signedInClient(emulator);
  });
  afterAll(() => emulator.close());

  it('creates a label through the query string, updates and deletes it', async () => {
    const before = await client.labels.list(SALON, 'record');
    expect(before.every((l) => /^#[0-9a-f]{6}$/.test(l.colour) && l.entity === 'record')).toBe(true);
    const label = await client.labels.create(SALON, {
      title: 'VIP',
      colour: '#FF9800',
      entity: 'record',
      icon: 'star',
    });
    expect(label).toMatchObject({ title: 'VIP', colour: '#ff9800', entity: 'record' });
    expect((await client.labels.list(SALON, 'record')).map((l) => l.id)).toContain(label.id);
    expect((await client.labels.list(SALON, 'client')).map((l) => l.id)).not.toContain(label.id);

    await client.labels.update(SALON, label.id, {
      title: 'Very important',
      colour: '#00ff00',
      entity: 'record',
    });
    const raw = await rawGet(emulator, client.userToken, `/labels/${SALON.id}/record`);
    expect((raw.body.data as Array<{ id: number }>).find((l) => l.id === label.id)).toMatchObject({
      title: 'Very important',
      color: '#00ff00',
    });

    await client.labels.remove(SALON, label.id);
    expect((await client.labels.list(SALON, 'record')).map((l) => l.id)).not.toContain(label.id);
  });

  it('after a failed create never takes an older label that looks the same for the new one', async () => {
    const older = await client.labels.create(SALON, { title: 'Twin', colour: '#123456', entity: 'record' });
    let fail = true;
    const failing = await signedInClient(emulator, {
      fetch: async (input, init) => {
        if (fail && init?.method === 'POST' && String(input).includes('/labels/')) {
          fail = false;
          // The connection broke: whether Altegio made the label is unknown (here it did not).
          throw new TypeError('fetch failed');
        }
        return fetch(input, init);
      },
    });
    const made = await failing.labels.create(SALON, { title: 'Twin', colour: '#123456', entity: 'record' });
    expect(made.id).not.toBe(older.id);
    const twins = (await client.labels.list(SALON, 'record')).filter((label) => label.title === 'Twin');
    expect(twins.map((label) => label.id).sort()).toEqual([older.id, made.id].sort());
  });

  it('refuses a label without a title or with a bad colour', async () => {
    await expect(
      client.labels.create(SALON, { title: ' ', colour: '#ffffff', entity: 'client' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      detail: { fields: { title: expect.any(String) } },
    });
    await expect(
      client.labels.create(SALON, { title: 'Odd', colour: 'blue', entity: 'client' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      detail: { fields: { colour: expect.any(String) } },
    });
  });

  it('lists custom fields of every type and manages a list field', async () => {
    const record = await client.customFields.list(SALON, 'record');
    const client_ = await client.customFields.list(SALON, 'client');
    const types = new Set([...record, ...client_].map((f) => f.type));
    for (const type of ['text', 'number', 'date', 'datetime'] as const) expect(types.has(type)).toBe(true);
    expect(types.has('select') || types.has('list')).toBe(true);
    const choice = [...record, ...client_].find((f) => f.type === 'select' || f.type === 'list');
    expect(choice?.values.length).toBeGreaterThan(1);
    const created = await client.customFields.create(SALON, 'record', {
      code: 'allergies',
      title: 'Allergies',
      type: 'list',
      values: ['latex', 'nuts'],
    });
    expect(created).toMatchObject({
      code: 'allergies',
      type: 'list',
      values: ['latex', 'nuts'],
      category: 'record',
    });

    const updated = await client.customFields.update(SALON, 'record', created.id, {
      title: 'Allergy',
      values: ['latex', 'nuts', 'pollen'],
    });
    expect(updated).toMatchObject({ id: created.id, title: 'Allergy', values: ['latex', 'nuts', 'pollen'] });

    const duplicate = await client.customFields
      .create(SALON, 'record', { code: 'allergies', title: 'Again', type: 'text' })
      .catch((e: unknown) => e);
    expect(duplicate).toMatchObject({ code: 'VALIDATION', detail: { fields: { code: expect.any(String) } } });

    await client.customFields.remove(SALON, 'record', created.id);
    expect((await client.customFields.list(SALON, 'record')).map((f) => f.id)).not.toContain(created.id);
    await expect(
      client.customFields.update(SALON, 'record', created.id, { title: 'Gone' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
