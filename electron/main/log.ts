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
    out = out.replace(/(Bearer\s+)[^\s,"]+/gi, '$1[redacted]').replace(/(User\s+)[^\s,"]+/g, '$1[redacted]');
    return maskPhones(out);
  }
}

/**
 * A run of digits as the API and the desk write phones: international (+1 202 555-0100), bare
 * (12025550100) or national in small groups ((202) 555-0100, 8 (777) 123-45-67). Dates, times, versions,
 * epoch milliseconds and ids are left alone: too few or too many digits, a date's shape, groups longer
 * than a phone's, or a run that follows `/`, `-` or `=` (a path's or a UUID's part, a query value).
 */
const DIGIT_RUN = /(?<![\w./=-])\+?\(?\d[\d ()-]{5,}\d\)?(?![\w:]|\.\d)/g;
const DATE = /\d{4}-\d{2}-\d{2}/;

const maskedPhone = (phone: string) => `[phone …${phone.replace(/\D/g, '').slice(-2)}]`;

function looksLikePhone(run: string): boolean {
  if (DATE.test(run)) return false;
  const groups = run.match(/\d+/g) ?? [];
  const digits = groups.join('').length;
  if (run.startsWith('+')) return digits >= 7 && digits <= 15;
  if (groups.length === 1) return digits >= 10 && digits <= 11;
  return digits >= 10 && digits <= 15 && groups.every((group) => group.length <= 4);
}

/** A client's phone is personal data: the log keeps only its last two digits, enough to tell two apart. */
export function maskPhones(text: string): string {
  return text.replace(DIGIT_RUN, (run) => (looksLikePhone(run) ? maskedPhone(run) : run));
}

const SENSITIVE_KEY = /token|password|secret|authorization|cookie/i;
/** `phone`, `client_phone`, `clientPhone`; not `phoneCode`. */
const PHONE_KEY = /^phone$|_phone$|Phone$/;

/** A copy of `value` fit for a log: sensitive keys masked, registered secrets replaced, depth bounded. */
export function redact(value: unknown, secrets: SecretRegistry, depth = 0): unknown {
  if (typeof value === 'string') return secrets.redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 6) return '[…]';
  if (value instanceof Error) return { name: value.name, message: secrets.redactText(value.message) };
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => redact(item, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (SENSITIVE_KEY.test(key)) out[key] = '[redacted]';
    else if (PHONE_KEY.test(key) && (typeof item === 'string' || typeof item === 'number'))
      out[key] = maskedPhone(String(item));
    else out[key] = redact(item, secrets, depth + 1);
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
