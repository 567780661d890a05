import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS, type RunningEmulator } from '../../electron/emulator/index';
import { Api, FOREIGN, SALON, signedIn, startTestEmulator } from './helpers';

describe('transport, auth and errors', () => {
  let emulator: RunningEmulator;
  let api: Api;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    api = await signedIn(emulator);
  });
  afterAll(() => emulator.close());

  it('serves /api/v1 on 127.0.0.1 with the base URL it reports', () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    expect(emulator.port).toBeGreaterThan(0);
  });

  it('signs in by email or phone and returns 201 with a user token', async () => {
    const byEmail = await api.post<{ user_token: string; id: number }>(
      '/auth',
      { login: DEMO_CREDENTIALS.login, password: DEMO_CREDENTIALS.password },
      { auth: 'partner' },
    );
    expect(byEmail.status).toBe(201);
    expect(byEmail.body.meta).toEqual([]);
    expect(byEmail.body.data.user_token).toMatch(/^\w{16,}$/);
    const byPhone = await api.post<{ user_token: string }>(
      '/auth',
      { login: '+1 (555) 555-0100', password: 'demo' },
      { auth: 'partner' },
    );
    expect(byPhone.status).toBe(201);
    expect(byPhone.body.data.user_token).toBe(byEmail.body.data.user_token);
  });

  it('rejects wrong credentials with 401 and missing fields with 400', async () => {
    const wrong = await api.post(
      '/auth',
      { login: DEMO_CREDENTIALS.login, password: 'nope' },
      { auth: 'partner' },
    );
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({
      success: false,
      data: null,
      meta: { message: 'Incorrect login or password' },
    });
    const missing = await api.post<null, { errors: Record<string, string[]> }>(
      '/auth',
      { login: 'x' },
      { auth: 'partner' },
    );
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.meta.errors)).toEqual(['password']);
  });

  it('answers 401 "Authentication needed." for a missing, malformed or unknown partner token', async () => {
    for (const auth of [
      'none',
      { header: 'Token demo-partner-token' },
      { header: 'Bearer wrong-token' },
      { header: `Bearer wrong-token, User ${api.userToken}` },
    ] as const) {
      const reply = await api.get(`/staff/${SALON}`, { auth });
      expect(reply.status).toBe(401);
      expect(reply.body).toEqual({ success: false, data: null, meta: { message: 'Authentication needed.' } });
    }
  });

  it('answers 401 on business routes without a user token or with an unknown one', async () => {
    expect((await api.get(`/staff/${SALON}`, { auth: 'partner' })).status).toBe(401);
    const bad = await api.get(`/staff/${SALON}`, {
      auth: { header: 'Bearer demo-partner-token, User 0000' },
    });
    expect(bad.status).toBe(401);
  });

  it('accepts the documented header and the comma-only variant', async () => {
    const documented = await api.get(`/staff/${SALON}`);
    const commaOnly = await api.get(`/staff/${SALON}`, {
      auth: { header: `Bearer ${DEMO_CREDENTIALS.partnerToken},${api.userToken}` },
    });
    expect(documented.status).toBe(200);
    expect(commaOnly.status).toBe(200);
    expect(commaOnly.body).toEqual(documented.body);
  });

  it('answers 403 for a location the user is not linked to and 404 for an unknown one', async () => {
    const foreign = await api.get(`/staff/${FOREIGN}`);
    expect(foreign.status).toBe(403);
    expect(foreign.body).toEqual({ success: false, data: null, meta: { message: 'Access denied.' } });
    const unknown = await api.get('/staff/999');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ success: false, meta: { message: 'Location not found.' } });
  });

  it('answers 404 for unknown routes and ids', async () => {
    expect((await api.get('/no/such/route')).status).toBe(404);
    expect((await api.get(`/record/${SALON}/1`)).status).toBe(404);
    expect((await api.get(`/client/${SALON}/1`)).status).toBe(404);
  });

  it('answers 400 for a malformed JSON body', async () => {
    const reply = await api.request('POST', `/clients/${SALON}`, { rawBody: '{"name": "Ann",' });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({
      success: false,
      data: null,
      meta: { message: 'An error has occurred.' },
    });
  });

  it('treats a trailing slash as optional', async () => {
    const withSlash = await api.get(`/company/${SALON}/services/`);
    const without = await api.get(`/company/${SALON}/services`);
    expect(withSlash.status).toBe(200);
    expect(withSlash.body).toEqual(without.body);
  });

  it('lets a test run it with secret credentials instead of the demo ones', async () => {
    const secret = await startTestEmulator({
      partnerToken: 'secret-partner',
      users: [{ login: 'owner@example.com', password: 's3cret', name: 'Owner', locationIds: [SALON] }],
    });
    try {
      const demo = new Api(secret.url);
      expect(
        (await demo.post('/auth', { login: 'admin@demo.frontdesk', password: 'demo' }, { auth: 'partner' }))
          .status,
      ).toBe(401);
      const owner = await new Api(secret.url, 'secret-partner').signIn('owner@example.com', 's3cret');
      expect((await owner.get(`/staff/${SALON}`)).status).toBe(200);
      expect((await owner.get('/staff/102')).status).toBe(403);
    } finally {
      await secret.close();
    }
  });
});
