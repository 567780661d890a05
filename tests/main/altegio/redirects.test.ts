import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAltegioClient } from '../../../electron/main/altegio/client';

interface Seen {
  method: string;
  url: string;
  body: string;
  authorization: string;
}

async function listen(
  handler: (request: IncomingMessage, body: string) => [number, Record<string, string>, string],
) {
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      seen.push({
        method: request.method ?? '',
        url: request.url ?? '',
        body,
        authorization: String(request.headers.authorization ?? ''),
      });
      const [status, headers, text] = handler(request, body);
      response.writeHead(status, headers).end(text);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, seen, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const ok = (data: unknown): [number, Record<string, string>, string] => [
  200,
  { 'content-type': 'application/json' },
  JSON.stringify({ success: true, data, meta: [] }),
];

let elsewhere: Awaited<ReturnType<typeof listen>>;
let altegio: Awaited<ReturnType<typeof listen>>;
const servers: Server[] = [];

beforeAll(async () => {
  // Another origin (another port): it must never receive a credential or a body.
  elsewhere = await listen(() => ok({ user_token: 'stolen' }));
  altegio = await listen((request) => {
    const url = request.url ?? '';
    if (url === '/api/v1/auth') return [307, { location: `${elsewhere.origin}/api/v1/auth` }, ''];
    if (url === '/api/v1/companies?my=1') return [301, { location: '/api/v1/companies-moved?my=1' }, ''];
    if (url === '/api/v1/companies-moved?my=1') return ok([]);
    if (url.startsWith('/api/v1/company/1'))
      return [302, { location: 'http://api.example.com/api/v1/company/1' }, ''];
    if (url.startsWith('/api/v1/record/1/')) return [302, { location: '/api/v1/record/1/again' }, ''];
    if (url.startsWith('/api/v1/loop')) return [307, { location: '/api/v1/loop' }, ''];
    return [404, {}, ''];
  });
  servers.push(elsewhere.server, altegio.server);
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
});

const client = () =>
  createAltegioClient({
    baseUrl: `${altegio.origin}/api/v1`,
    partnerToken: 'partner-secret',
    userToken: 'user-secret',
    transport: { maxAttempts: 1 },
  });

describe('redirects', () => {
  it('never sends the password to another origin', async () => {
    const error = await client()
      .auth.signIn('admin@example.com', 'hunter2-password')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SERVER', kind: 'redirect', params: { reason: 'redirect' } });
    expect(elsewhere.seen).toEqual([]);
  });

  it('follows a redirect within the same origin', async () => {
    await expect(client().locations.listMine()).resolves.toEqual([]);
    expect(altegio.seen.map((request) => request.url)).toContain('/api/v1/companies-moved?my=1');
  });

  it('refuses a redirect to plain http elsewhere, a write turned into a GET, and a loop', async () => {
    await expect(client().locations.get(1)).rejects.toMatchObject({ kind: 'redirect' });
    await expect(client().appointments.remove({ id: 1, timezone: 'UTC' }, 5)).rejects.toMatchObject({
      kind: 'redirect',
    });
    await expect(client().http.request('GET', '/loop')).rejects.toMatchObject({ kind: 'redirect' });
    expect(altegio.seen.filter((request) => request.url === '/api/v1/loop').length).toBeLessThanOrEqual(4);
  });
});
