import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteOutcome } from '../../renderer/src/altegioReach';
import { REACH_PROBE_MS } from '../../renderer/src/app/AltegioReachNotice';
import { StatusBar } from '../../renderer/src/app/StatusBar';
import type { Answer, FrontdeskBridge } from '../../shared/contract';
import { renderWithQuery } from './bridge';

const salon = {
  ...{ id: 101, title: 'Salon', city: '', address: '', phone: '', currency: 'USD' },
  timezone: 'America/New_York',
};
const unreachable: Answer<unknown> = {
  ok: false,
  error: { code: 'NETWORK', params: { host: 'api.alteg.io', unreachable: true } },
};

/** window.frontdesk answering from main's side with fixed data; probes wait until the test settles them. */
function fakeBridge(signedIn: boolean) {
  const probes: Array<(answer: Answer<unknown>) => void> = [];
  const session = {
    ...{ signedIn, userName: 'Desk', connection: { kind: 'demo', host: 'demo' }, locations: [salon] },
    ...{ locationId: 101, credentialStorage: 'encrypted', restoreProblem: null },
    endedBecause: signedIn ? null : 'tokenRejected',
  };
  const answers: Record<string, unknown> = {
    'session.get': session,
    'app.info': { name: 'Frontdesk', version: '1.2.3', platform: 'linux', packaged: false },
  };
  window.frontdesk = {
    invoke: (channel: string) =>
      channel === 'altegio.probe'
        ? new Promise((settle) => probes.push(settle))
        : Promise.resolve({ ok: true, data: answers[channel] ?? null }),
    on: () => () => {},
  } as unknown as FrontdeskBridge;
  return probes;
}

async function statusBarOutOfReach(signedIn: boolean) {
  const probes = fakeBridge(signedIn);
  renderWithQuery(<StatusBar />);
  // The footer carries the status region, and its stacking.
  const bar = (await screen.findByRole('status', { name: 'Status bar' })).parentElement!;
  await screen.findByText(/Frontdesk 1\.2\.3/);
  const zIndexBefore = getComputedStyle(bar).zIndex;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  act(() => noteOutcome(unreachable));
  expect(screen.getByTestId('altegio-out-of-reach').textContent).toContain('cannot be reached');
  return { probes, bar, zIndexBefore };
}

const wait = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

describe('the "Altegio cannot be reached" notice', () => {
  afterEach(() => {
    act(() => noteOutcome({ ok: true, data: [], reachedAltegio: true }));
    vi.useRealTimers();
  });

  it('raises the status bar over dialogs only while it shows, and probes one at a time', async () => {
    const { probes, bar, zIndexBefore } = await statusBarOutOfReach(true);
    expect([zIndexBefore, getComputedStyle(bar).zIndex]).toEqual(['1201', '1301']);
    await wait(REACH_PROBE_MS);
    expect(probes).toHaveLength(1);
    // A probe that hangs is not joined by others.
    await wait(REACH_PROBE_MS * 4);
    expect(probes).toHaveLength(1);
    probes[0]!(unreachable);
    await wait(REACH_PROBE_MS - 100);
    expect(probes).toHaveLength(1);
    await wait(100);
    expect(probes).toHaveLength(2);
    act(() => probes[1]!({ ok: true, data: null, reachedAltegio: true }));
    vi.useRealTimers();
    await waitFor(() => expect(screen.queryByTestId('altegio-out-of-reach')).toBeNull());
    expect(getComputedStyle(bar).zIndex).toBe('1201');
  });

  it('does not probe once the session has ended', async () => {
    const { probes } = await statusBarOutOfReach(false);
    await wait(REACH_PROBE_MS * 3);
    expect(probes).toHaveLength(0);
  });
});
