import { describe, expect, it } from 'vitest';
import { createHttp } from '../../../electron/main/altegio/http';
import { createLimiter } from '../../../electron/main/altegio/limiter';
import { createInvoker, type Handlers } from '../../../electron/main/ipc/invoker';
import { createLogger, SecretRegistry } from '../../../electron/main/log';
import { APP_ORIGIN } from '../../../electron/main/security';

const own = { senderUrl: `${APP_ORIGIN}/index.html` };
const appInfo = { name: 'frontdesk', version: '9.9.9', platform: 'linux', packaged: false };

/** Altegio as the transport meets it: `/ok` answers 200, `/busy` 503, `/down` is never connected to. */
const altegio: typeof fetch = async (input) => {
  const path = new URL(String(input)).pathname;
  if (path.endsWith('/down')) {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    throw new TypeError('fetch failed', { cause: refused });
  }
  const status = path.endsWith('/busy') ? 503 : 200;
  const body = status === 200 ? { success: true, data: [], meta: [] } : { success: false, meta: {} };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
};

/**
 * The real invoker over handlers that ask the real transport for `path` (team.list, altegio.probe) or
 * answer alone (app.info). One request a window: a queued request starts from another caller's turn.
 */
function setup(paths: { team: string; probe: string }) {
  const http = createHttp({
    ...{ baseUrl: 'https://altegio.test/api/v1', partnerToken: 'partner', fetch: altegio },
    ...{ limiter: createLimiter({ perSecond: 1, secondWindowMs: 30 }), maxAttempts: 1 },
  });
  const handlers = {
    'app.info': () => appInfo,
    'team.list': async () => (await http.request('GET', paths.team)).data as [],
    'altegio.probe': async () => {
      await http.request('GET', paths.probe, { once: true });
      return null;
    },
  } as Partial<Handlers> as Handlers;
  const logger = createLogger(() => {}, new SecretRegistry());
  return createInvoker({ handlers, logger, isTrustedSender: (url) => url === own.senderUrl });
}

describe('answers marked as reaching Altegio', () => {
  it('marks an answer Altegio gave, data or a refusal, and not one main gave alone', async () => {
    const invoke = setup({ team: '/ok', probe: '/busy' });
    const [local, data, refusal, foreign] = await Promise.all([
      invoke('app.info', undefined, own),
      invoke('team.list', { locationId: 101 }, own),
      invoke('altegio.probe', { locationId: 101 }, own),
      invoke('app.info', undefined, { senderUrl: 'https://evil.example' }),
    ]);
    expect(local).toEqual({ ok: true, data: appInfo });
    expect(data).toEqual({ ok: true, data: [], reachedAltegio: true });
    expect(refusal).toEqual({
      ok: false,
      error: { code: 'SERVER', params: { status: 503 } },
      reachedAltegio: true,
    });
    expect(foreign).toEqual({ ok: false, error: { code: 'FORBIDDEN', params: { reason: 'sender' } } });
    const badInput = await invoke('team.list', { locationId: 'x' }, own);
    expect(badInput).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(badInput).not.toHaveProperty('reachedAltegio');
  });

  it('marks each answer by its own requests, when calls overlap and wait in the limiter', async () => {
    const invoke = setup({ team: '/ok', probe: '/down' });
    const [unreachable, local, reached] = await Promise.all([
      invoke('altegio.probe', { locationId: 101 }, own),
      invoke('app.info', undefined, own),
      invoke('team.list', { locationId: 101 }, own),
    ]);
    expect(unreachable).toEqual({
      ok: false,
      error: { code: 'NETWORK', params: { host: 'altegio.test', unreachable: true } },
    });
    expect(local).toEqual({ ok: true, data: appInfo });
    expect(reached).toEqual({ ok: true, data: [], reachedAltegio: true });
  });
});
