import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ONLINE_BOOKING, startEmulator } from '../../electron/emulator/index';
import {
  Api,
  findFreeSlot,
  isoAt,
  NOW,
  SALON,
  salonDate,
  signedIn,
  startTestEmulator,
  type WireRecord,
} from './helpers';

describe('persistence with a data file', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'altegio-emulator-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps changes across a restart, and frees the port on close', async () => {
    const dataFile = join(dir, 'demo.json');
    const first = await startTestEmulator({ dataFile });
    const api = await signedIn(first);
    const slot = await findFreeSlot(api, SALON, salonDate(1), 30);
    const created = await api.post<WireRecord>(`/records/${SALON}`, {
      staff_id: slot.staffId,
      services: [],
      client: { phone: '+12125550888', name: 'Persistent' },
      datetime: isoAt(salonDate(1), slot.time),
      seance_length: 1800,
      api_id: 'persist-me',
    });
    expect(created.status).toBe(201);
    const port = first.port;
    await first.close();
    const saved = JSON.parse(await readFile(dataFile, 'utf8')) as { format: string };
    expect(saved.format).toBe('frontdesk-altegio-emulator');

    // A different "today" and seed would generate different data: the file must win.
    const second = await startEmulator({
      port,
      rateLimit: false,
      dataFile,
      seed: 99,
      now: new Date('2030-01-01T00:00:00Z'),
    });
    try {
      expect(second.port).toBe(port);
      const again = await signedIn(second);
      const record = await again.get<WireRecord>(`/record/${SALON}/${created.body.data.id}`);
      expect(record.status).toBe(200);
      expect(record.body.data).toMatchObject({ api_id: 'persist-me', datetime: created.body.data.datetime });
      const deleted = await again.delete(`/record/${SALON}/${created.body.data.id}`);
      expect(deleted.status).toBe(204);
    } finally {
      await second.close();
    }
    const third = await startTestEmulator({ dataFile });
    try {
      const api3 = await signedIn(third);
      expect((await api3.get(`/record/${SALON}/${created.body.data.id}`)).status).toBe(404);
    } finally {
      await third.close();
    }
  });

  it('keeps online-booking accounts; a file saved before them loads and gains the demo ones', async () => {
    const dataFile = join(dir, 'booking.json');
    const login = (api: Api, body: object) =>
      api
        .post<{ user_token: string }>('/user/auth', body, { auth: 'partner' })
        .then((r) => r.body.data.user_token);
    const first = await startTestEmulator({ dataFile });
    const byCode = await login(new Api(first.url), {
      phone: '+15555550444',
      code: DEMO_ONLINE_BOOKING.smsCode,
    });
    await first.close();
    const second = await startTestEmulator({ dataFile });
    try {
      const api = new Api(second.url);
      const confirm = `/booking/user/phone_confirmation?company_id=${SALON}&phone=15555550445`;
      expect(
        (await api.get(confirm, { auth: { header: `Bearer ${api.partnerToken}, User ${byCode}` } })).status,
      ).toBe(202);
    } finally {
      await second.close();
    }

    const saved = JSON.parse(await readFile(dataFile, 'utf8')) as Record<string, unknown> & {
      records: Array<{ reviewToken?: string }>;
    };
    delete saved.bookingAccounts;
    for (const record of saved.records) delete record.reviewToken;
    await writeFile(dataFile, JSON.stringify(saved));
    const older = await startTestEmulator({ dataFile });
    try {
      const api = new Api(older.url);
      const demo = { login: DEMO_ONLINE_BOOKING.login, password: DEMO_ONLINE_BOOKING.password };
      expect((await api.post('/booking/auth', demo, { auth: 'partner' })).status).toBe(201);
      const review = `/master_record_review/${DEMO_ONLINE_BOOKING.reviewToken}`;
      expect((await api.get(review, { auth: 'partner' })).status).toBe(200);
    } finally {
      await older.close();
    }
  });

  it('refuses a file that is not an emulator store', async () => {
    const dataFile = join(dir, 'foreign.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(dataFile, '{"hello":1}'));
    await expect(startTestEmulator({ dataFile })).rejects.toThrow(/not an Altegio emulator data file/);
  });
});

describe('deterministic seed', () => {
  async function snapshotOf(seed: number) {
    const emulator = await startEmulator({ port: 0, rateLimit: false, seed, now: NOW });
    try {
      const api = await signedIn(emulator);
      const records = await api.get(
        `/records/${SALON}?start_date=${salonDate(-7)}&end_date=${salonDate(7)}&count=5000`,
      );
      const clients = await api.get(`/clients/${SALON}?count=200`);
      const comments = await api.get(`/comments/${SALON}?count=100`);
      return JSON.stringify([records.body, clients.body, comments.body]);
    } finally {
      await emulator.close();
    }
  }

  it('gives the same data for the same seed and "now", different data for another seed', async () => {
    const a = await snapshotOf(7);
    const b = await snapshotOf(7);
    const c = await snapshotOf(8);
    expect(a.length).toBeGreaterThan(10_000);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });
});
