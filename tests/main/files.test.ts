import { describe, expect, it } from 'vitest';
import { isPdf } from '../../electron/main/files';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const body = '1 0 obj << /Type /Catalog >> endobj\n';

describe('isPdf', () => {
  it('accepts a PDF header with a %%EOF trailer at or near the end', () => {
    expect(isPdf(bytes(`%PDF-1.7\n${body}%%EOF`))).toBe(true);
    expect(isPdf(bytes(`%PDF-1.4\n${body}%%EOF\n`))).toBe(true);
    expect(isPdf(bytes(`%PDF-1.7\n${body}%%EOF\r\n${' '.repeat(200)}`))).toBe(true);
  });

  it('refuses what only looks like one', () => {
    for (const text of [
      '',
      '%PDF-',
      '<!doctype html><title>Bad gateway</title>%%EOF',
      `%PDF-1.7\n${body}`, // truncated download: no trailer
      `%PDF-1.7\n${body}%%EOF${'x'.repeat(2000)}`, // the trailer far from the end
      ` %PDF-1.7\n${body}%%EOF`, // not at the start
      `%PDF-x.y\n${body}%%EOF`,
      `{"success":false,"data":null}%PDF-1.7 %%EOF`,
    ]) {
      expect(isPdf(bytes(text)), JSON.stringify(text.slice(0, 40))).toBe(false);
    }
  });
});
