import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../electron/emulator';
import { AltegioError } from '../../../electron/main/altegio/errors';
import { isoAt, SALON, salonDate, signedInClient, startTestEmulator } from './helpers';

describe('appointments of one client', () => {
  let emulator: RunningEmulator;
  let client: Awaited<ReturnType<typeof signedInClient>>;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    client = await signedInClient(emulator);
  });
  afterAll(() => emulator.close());

  it('lists only that client’s appointments in the range, oldest first, without deleted ones', async () => {
    const phone = '+12125550888';
    const book = (days: number, time: string) =>
      client.appointments.create(
        SALON,
        {
          teamMemberId: 1002,
          start: isoAt(salonDate(days), time),
          durationSeconds: 1800,
          technicalBreakSeconds: null,
          services: [],
          client: { name: 'Only Me', phone },
        },
        { saveIfBusy: true },
      );
    const later = await book(20, '15:00');
    const earlier = await book(10, '15:00');
    const gone = await book(12, '15:00');
    const outside = await book(40, '15:00');
    await client.appointments.remove(SALON, gone.id);
    const clientId = earlier.client!.id;

    const { appointments: found } = await client.appointments.forClient(SALON, clientId, {
      from: salonDate(0),
      to: salonDate(30),
    });
    expect(found.map((a) => a.id)).toEqual([earlier.id, later.id]);
    expect(found.every((a) => a.client?.id === clientId)).toBe(true);
    expect(found.map((a) => a.id)).not.toContain(outside.id);
  });

  it('refuses a backwards range before asking Altegio', async () => {
    await expect(
      client.appointments.forClient(SALON, 1, { from: salonDate(5), to: salonDate(1) }),
    ).rejects.toBeInstanceOf(AltegioError);
  });
});
