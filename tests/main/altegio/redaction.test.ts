import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../electron/emulator';
import { createAltegioClient } from '../../../electron/main/altegio/client';
import { createLogger, type Logger, SecretRegistry } from '../../../electron/main/log';
import { FAST_TRANSPORT, SALON, salonDate, startTestEmulator } from './helpers';

const PARTNER = 'partner-9f8e7d6c5b4a-secret';
const LOGIN = 'owner@secret.example';
const PASSWORD = 'correct-horse-battery-staple';

describe('logging', () => {
  let emulator: RunningEmulator;

  beforeAll(async () => {
    emulator = await startTestEmulator({
      partnerToken: PARTNER,
      users: [{ login: LOGIN, password: PASSWORD, name: 'Owner' }],
    });
  });
  afterAll(() => emulator.close());

  it('never lets a token or a password reach the log, on success or failure', async () => {
    const lines: string[] = [];
    const secrets = new SecretRegistry();
    secrets.add(PARTNER);
    secrets.add(PASSWORD);
    const redacting = createLogger((line) => lines.push(line), secrets);
    // A second logger sees exactly what the transport hands over, before any redaction.
    const raw: string[] = [];
    const both: Logger = {
      debug: (m, d) => (raw.push(`${m} ${JSON.stringify(d ?? '')}`), redacting.debug(m, d)),
      info: (m, d) => (raw.push(`${m} ${JSON.stringify(d ?? '')}`), redacting.info(m, d)),
      warn: (m, d) => (raw.push(`${m} ${JSON.stringify(d ?? '')}`), redacting.warn(m, d)),
      error: (m, d) => (raw.push(`${m} ${JSON.stringify(d ?? '')}`), redacting.error(m, d)),
    };
    const options = { baseUrl: emulator.url, partnerToken: PARTNER, logger: both, transport: FAST_TRANSPORT };
    const anonymous = createAltegioClient(options);
    await expect(anonymous.auth.signIn(LOGIN, 'wrong-password-guess')).rejects.toMatchObject({
      code: 'AUTH_REQUIRED',
    });
    const { userToken } = await anonymous.auth.signIn(LOGIN, PASSWORD);
    secrets.add(userToken);
    const client = createAltegioClient({ ...options, userToken });

    await client.appointments.list(SALON, { from: salonDate(0), to: salonDate(1) });
    await expect(client.appointments.get(SALON, 1)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(client.clients.create(SALON, { name: 'x', phone: '1' })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    emulator.faults.set({ errorRate: 0.5, dropRate: 0.3 });
    await client.team.list(SALON).catch(() => undefined);
    await client.services.list(SALON).catch(() => undefined);
    emulator.faults.clear();
    await expect(
      createAltegioClient({ ...options, userToken: 'forged-user-token' }).team.list(SALON),
    ).rejects.toMatchObject({
      code: 'AUTH_REQUIRED',
    });

    expect(lines.length).toBeGreaterThanOrEqual(8);
    expect(lines.some((line) => / failed: http 404 /.test(line))).toBe(true);
    for (const text of [...lines, ...raw]) {
      for (const secret of [PARTNER, PASSWORD, userToken, 'wrong-password-guess', 'forged-user-token']) {
        expect(text).not.toContain(secret);
      }
    }
  });
});
