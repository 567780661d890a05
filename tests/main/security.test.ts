import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isTrustedSender, safeExternalUrl } from '../../electron/main/security';

describe('isTrustedSender', () => {
  const trusted = [APP_ORIGIN];

  it('accepts pages of the app origin', () => {
    expect(isTrustedSender('app://frontdesk/index.html', trusted)).toBe(true);
    expect(isTrustedSender('app://frontdesk/', trusted)).toBe(true);
    expect(isTrustedSender('app://frontdesk/index.html#/settings', trusted)).toBe(true);
  });

  it.each([
    'https://evil.example',
    'https://evil.example/app://frontdesk/index.html',
    'file:///etc/passwd',
    'file:///app/frontdesk/index.html',
    'app://frontdesk.evil/index.html',
    'app://evil.frontdesk/index.html',
    'app://frontdesk@evil/index.html',
    'app://user:pass@frontdesk/index.html',
    'app://frontdesk:8080/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'http://frontdesk/index.html',
    'APP://FRONTDESK.evil/',
    '',
    'app://frontdesk/' + 'a'.repeat(5000),
  ])('refuses %s', (url) => {
    expect(isTrustedSender(url, trusted)).toBe(false);
  });

  it('refuses values that are not URLs', () => {
    for (const value of [
      undefined,
      null,
      42,
      {},
      ['app://frontdesk/'],
      { toString: () => 'app://frontdesk/' },
    ]) {
      expect(isTrustedSender(value, trusted)).toBe(false);
    }
  });

  it('accepts a development server only when it is listed, and only on its exact port', () => {
    const dev = [APP_ORIGIN, 'http://localhost:5173'];
    expect(isTrustedSender('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedSender('http://localhost:5174/index.html', dev)).toBe(false);
    expect(isTrustedSender('http://localhost:5173/index.html', trusted)).toBe(false);
  });
});

describe('safeExternalUrl', () => {
  it('passes plain https links through, normalised', () => {
    expect(safeExternalUrl('https://alteg.io/en/support')).toBe('https://alteg.io/en/support');
    expect(safeExternalUrl('HTTPS://Example.COM')).toBe('https://example.com/');
  });

  it.each([
    'http://example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,hi',
    'app://frontdesk/index.html',
    'app://frontdesk.evil',
    'smb://evil.example/share',
    'ms-settings:privacy',
    'https://user:secret@evil.example/',
    'https://',
    '//evil.example',
    'evil.example',
    'https://' + 'a'.repeat(3000) + '.example',
  ])('refuses %s', (url) => {
    expect(safeExternalUrl(url)).toBeNull();
  });

  it('refuses non-strings', () => {
    expect(safeExternalUrl(undefined)).toBeNull();
    expect(safeExternalUrl({ href: 'https://example.com' })).toBeNull();
  });
});
