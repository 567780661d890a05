import { describe, expect, it } from 'vitest';
import { altegioReach, noteOutcome, onReachChange } from '../../renderer/src/altegioReach';

const unreachable = {
  ok: false as const,
  error: { code: 'NETWORK' as const, params: { host: 'api.alteg.io', unreachable: true } },
};

describe('Altegio reach', () => {
  it('is out of reach from the first unreachable call until Altegio answers a call, not a local one', () => {
    let changes = 0;
    const stop = onReachChange(() => changes++);
    noteOutcome('appointments.changes', unreachable, 1_000);
    noteOutcome('team.list', unreachable, 6_000);
    expect(altegioReach().outOfReachSince).toBe(1_000);
    // Other failures (a dropped answer, a refusal main may have made itself) leave it as it is.
    noteOutcome('appointments.create', { ok: false, error: { code: 'NETWORK', params: { host: 'x' } } });
    noteOutcome('appointments.create', { ok: false, error: { code: 'SLOT_BUSY' } });
    expect(altegioReach().outOfReachSince).toBe(1_000);
    noteOutcome('preferences.get', { ok: true, data: {} });
    noteOutcome('session.get', { ok: true, data: {} });
    expect(altegioReach().outOfReachSince).toBe(1_000);
    noteOutcome('team.list', { ok: true, data: [] });
    expect(altegioReach().outOfReachSince).toBeNull();
    expect(changes).toBe(2);
    stop();
  });

  it('is back on any answer from Altegio, a refusal too, but not on what main answers alone', () => {
    const refused = (code: 'AUTH_REQUIRED' | 'SERVER' | 'RATE_LIMITED' | 'SLOT_BUSY', status: number) => ({
      ok: false as const,
      error: { code, params: { status } },
    });
    for (const answer of [
      refused('AUTH_REQUIRED', 401),
      refused('SERVER', 503),
      refused('RATE_LIMITED', 429),
      refused('SLOT_BUSY', 422),
      { ok: false as const, error: { code: 'SERVER' as const, params: { reason: 'malformed' } } },
    ]) {
      noteOutcome('appointments.changes', unreachable, 1_000);
      noteOutcome('session.selectLocation', { ok: true, data: {} });
      noteOutcome('app.info', { ok: true, data: {} });
      noteOutcome('appointments.create', { ok: false, error: { code: 'VALIDATION' } });
      noteOutcome('team.list', {
        ok: false,
        error: { code: 'AUTH_REQUIRED', params: { reason: 'signedOut' } },
      });
      expect(altegioReach().outOfReachSince).toBe(1_000);
      noteOutcome('appointments.changes', answer);
      expect([answer.error, altegioReach().outOfReachSince]).toEqual([answer.error, null]);
    }
  });
});
