import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { appointmentsKeys } from '../../../../renderer/src/features/appointments';
import { emptyRange } from '../../../../renderer/src/features/appointments/cache';
import { clientsKeys } from '../../../../renderer/src/features/clients';
import { useApplyRunningLate } from '../../../../renderer/src/features/runningLate/api';
import type { LatePushPreview } from '../../../../shared/contract/runningLate';
import { altegioHttp } from '../../../support/altegioHttp';
import { addDays, EMMA, QUIET_DAY, SALON_ID, salonTime } from '../../../support/demoSalon';
import { bookRaw } from '../../../support/runningLate';
import { emulatorForThisFile, openDemoBridge } from '../../bridge';

const emulator = emulatorForThisFile();

/** The hook over a cache that holds the day's appointment range and the client's card. */
function setUp(date: string, clientId: number) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const range = appointmentsKeys.range(SALON_ID, date, date);
  const card = clientsKeys.card(SALON_ID, clientId);
  queryClient.setQueryData(range, emptyRange(date, date));
  queryClient.setQueryData(card, {});
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(() => useApplyRunningLate(SALON_ID), { wrapper });
  const stale = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated;
  return { push: () => result.current, stale: { range: () => stale(range), card: () => stale(card) } };
}

const request = (date: string) => ({
  locationId: SALON_ID,
  teamMemberId: EMMA,
  from: salonTime(date, '10:00'),
  delayMinutes: 20,
  mode: 'all' as const,
});

const expected = (preview: LatePushPreview) =>
  preview.rows.map((row) => ({ id: row.id, lastChangedAt: row.lastChangedAt, newStart: row.newStart }));

describe('running late and the calendar cache', () => {
  it('reads the moved client card again, and keeps the patched range', async () => {
    const date = QUIET_DAY;
    const booked = await bookRaw(await altegioHttp(emulator()), EMMA, date, '10:00', 30, 'Card Carla');
    const { pass } = await openDemoBridge(emulator());
    const preview = (await pass('runningLate.preview', request(date))) as { data: LatePushPreview };
    const clientId = (booked.client as unknown as { id: number }).id;
    expect(clientId).toBeGreaterThan(0);
    const cache = setUp(date, clientId);

    const result = await cache.push().mutateAsync({ ...request(date), expected: expected(preview.data) });
    expect(result.outcomes.map((outcome) => outcome.result)).toEqual(['moved']);
    expect(cache.stale.card()).toBe(true);
    expect(cache.stale.range()).toBe(false);
  });

  it('reads the range again when a move is unsure, and when the push fails as a whole', async () => {
    const date = addDays(QUIET_DAY, 7);
    const booked = await bookRaw(await altegioHttp(emulator()), EMMA, date, '10:00', 30, 'Unsure Uma');
    let fail = false;
    const { pass } = await openDemoBridge(emulator(), (channel) =>
      channel === 'runningLate.apply' && fail ? { ok: false, error: { code: 'NETWORK' } } : undefined,
    );
    const preview = (await pass('runningLate.preview', request(date))) as { data: LatePushPreview };

    // Every reply about this appointment from its PUT on is lost: Altegio may or may not have moved it.
    let putSeen = false;
    emulator().beforeRequest(({ method, path }) => {
      const about = path.endsWith(`/record/${SALON_ID}/${booked.id}`);
      if (about && method === 'PUT') putSeen = true;
      void emulator().faults.set({ dropRate: about && putSeen ? 1 : 0 });
    });
    try {
      const cache = setUp(date, 1);
      const result = await cache.push().mutateAsync({ ...request(date), expected: expected(preview.data) });
      expect(result.outcomes.map((outcome) => outcome.result)).toEqual(['unsure']);
      expect(cache.stale.range()).toBe(true);
    } finally {
      emulator().beforeRequest(null);
      emulator().faults.clear();
    }

    fail = true;
    const cache = setUp(date, 1);
    await expect(
      cache.push().mutateAsync({ ...request(date), expected: expected(preview.data) }),
    ).rejects.toMatchObject({ code: 'NETWORK' });
    expect(cache.stale.range()).toBe(true);
  }, 60_000);
});
