import { describe, expect, it } from 'vitest';
import { createLogger, redact, SecretRegistry } from '../../electron/main/log';

describe('logging never writes secrets', () => {
  it('replaces registered secrets wherever they appear', () => {
    const secrets = new SecretRegistry();
    secrets.add('u-token-1234567890');
    secrets.add('hunter2-password');
    const lines: string[] = [];
    const logger = createLogger((line) => lines.push(line), secrets);
    logger.error('login failed for u-token-1234567890', {
      nested: { note: 'password was hunter2-password' },
      list: ['u-token-1234567890'],
      error: new Error('boom hunter2-password'),
    });
    const text = lines.join('\n');
    expect(text).not.toContain('u-token-1234567890');
    expect(text).not.toContain('hunter2-password');
    expect(text).toContain('[redacted]');
    expect(text).toContain('login failed for');
  });

  it('masks sensitive keys and authorization headers even when the value is unknown', () => {
    const secrets = new SecretRegistry();
    const out = JSON.stringify(
      redact(
        {
          headers: { Authorization: 'Bearer p-abc, User u-def' },
          userToken: 'x1',
          password: 'y2',
          partner_token: 'z3',
          message: 'sent Bearer p-abc, User u-def',
        },
        secrets,
      ),
    );
    expect(out).not.toMatch(/p-abc|u-def|x1|y2|z3/);
    expect(out).toContain('sent Bearer [redacted], User [redacted]');
  });

  it('forgets a secret once removed, and ignores trivially short ones', () => {
    const secrets = new SecretRegistry();
    secrets.add('abc');
    secrets.add('long-secret-value');
    secrets.remove('long-secret-value');
    expect(secrets.redactText('abc long-secret-value')).toBe('abc long-secret-value');
  });
});
