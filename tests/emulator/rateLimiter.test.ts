import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from '../../electron/emulator/http/rateLimit';

// The limiter logic with synthetic clocks; the HTTP behaviour is covered in faults.test.ts.
describe('sliding-window limiter', () => {
  it('allows 5 per second and tells how long until the oldest one leaves the window', () => {
    const limiter = new SlidingWindowLimiter();
    for (let i = 0; i < 5; i += 1) expect(limiter.check('a', 1000 + i * 100).allowed).toBe(true);
    expect(limiter.check('a', 1450)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.check('b', 1450).allowed).toBe(true);
    // The window is (now - 1000, now]: the request made at 1000 leaves it at 2000.
    expect(limiter.check('a', 1999).allowed).toBe(false);
    expect(limiter.check('a', 2000).allowed).toBe(true);
  });

  it('allows 200 per minute; the 201st waits until the first is a minute old', () => {
    const limiter = new SlidingWindowLimiter();
    for (let i = 0; i < 200; i += 1) expect(limiter.check('a', i * 250).allowed).toBe(true);
    const refused = limiter.check('a', 50_000);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBe(10);
    expect(limiter.check('a', 60_001).allowed).toBe(true);
  });
});
