import { describe, expect, it } from 'vitest';
import { createLogger, maskPhones, redact, SecretRegistry } from '../../electron/main/log';

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

  it('masks what is shaped like a phone and leaves ids, epoch times and UUIDs alone', () => {
    const ids =
      'PUT /record/123456/1234567890 at 1715000000000 for 123e4567-e89b-12d3-a456-426614174000, ids 12345 67890, ?id=1234567890';
    expect(maskPhones(ids)).toBe(ids);
    expect(maskPhones('+1 202 555-0100; (202) 555-0101; 8 (777) 123-45-67; +447911123456; 12025550102')).toBe(
      '[phone …00]; [phone …01]; [phone …67]; [phone …56]; [phone …02]',
    );
    const secrets = new SecretRegistry();
    expect(redact({ phone: '555', clientPhone: 1, client_phone: 2, phoneCode: '+44' }, secrets)).toEqual({
      phone: '[phone …55]',
      clientPhone: '[phone …1]',
      client_phone: '[phone …2]',
      phoneCode: '+44',
    });
  });

  it('keeps ids and times, epoch seconds among them, where their field or URL path says so', () => {
    // Bare in prose, ten digits could be a phone without its trunk 0 (a Beijing or a UK number): masked.
    expect(maskPhones('retry after 1799999999')).toBe('retry after [phone …99]');
    const kept = [
      '{"timestamp":1799999999,"created_at":"1799999999"}',
      'GET /records/123/4567890123?visit_id=12345678901&ids=79991234567',
      'visit #79991234567, datetime: 79991234567',
    ];
    for (const text of kept) expect(maskPhones(text)).toBe(text);
    const secrets = new SecretRegistry();
    const fields = { timestamp: '1799999999', visitId: '79991234567', ids: ['79991234568'] };
    expect(redact(fields, secrets)).toEqual(fields);
  });

  it('masks a phone in any usual form, in a query or a field whatever its shape', () => {
    expect(maskPhones('+44 7700 900123 or 07700900123 or +7 (999) 123-45-67')).toBe(
      '[phone …23] or [phone …23] or [phone …67]',
    );
    expect(maskPhones('GET /clients?phone=79991234567&page=1; ?q=79991234568')).toBe(
      'GET /clients?phone=[phone …67]&page=1; ?q=[phone …68]',
    );
    expect(maskPhones('?client_phone=%2B44%207700%20900124&x')).toBe('?client_phone=[phone …24]&x');
    expect(maskPhones('reached at: 89991234525, visit_id: +79991234526')).toBe(
      'reached at: [phone …25], visit_id: [phone …26]',
    );
    expect(maskPhones('{"phone":"+7 999 123 45 69","clientPhone":1799999970}')).toBe(
      '{"phone":"[phone …69]","clientPhone":[phone …70]}',
    );
  });
});
