import { describe, expect, it } from 'vitest';
import { altegioReach, noteOutcome, onReachChange } from '../../renderer/src/altegioReach';
import type { Answer } from '../../shared/contract';

const unreachable: Answer<unknown> = {
  ok: false,
  error: { code: 'NETWORK', params: { host: 'api.alteg.io', unreachable: true } },
};
const fromAltegio = (answer: Answer<unknown>): Answer<unknown> => ({ ...answer, reachedAltegio: true });

describe('Altegio reach', () => {
  it('is out of reach from the first unreachable call until an answer Altegio took part in', () => {
    let changes = 0;
    const stop = onReachChange(() => changes++);
    noteOutcome(unreachable, 1_000);
    noteOutcome({ ok: false, error: { code: 'TIMEOUT', params: { host: 'api.alteg.io' } } }, 6_000);
    expect(altegioReach().outOfReachSince).toBe(1_000);
    // Other failures (a dropped answer, a refusal main made itself) leave it as it is.
    noteOutcome({ ok: false, error: { code: 'NETWORK', params: { host: 'x' } } });
    noteOutcome({ ok: false, error: { code: 'VALIDATION' } });
    expect(altegioReach().outOfReachSince).toBe(1_000);
    // Successes main gives alone (preferences, the session it holds, any channel added later) neither.
    noteOutcome({ ok: true, data: {} });
    noteOutcome({ ok: true, data: null });
    expect(altegioReach().outOfReachSince).toBe(1_000);
    noteOutcome(fromAltegio({ ok: true, data: [] }));
    expect(altegioReach().outOfReachSince).toBeNull();
    expect(changes).toBe(2);
    stop();
  });

  it('is back on any answer from Altegio, a refusal too, but not on what main answers alone', () => {
    const refused = (code: 'AUTH_REQUIRED' | 'SERVER' | 'RATE_LIMITED' | 'SLOT_BUSY', status: number) =>
      fromAltegio({ ok: false, error: { code, params: { status } } });
    for (const answer of [
      refused('AUTH_REQUIRED', 401),
      refused('SERVER', 503),
      refused('RATE_LIMITED', 429),
      refused('SLOT_BUSY', 422),
      fromAltegio({ ok: false, error: { code: 'SERVER', params: { reason: 'malformed' } } }),
    ]) {
      noteOutcome(unreachable, 1_000);
      noteOutcome({ ok: true, data: {} });
      noteOutcome({ ok: false, error: { code: 'VALIDATION' } });
      noteOutcome({ ok: false, error: { code: 'AUTH_REQUIRED', params: { reason: 'signedOut' } } });
      expect(altegioReach().outOfReachSince).toBe(1_000);
      noteOutcome(answer);
      expect([answer, altegioReach().outOfReachSince]).toEqual([answer, null]);
    }
  });

  it('is out of reach when a call that reached Altegio lost it before it ended', () => {
    noteOutcome(fromAltegio(unreachable), 2_000);
    expect(altegioReach().outOfReachSince).toBe(2_000);
    noteOutcome(fromAltegio({ ok: true, data: null }));
    expect(altegioReach().outOfReachSince).toBeNull();
  });
});
