import { DEMO_CREDENTIALS, type RunningEmulator } from '../../electron/emulator';

/**
 * Raw HTTP to the emulator with the demo credentials, to check what the UI really did (or to change
 * something "at another desk"). Deliberately not Frontdesk's own client.
 */
export async function altegioHttp(emulator: RunningEmulator) {
  const partner = `Bearer ${DEMO_CREDENTIALS.partnerToken}`;
  const signIn = await fetch(`${emulator.url}/auth`, {
    method: 'POST',
    headers: { Authorization: partner, 'Content-Type': 'application/json' },
    body: JSON.stringify({ login: DEMO_CREDENTIALS.login, password: DEMO_CREDENTIALS.password }),
  });
  const userToken = ((await signIn.json()) as { data: { user_token: string } }).data.user_token;
  const headers = { Authorization: `${partner}, User ${userToken}`, 'Content-Type': 'application/json' };
  const send = async (method: string, path: string, body?: unknown) => {
    let response: Response;
    // The app shares the emulator's rate limit (same IP); wait as Retry-After says.
    for (let attempt = 0; ; attempt++) {
      response = await fetch(`${emulator.url}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (response.status !== 429 || attempt >= 10) break;
      await new Promise((done) => setTimeout(done, Number(response.headers.get('retry-after') ?? 1) * 1000));
    }
    const text = await response.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: response.status, body: (text ? JSON.parse(text) : null) as any };
  };
  return {
    get: (path: string) => send('GET', path),
    post: (path: string, body: unknown) => send('POST', path, body),
    put: (path: string, body: unknown) => send('PUT', path, body),
    delete: (path: string) => send('DELETE', path),
    /** A reply that is not JSON (the receipt PDF), as bytes. */
    bytes: async (path: string) => {
      const response = await fetch(`${emulator.url}${path}`, { headers });
      return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()) };
    },
  };
}

export type AltegioHttp = Awaited<ReturnType<typeof altegioHttp>>;
