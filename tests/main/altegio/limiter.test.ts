import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLimiter, type Limiter } from '../../../electron/main/altegio/limiter';

interface Start {
  name: string;
  at: number;
}

/** Queues named tasks in this order; each notes when it started (fake time) and ends at once. */
function queue(
  limiter: Limiter,
  tasks: ReadonlyArray<{ name: string; priority?: number }>,
  starts: Start[] = [],
) {
  const done = tasks.map(({ name, priority }) =>
    limiter.schedule(
      () => {
        starts.push({ name, at: Date.now() });
        return Promise.resolve(name);
      },
      priority === undefined ? undefined : { priority },
    ),
  );
  return { starts, done: Promise.all(done) };
}

/** The most starts inside any window of `windowMs` (each window opening at a start). */
function busiestWindow(starts: readonly Start[], windowMs: number): number {
  return Math.max(
    ...starts.map(({ at }) => starts.filter((other) => other.at >= at && other.at < at + windowMs).length),
  );
}

describe('the shared limiter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts a more urgent task, queued last, before the waiting ones when the second is full', async () => {
    const limiter = createLimiter({ perSecond: 2, secondWindowMs: 1_000, perMinute: 100 });
    const { starts, done } = queue(limiter, [
      { name: 'low1' },
      { name: 'low2' },
      { name: 'low3' },
      { name: 'low4' },
      { name: 'low5' },
      { name: 'urgent', priority: 1 },
    ]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await done).toHaveLength(6);
    expect(starts.map((start) => start.name)).toEqual(['low1', 'low2', 'urgent', 'low3', 'low4', 'low5']);
    expect(starts.map((start) => start.at)).toEqual([0, 0, 1_000, 1_000, 2_000, 2_000]);
  });

  it('starts a more urgent task first when the minute is full too', async () => {
    const limiter = createLimiter({ perSecond: 10, perMinute: 2, minuteWindowMs: 60_000 });
    const { starts, done } = queue(limiter, [
      { name: 'low1', priority: 0 },
      { name: 'low2', priority: 0 },
      { name: 'low3', priority: 0 },
      { name: 'low4', priority: 0 },
      { name: 'urgent', priority: 1 },
    ]);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(starts.map((start) => start.name)).toEqual(['low1', 'low2']);
    await vi.advanceTimersByTimeAsync(1);
    expect(starts.map((start) => start.name)).toEqual(['low1', 'low2', 'urgent', 'low3']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await done).toHaveLength(5);
    expect(starts.map((start) => start.name).at(-1)).toBe('low4');
  });

  it('keeps both sliding windows whatever the mix of priorities', async () => {
    const limiter = createLimiter({
      perSecond: 3,
      secondWindowMs: 1_000,
      perMinute: 10,
      minuteWindowMs: 10_000,
    });
    const tasks = Array.from({ length: 25 }, (_, index) => ({
      name: `t${index}`,
      priority: index % 3 === 2 ? 1 : 0,
    }));
    const starts: Start[] = [];
    const first = queue(limiter, tasks.slice(0, 15), starts);
    // More arrive while the first ones wait, the urgent ones among them overtaking the waiting.
    await vi.advanceTimersByTimeAsync(500);
    const second = queue(limiter, tasks.slice(15), starts);
    await vi.advanceTimersByTimeAsync(40_000);
    await Promise.all([first.done, second.done]);
    expect(starts).toHaveLength(25);
    expect(busiestWindow(starts, 1_000)).toBe(3);
    expect(busiestWindow(starts, 10_000)).toBe(10);
    // The first ten took the minute at once (the urgent ones among them first through the second); of
    // those that waited for the next minute, the urgent ones went first, whenever they were queued.
    expect(starts.slice(0, 6).map((start) => start.name)).toEqual(['t0', 't1', 't2', 't5', 't8', 't3']);
    expect(new Set(starts.slice(0, 10).map((start) => start.name))).toEqual(
      new Set(tasks.slice(0, 10).map((task) => task.name)),
    );
    const nextMinute = starts.filter((start) => start.at >= 10_000 && start.at < 20_000);
    expect(nextMinute.slice(0, 5).map((start) => start.name)).toEqual(['t11', 't14', 't17', 't20', 't23']);
  });

  it('lets a waiting task through a steady stream of more urgent ones once it has waited long enough', async () => {
    const limiter = createLimiter({ perSecond: 1, secondWindowMs: 1_000, perMinute: 1_000, ageMs: 3_000 });
    const starts: Start[] = [];
    const first = queue(limiter, [{ name: 'urgent', priority: 1 }], starts);
    const background = queue(limiter, [{ name: 'background' }], starts);
    // A new urgent request every half second, for longer than the background one should wait.
    const urgent: Array<Promise<unknown>> = [];
    for (let i = 0; i < 20; i += 1) {
      urgent.push(queue(limiter, [{ name: `urgent${i}`, priority: 1 }], starts).done);
      await vi.advanceTimersByTimeAsync(500);
    }
    await vi.advanceTimersByTimeAsync(20_000);
    await Promise.all([first.done, background.done, ...urgent]);
    const waited = starts.find((start) => start.name === 'background')?.at ?? Infinity;
    // Without ageing it would start after all 21 urgent ones, at 21 s.
    expect(waited).toBeLessThanOrEqual(8_000);
    expect(busiestWindow(starts, 1_000)).toBe(1);
  });
});
