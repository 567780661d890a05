import { act, render, renderHook, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as LazyParts from '../../renderer/src/lazyPart';

type LazyPartModule = typeof LazyParts;

/** The module keeps its parts and its prefetch state for the page's life: each test gets a fresh one. */
async function freshModule(): Promise<LazyPartModule> {
  vi.resetModules();
  return import('../../renderer/src/lazyPart');
}

describe('lazyPart', () => {
  let idle: Array<() => void>;

  beforeEach(() => {
    idle = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('prefetches every part once, however often the calendar says it has painted', async () => {
    const { lazyPart, prefetchParts } = await freshModule();
    const WalkIn = () => <p>Walk-in</p>;
    const load = vi.fn(async () => WalkIn);
    lazyPart(load);
    prefetchParts();
    prefetchParts();
    prefetchParts();
    expect(idle).toHaveLength(1);
    expect(load).not.toHaveBeenCalled(); // nothing competes with the paint itself
    idle[0]!();
    prefetchParts();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again on first render after a failed prefetch, and renders the part', async () => {
    const { lazyPart, prefetchParts } = await freshModule();
    const load = vi
      .fn<() => Promise<() => React.JSX.Element>>()
      .mockRejectedValueOnce(new Error('chunk not loaded'))
      .mockResolvedValue(function RunningLate() {
        return <p>Running late</p>;
      });
    const Part = lazyPart(load);
    prefetchParts();
    await act(async () => idle[0]!());
    render(
      <Suspense fallback={null}>
        <Part />
      </Suspense>,
    );
    expect(await screen.findByText('Running late')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('tells a waiting part when the prefetch starts', async () => {
    const { prefetchParts, usePartsPrefetched } = await freshModule();
    const { result } = renderHook(() => usePartsPrefetched());
    expect(result.current).toBe(false);
    prefetchParts();
    act(() => idle[0]!());
    expect(result.current).toBe(true);
  });

  it('keeps a part mounted once opened, so it can close with its transition', async () => {
    const { useOpenedOnce } = await freshModule();
    const { result, rerender } = renderHook(({ open }) => useOpenedOnce(open), {
      initialProps: { open: false },
    });
    expect(result.current).toBe(false);
    rerender({ open: true });
    expect(result.current).toBe(true);
    rerender({ open: false });
    expect(result.current).toBe(true);
  });
});
