import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRendererResponder, resolveRendererFile } from '../../electron/main/rendererProtocol';

const root = mkdtempSync(join(tmpdir(), 'frontdesk-renderer-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Frontdesk</title>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(tmpdir(), 'frontdesk-secret.txt'), 'secret');

describe('resolveRendererFile', () => {
  it('maps app URLs into the renderer folder', () => {
    expect(resolveRendererFile('app://frontdesk/', root)).toBe(join(root, 'index.html'));
    expect(resolveRendererFile('app://frontdesk/assets/app.js?v=1', root)).toBe(
      join(root, 'assets', 'app.js'),
    );
  });

  it.each([
    'app://frontdesk/../frontdesk-secret.txt',
    'app://frontdesk/%2e%2e/frontdesk-secret.txt',
    'app://frontdesk/assets/%2e%2e%2f%2e%2e%2ffrontdesk-secret.txt',
    'app://frontdesk/..%5c..%5cfrontdesk-secret.txt',
    'app://frontdesk/%00index.html',
    'app://frontdesk/%E0%A4%A',
    'app://frontdesk.evil/index.html',
    'app://other/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    const file = resolveRendererFile(url, root);
    // Either refused, or a path that stays inside the renderer folder (where no such file exists).
    expect(file === null || file.startsWith(root + sep)).toBe(true);
    expect(file).not.toBe(join(tmpdir(), 'frontdesk-secret.txt'));
  });
});

describe('createRendererResponder', () => {
  const respond = createRendererResponder(root, "default-src 'none'");

  it('serves files with their type and the CSP', async () => {
    const response = await respond(new Request('app://frontdesk/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(await response.text()).toContain('<title>Frontdesk</title>');
  });

  it('answers 404 for missing files and escapes', async () => {
    expect((await respond(new Request('app://frontdesk/missing.js'))).status).toBe(404);
    expect((await respond(new Request('app://frontdesk/%2e%2e/frontdesk-secret.txt'))).status).toBe(404);
  });
});
