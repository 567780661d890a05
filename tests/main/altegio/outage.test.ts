import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../electron/emulator';
import { AltegioError, networkError } from '../../../electron/main/altegio/errors';
import type { AppointmentInput } from '../../../shared/domain/appointment';
import { findFreeSlot, rawGet, SALON, salonDate, signedInClient, startTestEmulator } from './helpers';

describe('Altegio out of reach', () => {
  let emulator: RunningEmulator;
  let client: Awaited<ReturnType<typeof signedInClient>>;
  let posts = 0;
  let requests = 0;
  const countingPosts: typeof fetch = (input, init) => {
    requests++;
    if (init?.method === 'POST') posts++;
    return fetch(input, init);
  };

  beforeAll(async () => {
    emulator = await startTestEmulator();
    client = await signedInClient(emulator, { fetch: countingPosts });
  });
  afterAll(() => emulator.close());

  it('says "unreachable" and not "may have been saved" when the server is gone, and works once it is back', async () => {
    const date = salonDate(9);
    const slot = await findFreeSlot(client, SALON, date, 30);
    const input: AppointmentInput = {
      teamMemberId: slot.teamMemberId,
      start: slot.start,
      durationSeconds: 1800,
      technicalBreakSeconds: null,
      services: [],
      client: { name: 'Gone Server', phone: '+12125559911' },
      apiId: 'outage-create-1',
    };
    await emulator.stop();
    const read = await client.team.list(SALON).catch((error: unknown) => error);
    expect(read).toBeInstanceOf(AltegioError);
    expect((read as AltegioError).toShape()).toMatchObject({
      code: 'NETWORK',
      params: { unreachable: true },
    });

    posts = 0;
    const save = await client.appointments.create(SALON, input).catch((error: unknown) => error);
    expect(save).toBeInstanceOf(AltegioError);
    expect((save as AltegioError).ambiguous).toBe(false);
    expect((save as AltegioError).params).toMatchObject({ unreachable: true });
    expect((save as AltegioError).params?.['saveUnknown']).toBeUndefined();
    // Nothing left, so nothing is tried twice nor looked up.
    expect(posts).toBe(1);

    await emulator.restart();
    expect((await client.team.list(SALON)).length).toBeGreaterThan(0);
    const created = await client.appointments.create(SALON, input);
    const day = await rawGet(
      emulator,
      client.userToken,
      `/records/${SALON.id}?start_date=${date}&end_date=${date}`,
    );
    const mine = (day.body.data as Array<{ id: number; api_id: string }>).filter(
      (r) => r.api_id === input.apiId,
    );
    expect(mine.map((r) => r.id)).toEqual([created.id]);
  });

  it('counts a connection that never came about (dropped packets, network down) as unreachable', () => {
    const fetchFailed = (code: string) =>
      new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
    for (const code of ['UND_ERR_CONNECT_TIMEOUT', 'ENETDOWN', 'EADDRNOTAVAIL']) {
      const error = networkError(fetchFailed(code), 'api.alteg.io');
      expect([code, error.params?.['unreachable'], error.ambiguous]).toEqual([code, true, false]);
    }
    // A connection that broke after the request went out may have been carried out.
    expect(networkError(fetchFailed('ECONNRESET'), 'api.alteg.io').params?.['unreachable']).toBeUndefined();
  });

  it('probes with a single request, however Altegio fails', async () => {
    await emulator.stop();
    requests = 0;
    const probe = await client.locations.probe(SALON.id).catch((error: unknown) => error);
    expect([(probe as AltegioError).code, requests]).toEqual(['NETWORK', 1]);
    await emulator.restart();
    emulator.faults.set({ errorRate: 1 });
    requests = 0;
    const refused = await client.locations.probe(SALON.id).catch((error: unknown) => error);
    expect([(refused as AltegioError).code, requests]).toEqual(['SERVER', 1]);
    emulator.faults.set({ errorRate: 0 });
    await expect(client.locations.probe(SALON.id)).resolves.toBeUndefined();
  });
});
