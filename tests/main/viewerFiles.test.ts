import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createViewerFiles } from '../../electron/main/viewerFiles';

const posix = process.platform !== 'win32';
const pdf = new Uint8Array(Buffer.from('%PDF-1.7\nClient: Ann Example\n%%EOF', 'latin1'));

describe('viewer files', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'viewer-files-test-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes each copy in a fresh folder only this user can enter, readable by this user alone', async () => {
    const files = createViewerFiles(root);
    const first = await files.write(pdf, 'receipt-visit-7.pdf');
    const second = await files.write(pdf, 'receipt-visit-7.pdf');
    expect(first).not.toBe(second);
    expect(dirname(first)).not.toBe(dirname(second));
    for (const path of [first, second]) {
      expect(dirname(dirname(path))).toBe(root);
      expect(path.endsWith('receipt-visit-7.pdf')).toBe(true);
      expect(new Uint8Array(readFileSync(path))).toEqual(pdf);
      if (posix) {
        expect(statSync(dirname(path)).mode & 0o777).toBe(0o700);
        expect(statSync(path).mode & 0o777).toBe(0o600);
      }
    }
  });

  it('keeps only the base name, and refuses names that are no file', async () => {
    const files = createViewerFiles(root);
    const path = await files.write(pdf, '../../etc/receipt.pdf');
    expect(dirname(dirname(path))).toBe(root);
    expect(path.endsWith('receipt.pdf')).toBe(true);
    for (const name of ['', '.', '..', 'dir/..']) {
      await expect(files.write(pdf, name), JSON.stringify(name)).rejects.toThrow('Not a file name');
    }
  });

  it('removes what this run made, and nothing else, when asked at quit', async () => {
    const files = createViewerFiles(root);
    mkdirSync(join(root, 'frontdesk-not-ours'));
    await files.write(pdf, 'a.pdf');
    await files.write(pdf, 'b.pdf');
    expect(readdirSync(root)).toHaveLength(3);
    expect(files.removeAll()).toEqual([]);
    expect(readdirSync(root)).toEqual(['frontdesk-not-ours']);
    expect(files.removeAll()).toEqual([]);
  });
});
