import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { LIAM, SALON_ID, SALON_TODAY, SALON_ZONE, addDays, salonTime } from '../../support/demoSalon';
import { TEST_NOW } from '../../support/testClock';
import { useHarness } from './harness';

const h = useHarness();

describe('clients handlers', () => {
  it('finds clients, and a client’s last visits on the card', async () => {
    expect(await h.invoke('clients.search', { locationId: SALON_ID, text: 'Nobody Byname' })).toEqual([]);
    const start = salonTime(addDays(SALON_TODAY, -60), '10:00');
    const created = await h.invoke('appointments.create', {
      locationId: SALON_ID,
      input: {
        teamMemberId: LIAM,
        start,
        durationSeconds: 3600,
        technicalBreakSeconds: null,
        services: [],
        client: { name: 'Visit Keeper', phone: '+12025550155' },
      },
      saveIfBusy: true,
    });
    const clientId = created.client?.id ?? 0;
    const found = await h.invoke('clients.search', { locationId: SALON_ID, text: 'Visit Keeper' });
    expect(found.map((hit) => [hit.id, hit.phone])).toEqual([[clientId, '+12025550155']]);
    const card = await h.invoke('clients.card', { locationId: SALON_ID, clientId });
    expect(card.history.lastVisits.map((visit) => [visit.id, visit.start])).toEqual([[created.id, start]]);
  });

  it('reads a birthday kept without its year as one', async () => {
    const clients = (await h.http.get(`/clients/${SALON_ID}?count=200`)).body.data as Array<{
      id: number;
      name: string;
      birth_date: string;
    }>;
    const yearless = clients.find((client) => /^1900-(?!01-01)/.test(client.birth_date));
    expect(yearless).toBeDefined();
    const client = await h.atSalon((api, location) => api.clients.get(location, yearless?.id ?? 0));
    expect(client.birthDate).toBe(`--${yearless?.birth_date.slice(5)}`);
  });
});

/** A client with a bit of everything the card does not edit: labels, birthday, comment, a hidden field. */
async function fullClient(phone: string): Promise<number> {
  const labels = (await h.http.get(`/labels/${SALON_ID}/client`)).body.data as Array<{ id: number }>;
  const created = await h.http.post(`/clients/${SALON_ID}`, {
    name: 'Card Keeper',
    surname: 'Longname',
    phone,
    email: 'keeper@example.com',
    birth_date: '1990-05-17',
    gender_id: 2,
    importance_id: 3,
    categories: labels.slice(0, 1).map((label) => label.id),
    discount: 10,
    card: '424242',
    comment: 'Likes the window seat',
    sms_check: 1,
    custom_fields: { allergies: 'Latex', last_consultation: `${SALON_TODAY} 11:30:00` },
  });
  expect(created.status).toBe(201);
  return created.body.data.id as number;
}

async function bookFor(clientId: number, day: string, time: string) {
  const booked = await h.invoke('appointments.create', {
    locationId: SALON_ID,
    input: {
      teamMemberId: LIAM,
      start: salonTime(day, time),
      durationSeconds: 3600,
      technicalBreakSeconds: null,
      services: [],
      client: { id: clientId, name: 'Card Keeper', phone: '' },
    },
    saveIfBusy: true,
  });
  return booked.id;
}

describe('the client card', () => {
  it('counts the no-shows of the last year only, and splits last visits from upcoming ones', async () => {
    const clientId = await fullClient('+12025550161');
    const old = await bookFor(clientId, addDays(SALON_TODAY, -400), '10:00');
    const recent = await bookFor(clientId, addDays(SALON_TODAY, -30), '10:00');
    const arrived = await bookFor(clientId, addDays(SALON_TODAY, -10), '10:00');
    const next = await bookFor(clientId, addDays(SALON_TODAY, 3), '10:00');
    const later = await bookFor(clientId, addDays(SALON_TODAY, 40), '10:00');
    for (const id of [old, recent])
      await h.invoke('appointments.setStatus', {
        locationId: SALON_ID,
        id,
        status: 'no-show',
        expectedLastChangedAt: null,
      });

    const card = await h.invoke('clients.card', { locationId: SALON_ID, clientId });
    expect(card.client.name).toBe('Card Keeper');
    expect(card.history.noShows).toBe(1);
    expect(card.history.noShowsSince).toBe(
      DateTime.fromJSDate(TEST_NOW, { zone: SALON_ZONE }).minus({ years: 1 }).toISODate(),
    );
    expect(card.history.lastVisits.map((visit) => visit.id)).toEqual([arrived, recent, old]);
    expect(card.history.upcoming.map((visit) => visit.id)).toEqual([next, later]);
    expect(card.history.upcomingCount).toBe(2);
  });

  it('changes name, phone, e-mail and one field, and sends everything else back unchanged', async () => {
    const clientId = await fullClient('+12025550162');
    const before = (await h.http.get(`/client/${SALON_ID}/${clientId}`)).body.data;
    const saved = await h.invoke('clients.update', {
      locationId: SALON_ID,
      clientId,
      changes: {
        name: 'Card Renamed',
        phone: '+1 (202) 555-0163',
        email: 'renamed@example.com',
        customFields: { allergies: 'None' },
      },
      expectedLastChangedAt: null,
    });
    expect([saved.name, saved.phone, saved.email]).toEqual([
      'Card Renamed',
      '+12025550163',
      'renamed@example.com',
    ]);
    const after = (await h.http.get(`/client/${SALON_ID}/${clientId}`)).body.data;
    expect(after).toEqual({
      ...before,
      name: 'Card Renamed',
      display_name: 'Card Renamed Longname',
      phone: '+12025550163',
      email: 'renamed@example.com',
      custom_fields: { ...before.custom_fields, allergies: 'None' },
      last_change_date: after.last_change_date,
    });
    expect(after.categories).toHaveLength(1);
  });

  it('refuses to save over another desk’s change made after the card loaded, unless told to', async () => {
    const clientId = await fullClient('+12025550167');
    const loaded = await h.invoke('clients.card', { locationId: SALON_ID, clientId });
    // Another desk renames the client and changes the e-mail a second later (Altegio stamps to the second).
    await new Promise((done) => setTimeout(done, 1100));
    const other = await h.http.put(`/client/${SALON_ID}/${clientId}`, {
      name: 'Other Desk',
      phone: '+12025550167',
      email: 'other@example.com',
    });
    expect(other.status).toBe(200);
    const afterOther = (await h.http.get(`/client/${SALON_ID}/${clientId}`)).body.data;
    const save = (overwrite: boolean) =>
      h.result('clients.update', {
        locationId: SALON_ID,
        clientId,
        changes: { phone: '+12025550168', customFields: { allergies: 'None' } },
        expectedLastChangedAt: loaded.client.lastChangedAt,
        overwrite,
      });

    const refused = await save(false);
    expect(refused.error).toMatchObject({
      code: 'CONFLICT',
      params: { changedAt: expect.any(String), subject: 'client' },
    });
    expect((await h.http.get(`/client/${SALON_ID}/${clientId}`)).body.data).toEqual(afterOther);

    // Overwriting sends only what this desk changed: the other desk's name and e-mail stay.
    expect((await save(true)).ok).toBe(true);
    const stored = (await h.http.get(`/client/${SALON_ID}/${clientId}`)).body.data;
    expect([stored.name, stored.email, stored.phone, stored.custom_fields.allergies]).toEqual([
      'Other Desk',
      'other@example.com',
      '+12025550168',
      'None',
    ]);
  });

  it('keeps Altegio’s refusal of a phone another client has at the phone', async () => {
    const clientId = await fullClient('+12025550164');
    await fullClient('+12025550165');
    const refused = await h.result('clients.update', {
      locationId: SALON_ID,
      clientId,
      changes: { name: 'Card Keeper', phone: '+12025550165', email: '', customFields: {} },
      expectedLastChangedAt: null,
    });
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('VALIDATION');
    expect(refused.error?.detail?.fields?.phone).toMatch(/already exists/);
    const stored = (await h.http.get(`/client/${SALON_ID}/${clientId}`)).body.data;
    expect(stored.phone).toBe('+12025550164');
  });

  it('refuses a phone without 9 to 15 digits and a malformed e-mail before asking Altegio', async () => {
    const refused = await h.result('clients.update', {
      locationId: SALON_ID,
      clientId: 100_001,
      changes: { name: 'X', phone: '12345', email: 'not-an-address', customFields: {} },
      expectedLastChangedAt: null,
    });
    expect(refused.error?.code).toBe('VALIDATION');
    expect(refused.error?.detail?.fields).toMatchObject({
      'changes.phone': 'issue.client.phone',
      'changes.email': 'issue.client.email',
    });
  });

  it('lists the notes on the card newest first and adds one', async () => {
    const clientId = await fullClient('+12025550166');
    expect(await h.invoke('clients.comments', { locationId: SALON_ID, clientId })).toEqual([]);
    const first = await h.invoke('clients.addComment', {
      locationId: SALON_ID,
      clientId,
      text: ' First note ',
    });
    const second = await h.invoke('clients.addComment', {
      locationId: SALON_ID,
      clientId,
      text: 'Second note',
    });
    expect(first.text).toBe('First note');
    expect(first.authorName).not.toBe('');
    const listed = await h.invoke('clients.comments', { locationId: SALON_ID, clientId });
    expect(listed.map((comment) => comment.id)).toEqual([second.id, first.id]);
    const raw = await h.http.get(`/clients/${SALON_ID}/clients/${clientId}/comments`);
    expect(raw.body.meta).toEqual({ count: 2 });
    expect(raw.body.data[0]).toMatchObject({
      id: second.id,
      type: 'default',
      text: 'Second note',
      files: [],
    });
    const empty = await h.result('clients.addComment', { locationId: SALON_ID, clientId, text: '   ' });
    expect(empty.error?.detail?.fields?.text).toBe('issue.clientComment.empty');
  });
});
