import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../electron/emulator';
import { AltegioError } from '../../../electron/main/altegio/errors';
import { createLimiter, unlimited } from '../../../electron/main/altegio/limiter';
import type { AppointmentInput } from '../../../shared/domain/appointment';
import { findFreeSlot, rawGet, SALON, salonDate, signedInClient, startTestEmulator } from './helpers';

describe('fault injection', () => {
  let emulator: RunningEmulator;
  let client: Awaited<ReturnType<typeof signedInClient>>;
  /** Failures the transport reported (it logs each failed attempt), proving the faults really hit. */
  const seen = { serverErrors: 0, dropped: 0 };
  const note = (line: string) => {
    if (/ failed: http 5\d\d /.test(line)) seen.serverErrors++;
    if (/ failed: (network|malformed|timeout)/.test(line)) seen.dropped++;
  };
  const logger = { debug: note, info: note, warn: note, error: note };

  beforeAll(async () => {
    emulator = await startTestEmulator();
    client = await signedInClient(emulator, {
      logger,
      transport: { baseDelayMs: 20, maxDelayMs: 200, timeoutMs: 3000, maxAttempts: 8 },
    });
  });
  afterEach(() => {
    emulator.faults.clear();
  });
  afterAll(() => emulator.close());

  it('loads a full week correctly under 30% server errors and 10% dropped connections', async () => {
    const range = { from: salonDate(-3), to: salonDate(3) };
    const { appointments: clean } = await client.appointments.list(SALON, range);
    emulator.faults.set({ errorRate: 0.3, dropRate: 0.1 });
    Object.assign(seen, { serverErrors: 0, dropped: 0 });
    // Loads until both kinds of fault have struck at least once (usually within a few loads).
    for (let run = 0; run < 60 && (run < 3 || seen.serverErrors === 0 || seen.dropped === 0); run++) {
      const { appointments: faulty } = await client.appointments.list(SALON, range);
      const byId = (list: typeof clean) => [...list].sort((a, b) => a.id - b.id);
      expect(byId(faulty)).toEqual(byId(clean));
    }
    expect(clean.length).toBeGreaterThan(200);
    expect(seen.serverErrors).toBeGreaterThan(0);
    expect(seen.dropped).toBeGreaterThan(0);
  });

  it('creates exactly one appointment under dropped connections, every time', async () => {
    const date = salonDate(8);
    let created = 0;
    let failed = 0;
    seen.dropped = 0;
    for (let run = 0; run < 10; run++) {
      const slot = await findFreeSlot(client, SALON, date, 30);
      const apiId = `fault-run-${run}-${Math.random().toString(36).slice(2)}`;
      const input: AppointmentInput = {
        teamMemberId: slot.teamMemberId,
        start: slot.start,
        durationSeconds: 1800,
        technicalBreakSeconds: null,
        services: [],
        client: { name: `Drop Test ${run}`, phone: `+1212555${String(1000 + run)}` },
        apiId,
      };
      emulator.faults.set({ dropRate: 0.5 });
      const outcome = await client.appointments.create(SALON, input).catch((error: unknown) => error);
      emulator.faults.clear();
      const day = await rawGet(
        emulator,
        client.userToken,
        `/records/${SALON.id}?start_date=${date}&end_date=${date}&count=500`,
      );
      const matches = (day.body.data as Array<{ id: number; api_id: string }>).filter(
        (r) => r.api_id === apiId,
      );
      if (outcome instanceof AltegioError) {
        failed++;
        expect(matches.length).toBeLessThanOrEqual(1);
      } else {
        created++;
        expect(matches.map((r) => r.id)).toEqual([(outcome as { id: number }).id]);
      }
    }
    expect(created).toBeGreaterThan(0);
    expect(created + failed).toBe(10);
    expect(seen.dropped).toBeGreaterThan(0);
  });

  it('finishes a burst of 30 GETs through an unlimited limiter by honouring Retry-After', async () => {
    let tooMany = 0;
    const counting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (response.status === 429) tooMany++;
      return response;
    };
    const burst = await signedInClient(emulator, {
      fetch: counting,
      limiter: unlimited,
      transport: { baseDelayMs: 20, maxDelayMs: 1000, timeoutMs: 3000, maxAttempts: 12 },
    });
    emulator.faults.set({ rateLimit: true });
    const replies = await Promise.all(Array.from({ length: 30 }, () => burst.team.list(SALON)));
    expect(replies.every((members) => members.length > 0)).toBe(true);
    expect(tooMany).toBeGreaterThan(0);
  });

  it('causes no 429 at all with the real limiter', async () => {
    let tooMany = 0;
    let requests = 0;
    const counting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      requests++;
      if (response.status === 429) tooMany++;
      return response;
    };
    const paced = await signedInClient(emulator, { fetch: counting, limiter: createLimiter() });
    emulator.faults.set({ rateLimit: true });
    const replies = await Promise.all(Array.from({ length: 30 }, () => paced.team.list(SALON)));
    expect(replies).toHaveLength(30);
    expect(requests).toBe(31); // the sign-in and the burst
    expect(tooMany).toBe(0);
  });
});
