import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../electron/emulator';
import { isPlausiblePhone, normalisePhone } from '../../../shared/domain/client';
import { rawGet, SALON, signedInClient, startTestEmulator } from './helpers';

describe('phone normalisation', () => {
  it('keeps digits and a leading plus', () => {
    expect(normalisePhone(' +1 (212) 555-0100 ')).toBe('+12125550100');
    expect(normalisePhone('8 (916) 123-45-67')).toBe('89161234567');
    expect(normalisePhone('+')).toBe('');
    expect(isPlausiblePhone('+1 212 555 0100')).toBe(true);
    expect(isPlausiblePhone('12345')).toBe(false);
  });
});

describe('clients', () => {
  let emulator: RunningEmulator;
  let client: Awaited<ReturnType<typeof signedInClient>>;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    client = await signedInClient(emulator);
  });
  afterEach(() => {
    emulator.faults.clear();
  });
  afterAll(() => emulator.close());

  it('creates, finds by type-ahead, reads and updates a client', async () => {
    const labels = await client.labels.list(SALON, 'client');
    const fields = await client.customFields.list(SALON, 'client');
    const numberField = fields.find((f) => f.type === 'number');
    const created = await client.clients.create(SALON, {
      name: 'Grace',
      surname: 'Hopper',
      phone: '+1 (646) 555-0142',
      email: 'grace@example.com',
      birthDate: '1906-12-09',
      gender: 'female',
      importance: 3,
      labelIds: labels.slice(0, 1).map((l) => l.id),
      ...(numberField ? { customFields: { [numberField.code]: 7 } } : {}),
    });
    expect(created).toMatchObject({
      name: 'Grace',
      surname: 'Hopper',
      phone: '+16465550142',
      birthDate: '1906-12-09',
      gender: 'female',
      importance: 3,
      labels: labels.slice(0, 1).map((l) => ({ id: l.id, title: l.title, colour: l.colour })),
    });
    if (numberField) expect(created.customFields[numberField.code]).toBe(7);
    expect(created.lastChangedAt).toMatch(/-0[45]:00$/);

    const byName = await client.clients.search(SALON, 'grace hop');
    expect(byName.items.map((h) => h.id)).toContain(created.id);
    const byPhone = await client.clients.search(SALON, '5550142');
    expect(byPhone.items.find((h) => h.id === created.id)).toMatchObject({
      phone: '+16465550142',
      visitsCount: 0,
      lastVisitAt: null,
    });
    expect(byPhone.total).toBeGreaterThanOrEqual(1);
    expect(await client.clients.get(SALON, created.id)).toEqual(created);

    const updated = await client.clients.update(SALON, created.id, {
      name: 'Grace',
      surname: 'Brewster Hopper',
      phone: created.phone,
      birthDate: null,
    });
    expect(updated).toMatchObject({
      surname: 'Brewster Hopper',
      email: 'grace@example.com',
      birthDate: null,
    });
    const raw = await rawGet(emulator, client.userToken, `/client/${SALON.id}/${created.id}`);
    expect(raw.body.data).toMatchObject({ surname: 'Brewster Hopper', phone: '+16465550142' });
  });

  it('shows visit history in the type-ahead', async () => {
    const { items, total } = await client.clients.search(SALON, '', { pageSize: 200 });
    expect(total).toBeGreaterThan(items.length - 1);
    const regular = items.find((h) => h.visitsCount > 0);
    expect(regular?.lastVisitAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-0[45]:00$/);
  });

  it('maps field errors: duplicate phone, bad phone', async () => {
    const existing = (await client.clients.search(SALON, '', { pageSize: 1 })).items[0];
    const duplicate = await client.clients
      .create(SALON, { name: 'Twin', phone: existing?.phone ?? '' })
      .catch((e: unknown) => e);
    expect(duplicate).toMatchObject({
      code: 'VALIDATION',
      detail: { fields: { phone: expect.any(String) } },
    });
    const short = await client.clients
      .create(SALON, { name: 'Short', phone: '123' })
      .catch((e: unknown) => e);
    expect(short).toMatchObject({
      code: 'VALIDATION',
      detail: { fields: { phone: expect.stringMatching(/9 to 15/) } },
    });
    const badDate = await client.clients
      .create(SALON, { name: 'Date', phone: '+12125550188', birthDate: '2026-02-31' })
      .catch((e: unknown) => e);
    expect(badDate).toMatchObject({
      code: 'VALIDATION',
      detail: { fields: { birthDate: expect.any(String) } },
    });
  });

  it('creates a client once under dropped connections', async () => {
    for (let run = 0; run < 4; run++) {
      const phone = `+1718555${String(2000 + run)}`;
      emulator.faults.set({ dropRate: 0.5 });
      const outcome = await client.clients
        .create(SALON, { name: `Flaky ${run}`, phone })
        .catch((e: unknown) => e);
      emulator.faults.clear();
      const { items } = await client.clients.search(SALON, phone.slice(1));
      const same = items.filter((h) => h.phone === phone);
      expect(same.length).toBeLessThanOrEqual(1);
      if (!(outcome instanceof Error))
        expect(same.map((h) => h.id)).toEqual([(outcome as { id: number }).id]);
    }
  });
});

describe('amending a client from the card', () => {
  let emulator: RunningEmulator;

  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  it('sends the whole client again, as PUT replaces it, changing only the edited fields', async () => {
    const sent: Array<{ method: string; body: Record<string, unknown> | null }> = [];
    const recording: typeof fetch = (input, init) => {
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : null;
      sent.push({ method: init?.method ?? 'GET', body });
      return fetch(input, init);
    };
    const client = await signedInClient(emulator, { fetch: recording });
    const labels = await client.labels.list(SALON, 'client');
    const created = await client.clients.create(SALON, {
      name: 'Ada',
      surname: 'Lovelace',
      phone: '+1 646 555 0177',
      email: 'ada@example.com',
      card: '1815',
      birthDate: '--12-10',
      gender: 'female',
      importance: 2,
      labelIds: labels.slice(0, 1).map((label) => label.id),
      discountPercent: 5,
      comment: 'Brings her own notes',
      customFields: { allergies: 'Latex' },
    });
    sent.length = 0;
    const saved = await client.clients.amend(SALON, created.id, {
      name: 'Ada King',
      phone: '+1 646 555 0178',
      email: '',
      customFields: {},
    });
    const put = sent.find((request) => request.method === 'PUT');
    expect(put?.body).toMatchObject({
      name: 'Ada King',
      phone: '+16465550178',
      email: '',
      surname: 'Lovelace',
      card: '1815',
      birth_date: '1900-12-10',
      gender_id: 2,
      importance_id: 2,
      categories: labels.slice(0, 1).map((label) => label.id),
      discount: 5,
      comment: 'Brings her own notes',
      custom_fields: { allergies: 'Latex' },
    });
    // Altegio's running totals are left to Altegio.
    expect(put?.body).not.toHaveProperty('spent');
    expect(put?.body).not.toHaveProperty('balance');
    expect({
      ...saved,
      name: created.name,
      phone: created.phone,
      email: created.email,
      lastChangedAt: null,
    }).toEqual({ ...created, lastChangedAt: null });

    // What the desk did not change goes back as Altegio has it now.
    sent.length = 0;
    await client.clients.amend(SALON, created.id, { customFields: { allergies: 'None' } });
    expect(sent.find((request) => request.method === 'PUT')?.body).toMatchObject({
      name: 'Ada King',
      phone: '+16465550178',
      email: '',
      custom_fields: { allergies: 'None' },
    });
  });
});
