import { afterEach, describe, expect, it } from 'vitest';
import {
  appointmentToInput,
  type Appointment,
  type AppointmentInput,
} from '../../../shared/domain/appointment';
import { versionOf } from '../../../shared/domain/appointmentVersion';
import { clientVersionOf } from '../../../shared/domain/clientVersion';
import { freshPhone, LIAM, QUIET_DAY, SALON_ID, salonTime } from '../../support/demoSalon';
import { useHarness } from './harness';

const DAY = QUIET_DAY;
const h = useHarness();

const booking = (start = '10:00'): AppointmentInput => ({
  teamMemberId: LIAM,
  start: salonTime(DAY, start),
  durationSeconds: 3600,
  technicalBreakSeconds: null,
  services: [],
  client: { name: 'Two Desks', phone: '+12025550188' },
  comment: 'as booked',
});

/** "The other desk": another program writing to Altegio with no check of its own (Altegio's web app). */
const otherDeskWrites = (id: number, change: Partial<AppointmentInput>) =>
  h.atSalon(async (client, location) => {
    const current = await client.appointments.get(location, id);
    return client.appointments.update(location, id, { ...appointmentToInput(current), ...change });
  });

const recordComment = async (id: number) =>
  (await h.http.get(`/record/${SALON_ID}/${id}`)).body.data.comment as string;

/** This desk's edit of the comment, with what it saw. */
const saveComment = (seen: Appointment, comment: string, overwrite = false) =>
  h.result('appointments.update', {
    locationId: SALON_ID,
    id: seen.id,
    input: { ...booking(), comment },
    expectedLastChangedAt: seen.lastChangedAt,
    seen: versionOf(seen),
    overwrite,
  });

afterEach(async () => {
  h.emulator.beforeRequest(null);
  const day = await h.http.get(`/records/${SALON_ID}?start_date=${DAY}&end_date=${DAY}&count=200`);
  for (const record of day.body.data as Array<{ id: number }>)
    await h.http.delete(`/record/${SALON_ID}/${record.id}`);
});

describe('two desks, one appointment', () => {
  it('refuses a save over a change made in the same second the desk read it, and names the change', async () => {
    // Altegio's timestamp has whole seconds: find a change that shares the second of the desk's read.
    let seen: Appointment | null = null;
    for (let attempt = 0; attempt < 5 && !seen; attempt++) {
      const read = await h.atSalon((client, location) => client.appointments.create(location, booking()));
      const changed = await otherDeskWrites(read.id, { status: 'confirmed' });
      if (changed.lastChangedAt === read.lastChangedAt) seen = read;
      else await h.http.delete(`/record/${SALON_ID}/${read.id}`);
    }
    if (!seen) throw new Error('no change landed in the same second as the read in 5 tries');

    const refused = await saveComment(seen, 'this desk');
    expect(refused.error).toMatchObject({ code: 'CONFLICT', params: { changed: 'status' } });
    expect(await recordComment(seen.id)).toBe('as booked');

    // The timestamp alone (a desk that kept no record) cannot see it: the check is the seen version.
    const stampOnly = await h.result('appointments.update', {
      locationId: SALON_ID,
      id: seen.id,
      input: { ...booking(), comment: 'stamp only' },
      expectedLastChangedAt: seen.lastChangedAt,
    });
    expect(stampOnly.ok).toBe(true);

    const overwritten = await saveComment(seen, 'this desk', true);
    expect(overwritten.ok).toBe(true);
    expect(await recordComment(seen.id)).toBe('this desk');
  });

  it('saves when the other desk changed nothing the desk sees, however new the timestamp', async () => {
    // A full record (services, labels, custom fields), so its re-read is compared part by part.
    const services = (await h.http.get(`/company/${SALON_ID}/services/`)).body.data as Array<{ id: number }>;
    const labels = (await h.http.get(`/labels/${SALON_ID}/record`)).body.data as Array<{ id: number }>;
    const full = {
      ...booking(),
      services: services.slice(0, 2).map(({ id }) => ({ id })),
      labelIds: labels.slice(0, 2).map(({ id }) => id),
      customFields: { stylist_notes: 'keep me' },
    };
    const read = await h.atSalon((client, location) => client.appointments.create(location, full));
    await new Promise((done) => setTimeout(done, 1100));
    await otherDeskWrites(read.id, {});
    const saved = await h.result('appointments.update', {
      locationId: SALON_ID,
      id: read.id,
      input: { ...full, comment: 'this desk' },
      expectedLastChangedAt: read.lastChangedAt,
      seen: versionOf(read),
    });
    expect(saved).toMatchObject({ ok: true, data: { comment: 'this desk' } });
    expect(read.services.length * read.labels.length).toBeGreaterThan(0);
    expect((saved as { data?: { changedElsewhere?: unknown } }).data?.changedElsewhere).toBeUndefined();
  });

  it('tells the desk when another desk wrote between its save and the re-read', async () => {
    const read = await h.atSalon((client, location) => client.appointments.create(location, booking()));
    let putSeen = false;
    let otherDeskDone = false;
    h.emulator.beforeRequest(async ({ method, path }) => {
      if (!path.endsWith(`/record/${SALON_ID}/${read.id}`) || otherDeskDone) return;
      if (method === 'PUT') putSeen = true;
      else if (method === 'GET' && putSeen) {
        otherDeskDone = true; // the other desk's own requests pass untouched
        await otherDeskWrites(read.id, { comment: 'other desk', status: 'arrived' });
      }
    });
    const saved = await saveComment(read, 'this desk');
    expect(otherDeskDone).toBe(true);
    expect(saved).toMatchObject({
      ok: true,
      data: { comment: 'other desk', status: 'arrived', changedElsewhere: ['status', 'comment'] },
    });
    expect(await recordComment(read.id)).toBe('other desk');
  });

  it('cannot see a write that lands between its check and its PUT: the window the README measures', async () => {
    const read = await h.atSalon((client, location) => client.appointments.create(location, booking()));
    let otherDeskDone = false;
    h.emulator.beforeRequest(async ({ method, path }) => {
      if (method !== 'PUT' || !path.endsWith(`/record/${SALON_ID}/${read.id}`) || otherDeskDone) return;
      otherDeskDone = true;
      await otherDeskWrites(read.id, { status: 'arrived' });
    });
    const saved = await saveComment(read, 'this desk');
    expect(otherDeskDone).toBe(true);
    // Altegio has no conditional write: the full replace puts back the status this desk read.
    expect(saved).toMatchObject({ ok: true, data: { comment: 'this desk', status: 'waiting' } });
    expect((saved as { data?: { changedElsewhere?: unknown } }).data?.changedElsewhere).toBeUndefined();
  });

  it('refuses a save over another desk’s change of the external id or of the client’s details', async () => {
    const phone = freshPhone();
    const withId = { ...booking(), apiId: 'crm-1', client: { name: 'Ada Desk', phone, email: '' } };
    const read = await h.atSalon((client, location) => client.appointments.create(location, withId));
    // The edit form sends back all it loaded: the external id and the client's name, phone and e-mail.
    const saveAsLoaded = (loaded: Appointment) =>
      h.result('appointments.update', {
        locationId: SALON_ID,
        id: loaded.id,
        input: { ...appointmentToInput(loaded), comment: 'this desk' },
        expectedLastChangedAt: loaded.lastChangedAt,
        seen: versionOf(loaded),
      });

    await otherDeskWrites(read.id, { apiId: 'crm-2' });
    expect((await saveAsLoaded(read)).error).toMatchObject({
      code: 'CONFLICT',
      params: { changed: 'externalId' },
    });
    expect((await h.http.get(`/record/${SALON_ID}/${read.id}`)).body.data.api_id).toBe('crm-2');

    const reread = await h.atSalon((client, location) => client.appointments.get(location, read.id));
    const renamed = await h.http.put(`/client/${SALON_ID}/${read.client?.id ?? 0}`, {
      name: 'Ada Elsewhere',
      phone,
      email: 'ada@example.com',
    });
    expect(renamed.status).toBe(200);
    expect((await saveAsLoaded(reread)).error).toMatchObject({
      code: 'CONFLICT',
      params: { changed: 'clientDetails' },
    });
    expect(await recordComment(read.id)).toBe('as booked');
  });

  it('guards a move, a status change and a cancel the same way', async () => {
    const read = await h.atSalon((client, location) => client.appointments.create(location, booking()));
    await otherDeskWrites(read.id, { comment: 'other desk' });
    const expectation = { expectedLastChangedAt: read.lastChangedAt, seen: versionOf(read) };
    const move = await h.result('appointments.move', {
      locationId: SALON_ID,
      id: read.id,
      teamMemberId: LIAM,
      start: salonTime(DAY, '12:00'),
      durationSeconds: 3600,
      ...expectation,
    });
    const status = await h.result('appointments.setStatus', {
      locationId: SALON_ID,
      id: read.id,
      status: 'arrived',
      ...expectation,
    });
    const cancel = await h.result('appointments.cancel', {
      locationId: SALON_ID,
      id: read.id,
      ...expectation,
    });
    for (const refused of [move, status, cancel])
      expect(refused.error).toMatchObject({ code: 'CONFLICT', params: { changed: 'comment' } });
    const record = (await h.http.get(`/record/${SALON_ID}/${read.id}`)).body.data;
    expect([record.date, record.attendance, record.deleted ?? false]).toEqual([`${DAY} 10:00:00`, 0, false]);
  });

  it('refuses a client edit over a change made in the same second the card was read', async () => {
    const created = await h.http.post(`/clients/${SALON_ID}`, { name: 'Same Second', phone: '+12025550177' });
    const clientId = created.body.data.id as number;
    let loaded = null;
    for (let attempt = 0; attempt < 5 && !loaded; attempt++) {
      const card = await h.invoke('clients.card', { locationId: SALON_ID, clientId });
      const other = await h.http.put(`/client/${SALON_ID}/${clientId}`, {
        name: `Other Desk ${attempt}`,
        phone: '+12025550177',
      });
      const after = await h.invoke('clients.card', { locationId: SALON_ID, clientId });
      expect(other.status).toBe(200);
      if (after.client.lastChangedAt === card.client.lastChangedAt) loaded = card.client;
    }
    if (!loaded) throw new Error('no change landed in the same second as the read in 5 tries');
    const refused = await h.result('clients.update', {
      locationId: SALON_ID,
      clientId,
      changes: { name: 'This Desk', phone: '+12025550177', email: '', customFields: {} },
      expectedLastChangedAt: loaded.lastChangedAt,
      seen: clientVersionOf(loaded),
    });
    expect(refused.error).toMatchObject({ code: 'CONFLICT', params: { subject: 'client' } });
    expect((await h.http.get(`/client/${SALON_ID}/${clientId}`)).body.data.name).toMatch(/^Other Desk/);
  });
});
