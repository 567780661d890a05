import PQueue from 'p-queue';

export interface ScheduleOptions {
  /** Greater goes first among the tasks still waiting for a slot (0 when not given). */
  priority?: number;
}

/** Runs tasks no faster than Altegio allows; one instance is shared by every request of the app. */
export interface Limiter {
  schedule<T>(task: () => Promise<T>, options?: ScheduleOptions): Promise<T>;
}

export interface LimiterOptions {
  perSecond?: number;
  perMinute?: number;
  /**
   * Width of the per-second window. Slightly wider than a second so that network jitter cannot make
   * Altegio's own sliding window see six requests inside one second.
   */
  secondWindowMs?: number;
  /** Width of the per-minute window (a little over a minute, for the same reason). */
  minuteWindowMs?: number;
  /** How long a waiting task waits before it gains a point of priority. */
  ageMs?: number;
}

/**
 * At most `cap` task starts within any `windowMs`: each of `cap` queue slots stays taken for `windowMs`
 * after its task starts (the caller gets its result as soon as the task ends). p-queue's own interval
 * limit counts fixed windows, which lets up to twice the cap through across a window boundary; Altegio
 * counts a sliding window and answers that with 429. A freed slot goes to the waiting task of the highest
 * priority, the earliest among equals; a task gains a point of priority for every `ageMs` it waits, so a
 * steady stream of urgent ones cannot keep the others waiting for ever.
 */
function slidingWindow(cap: number, windowMs: number, ageMs: number): Limiter {
  const queue = new PQueue({ concurrency: cap });
  let tasks = 0;
  // unref: a held slot must not keep a finished script (or a quitting app) alive for a minute.
  const hold = () => new Promise<void>((done) => setTimeout(done, windowMs).unref());
  return {
    schedule: <T>(task: () => Promise<T>, options: ScheduleOptions = {}) =>
      new Promise<T>((resolve, reject) => {
        const id = String((tasks += 1));
        let priority = options.priority ?? 0;
        const ageing = setInterval(() => {
          priority += 1;
          queue.setPriority(id, priority);
        }, ageMs);
        ageing.unref();
        void queue.add(
          () => {
            clearInterval(ageing);
            task().then(resolve, reject);
            return hold();
          },
          { priority, id },
        );
      }),
  };
}

/** Altegio's documented limit: 5 requests a second and 200 a minute, per IP. */
export function createLimiter(options: LimiterOptions = {}): Limiter {
  const ageMs = options.ageMs ?? 5_000;
  const perMinute = slidingWindow(options.perMinute ?? 200, options.minuteWindowMs ?? 60_500, ageMs);
  const perSecond = slidingWindow(options.perSecond ?? 5, options.secondWindowMs ?? 1_100, ageMs);
  return {
    // Both windows order by the same priority: a task waiting on either one is passed by a later, more
    // urgent one.
    schedule: (task, scheduling) =>
      perMinute.schedule(() => perSecond.schedule(task, scheduling), scheduling),
  };
}

/**
 * The same limiter, each request's priority asked of `priority` when it is scheduled (in the context of
 * the caller that makes it); an explicit priority wins.
 */
export function prioritised(limiter: Limiter, priority: () => number): Limiter {
  return {
    schedule: (task, options) => limiter.schedule(task, { priority: options?.priority ?? priority() }),
  };
}

/** For tests of code that must not wait on the real limit. */
export const unlimited: Limiter = { schedule: (task) => task() };
