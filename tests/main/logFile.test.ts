import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger, maskPhones, SecretRegistry } from '../../electron/main/log';
import { createLogFile } from '../../electron/main/logFile';

const newDir = () => mkdtempSync(join(tmpdir(), 'frontdesk-log-'));
const bytesOf = (dir: string) => readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8'));

describe('the log file', () => {
  it('rotates before it passes its cap and keeps only the newest rotated files', () => {
    const dir = newDir();
    const file = createLogFile({ dir, maxBytes: 2_000, keep: 2 });
    for (let line = 0; line < 200; line++) file.write(`line ${line} ${'x'.repeat(40)}`);
    expect(readdirSync(dir).sort()).toEqual(['frontdesk.1.log', 'frontdesk.2.log', 'frontdesk.log']);
    for (const name of readdirSync(dir)) expect(statSync(join(dir, name)).size).toBeLessThanOrEqual(2_000);
    // The newest line is in the current file, the ones just before it in .1, and the oldest are gone.
    expect(readFileSync(join(dir, 'frontdesk.log'), 'utf8')).toContain('line 199 ');
    const older = readFileSync(join(dir, 'frontdesk.1.log'), 'utf8').trim().split('\n');
    const current = readFileSync(join(dir, 'frontdesk.log'), 'utf8').trim().split('\n');
    expect(Number(older.at(-1)!.split(' ')[1]) + 1).toBe(Number(current[0]!.split(' ')[1]));
    expect(bytesOf(dir).join('')).not.toContain('line 0 ');
  });

  it('carries on from the size a previous run left, and cuts a runaway line', () => {
    const dir = newDir();
    createLogFile({ dir, maxBytes: 1_000 }).write('a'.repeat(900));
    const again = createLogFile({ dir, maxBytes: 1_000 });
    again.write('b'.repeat(200));
    expect(readFileSync(join(dir, 'frontdesk.1.log'), 'utf8')).toBe('a'.repeat(900) + '\n');
    again.write('c'.repeat(50_000));
    expect(statSync(join(dir, 'frontdesk.log')).size).toBeLessThan(10_000);
  });

  it('never holds a token, a password or a phone in full, whatever carries them', () => {
    const dir = newDir();
    const secrets = new SecretRegistry();
    const token = `user-token-${crypto.randomUUID()}`;
    const password = `password-${crypto.randomUUID()}`;
    secrets.add(token);
    secrets.add(password);
    const file = createLogFile({ dir, maxBytes: 250, keep: 5 });
    const logger = createLogger((line) => file.write(line), secrets);
    logger.warn(`sign-in with ${password} failed`, { error: new Error(`token ${token} refused`) });
    logger.info('Client found', { phone: '+1 (202) 555-0142', client: { name: 'Ann', phone: 12025550143 } });
    logger.error('POST /clients failed for +12025550144', {
      body: { note: 'call 202-555-0145 or 12025550146' },
    });
    logger.debug('request', { headers: { Authorization: `Bearer p-${token}, User ${token}` } });
    const written = bytesOf(dir).join('\n');
    expect(readdirSync(dir).length).toBeGreaterThan(1);
    expect(written).not.toContain(token);
    expect(written).not.toContain(password);
    expect(written.replace(/\D/g, ' ')).not.toMatch(/555\s*014/);
    for (const lastTwo of ['42', '43', '44', '45', '46']) expect(written).toContain(`[phone …${lastTwo}]`);
    expect(written).toContain('Client found');
  });

  it('leaves dates, times, versions and record ids alone', () => {
    const text =
      'GET /record/101/123456789 at 2027-01-12T15:00:00Z (2027-01-12 15:00:00), 15:00 - 16:30, v1.2.3';
    expect(maskPhones(text)).toBe(text);
    expect(maskPhones('8 (777) 123-45-67, 12025550100.')).toBe('[phone …67], [phone …00].');
  });
});
