import { describe, expect, it } from 'vitest';
import { createClock } from '../../electron/emulator/store/clock';

describe('emulator clock', () => {
  it('held, stands still at the next whole second; released, runs on from there', async () => {
    const clock = createClock(new Date('2027-01-12T15:00:00.400Z'));
    clock.hold();
    const held = clock.nowMs();
    expect(held).toBe(Date.parse('2027-01-12T15:00:01Z'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(clock.nowMs()).toBe(held);
    clock.release();
    const after = clock.nowMs();
    expect(after).toBeGreaterThanOrEqual(held);
    expect(after - held).toBeLessThan(1000);
  });
});
