import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/main/csp';

function directives(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it('in production allows only the app’s own scripts and no network', () => {
    const csp = directives(contentSecurityPolicy({ development: false }));
    expect(csp['default-src']).toBe("'none'");
    expect(csp['script-src']).toBe("'self'");
    expect(csp['connect-src']).toBe("'none'");
    expect(csp['font-src']).toBe("'self' data:");
    expect(csp['object-src']).toBe("'none'");
    expect(csp['frame-ancestors']).toBe("'none'");
    expect(Object.values(csp).join(' ')).not.toContain('unsafe-eval');
  });

  it('relaxes only what the development server needs', () => {
    const csp = directives(contentSecurityPolicy({ development: true }));
    expect(csp['script-src']).toContain("'self'");
    expect(csp['connect-src']).toContain('ws:');
    expect(csp['default-src']).toBe("'none'");
  });
});
