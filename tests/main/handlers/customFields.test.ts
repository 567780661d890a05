import { describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../../../electron/emulator';
import type { CustomFieldInput } from '../../../shared/domain/customField';
import { SALON_ID } from '../../support/demoSalon';
import { useHarness } from './harness';

const h = useHarness();
const atSalon = { locationId: SALON_ID, category: 'record' } as const;

/** The salon's appointment fields as Altegio holds them, by code. */
async function storedFields(category: 'record' | 'client' = 'record') {
  const reply = await h.http.get(`/custom_fields/${category}/${SALON_ID}`);
  const items = reply.body.data as Array<{ custom_field: { code: string; title: string; values: unknown } }>;
  return new Map(items.map((item) => [item.custom_field.code, item.custom_field]));
}

describe('customFields handlers', () => {
  it('lists the appointment fields and the client fields', async () => {
    const forRecords = await h.invoke('customFields.list', atSalon);
    expect(forRecords.map((field) => [field.code, field.type])).toEqual([
      ['stylist_notes', 'text'],
      ['product_grams', 'number'],
      ['hair_type', 'select'],
      ['patch_test_date', 'date'],
    ]);
    const forClients = await h.invoke('customFields.list', { locationId: SALON_ID, category: 'client' });
    expect(forClients.every((field) => field.category === 'client')).toBe(true);
  });

  it.each<CustomFieldInput>([
    { code: 'room', title: 'Room', type: 'text' },
    { code: 'grams_used', title: 'Grams used', type: 'number', showInUi: false },
    { code: 'towel', title: 'Towel', type: 'select', values: ['White', 'Black'] },
    { code: 'follow_up', title: 'Follow-up on', type: 'date', userCanEdit: false },
    { code: 'called_at', title: 'Called at', type: 'datetime' },
  ])('creates a $type field in Altegio', async (field) => {
    const created = await h.invoke('customFields.create', { ...atSalon, field });
    expect(created).toMatchObject({
      code: field.code,
      title: field.title,
      type: field.type,
      values: field.values ?? [],
      showInUi: field.showInUi ?? true,
      userCanEdit: field.userCanEdit ?? true,
    });
    const stored = (await storedFields()).get(field.code);
    expect(stored).toMatchObject({ title: field.title, values: field.values ?? null });
  });

  it('renames a field and changes its choices, keeping its code', async () => {
    const [created] = [
      await h.invoke('customFields.create', {
        ...atSalon,
        field: { code: 'cape_colour', title: 'Cape', type: 'select', values: ['Red'] },
      }),
    ];
    const updated = await h.invoke('customFields.update', {
      ...atSalon,
      id: created.id,
      changes: { title: 'Cape colour', values: ['Red', 'Blue'], showInUi: false },
    });
    expect(updated).toMatchObject({
      id: created.id,
      code: 'cape_colour',
      title: 'Cape colour',
      showInUi: false,
    });
    expect((await storedFields()).get('cape_colour')).toMatchObject({
      title: 'Cape colour',
      values: ['Red', 'Blue'],
    });
  });

  it('deletes a field, and Altegio deletes the values stored in it', async () => {
    const created = await h.invoke('customFields.create', {
      ...atSalon,
      field: { code: 'old_notes', title: 'Old notes', type: 'text' },
    });
    const record = (await h.http.get(`/records/${SALON_ID}?count=1`)).body.data[0] as {
      id: number;
      staff_id: number;
      services: unknown[];
      client: { phone: string } | null;
      datetime: string;
      seance_length: number;
    };
    const put = await h.http.put(`/record/${SALON_ID}/${record.id}`, {
      staff_id: record.staff_id,
      services: record.services,
      client: record.client ?? { phone: '+12025550111', name: 'Walk In' },
      datetime: record.datetime,
      seance_length: record.seance_length,
      save_if_busy: true,
      custom_fields: { old_notes: 'to be lost' },
    });
    expect(put.status).toBe(201);
    expect(await h.invoke('customFields.remove', { ...atSalon, id: created.id })).toBeNull();
    expect((await storedFields()).has('old_notes')).toBe(false);
    const after = await h.http.get(`/record/${SALON_ID}/${record.id}`);
    expect(after.body.data.custom_fields).not.toHaveProperty('old_notes');
  });

  it('shows Altegio’s refusal of a code already taken at the code field', async () => {
    const refused = await h.result('customFields.create', {
      ...atSalon,
      field: { code: 'hair_type', title: 'Hair type again', type: 'text' },
    });
    expect(refused.error).toMatchObject({
      code: 'VALIDATION',
      detail: { fields: { code: expect.stringMatching(/taken/) } },
    });
  });

  it('refuses a malformed code, a list without choices and repeated choices before sending', async () => {
    const before = (await storedFields()).size;
    for (const field of [
      { code: '1st', title: 'First', type: 'text' },
      { code: 'has space', title: 'Space', type: 'text' },
      { code: 'x'.repeat(65), title: 'Long', type: 'text' },
      { code: 'empty_list', title: 'Empty list', type: 'select', values: [] },
      { code: 'twice', title: 'Twice', type: 'list', values: ['A', 'A'] },
      { code: 'untitled', title: '   ', type: 'text' },
    ]) {
      const refused = await h.result('customFields.create', { ...atSalon, field });
      expect(refused.error?.code, field.code).toBe('VALIDATION');
    }
    expect((await storedFields()).size).toBe(before);
  });

  it('says FORBIDDEN with Altegio’s words when the user may not manage fields', async () => {
    h.emulator.denyRights(DEMO_CREDENTIALS.login, ['customFields.create', 'customFields.remove']);
    try {
      const refused = await h.result('customFields.create', {
        ...atSalon,
        field: { code: 'not_allowed', title: 'Not allowed', type: 'text' },
      });
      expect(refused.error).toMatchObject({ code: 'FORBIDDEN', detail: { message: 'Not enough rights' } });
      const [first] = await h.invoke('customFields.list', atSalon);
      expect((await h.result('customFields.remove', { ...atSalon, id: first!.id })).error?.code).toBe(
        'FORBIDDEN',
      );
      expect((await storedFields()).has('not_allowed')).toBe(false);
    } finally {
      h.emulator.denyRights(DEMO_CREDENTIALS.login, []);
    }
  });
});
