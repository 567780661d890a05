export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

/** Values that must never appear in a log line: tokens and passwords, registered as they become known. */
export class SecretRegistry {
  private readonly secrets = new Set<string>();

  add(secret: string | undefined | null): void {
    // Very short values would redact ordinary words; real tokens and passwords are longer.
    if (secret && secret.length >= 4) this.secrets.add(secret);
  }

  remove(secret: string | undefined | null): void {
    if (secret) this.secrets.delete(secret);
  }

  redactText(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('[redacted]');
    return out.replace(/(Bearer\s+)[^\s,"]+/gi, '$1[redacted]').replace(/(User\s+)[^\s,"]+/g, '$1[redacted]');
  }
}

const SENSITIVE_KEY = /token|password|secret|authorization|cookie/i;

/** A copy of `value` fit for a log: sensitive keys masked, registered secrets replaced, depth bounded. */
export function redact(value: unknown, secrets: SecretRegistry, depth = 0): unknown {
  if (typeof value === 'string') return secrets.redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 6) return '[…]';
  if (value instanceof Error) return { name: value.name, message: secrets.redactText(value.message) };
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => redact(item, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SENSITIVE_KEY.test(key) ? '[redacted]' : redact(item, secrets, depth + 1);
  }
  return out;
}

export function createLogger(write: (line: string) => void, secrets: SecretRegistry): Logger {
  const log = (level: LogLevel, message: string, detail?: unknown) => {
    const parts = [new Date().toISOString(), level.toUpperCase(), secrets.redactText(message)];
    if (detail !== undefined) parts.push(JSON.stringify(redact(detail, secrets)));
    write(parts.join(' '));
  };
  return {
    debug: (message, detail) => log('debug', message, detail),
    info: (message, detail) => log('info', message, detail),
    warn: (message, detail) => log('warn', message, detail),
    error: (message, detail) => log('error', message, detail),
  };
}
