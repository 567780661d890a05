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

  /** `field`: the name of the field `text` is the value of, when it has one (see maskPhones). */
  redactText(text: string, field = ''): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('[redacted]');
    out = out.replace(/(Bearer\s+)[^\s,"]+/gi, '$1[redacted]').replace(/(User\s+)[^\s,"]+/g, '$1[redacted]');
    return maskPhones(out, field);
  }
}

/**
 * A run of digits as the API and the desk write phones: international (+1 202 555-0100, or %2B… in a
 * URL), bare (12025550100) or national in small groups ((202) 555-0100, 8 (777) 123-45-67). Dates, times,
 * versions, epoch milliseconds and ids are left alone: too few or too many digits, a date's shape, groups
 * longer than a phone's, or a run that follows `/`, `#`, `-` or `.` (a path's or a UUID's part, an id).
 */
const DIGIT_RUN = /(?<![\w./#%-])(?:\+|%2[Bb])?\(?\d[\d ()-]{5,}\d\)?(?![\w:]|\.\d)/g;
const DATE = /\d{4}-\d{2}-\d{2}/;
const INTERNATIONAL = /^(\+|%2B)/i;
/** The field a run is the value of: `phone=…`, `"visit_id": …`. */
const KEY_BEFORE = /(\w+)["']?\s*[:=]\s*["']?$/;
/** A query parameter: a phone field's value is masked however it is encoded. */
const QUERY_PARAM = /\b(\w+)=([^&\s#"',;]+)/g;
const ID_OR_TIME_WORDS = new Set(['id', 'ids', 'at', 'ts', 'time', 'date', 'datetime', 'timestamp', 'epoch']);

const maskedPhone = (phone: string) => `[phone …${phone.replace(/\D/g, '').slice(-2)}]`;

/**
 * What a field's name says its value is: `phone`, `client_phone`, `clientPhone` (not `phoneCode`) a
 * phone; `id`, `visitIds`, `created_at`, `datetime` an id or a time.
 */
function fieldKind(field: string): 'phone' | 'idOrTime' | null {
  const words = field
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split('_');
  const last = words.at(-1) ?? '';
  if (last === 'phone') return 'phone';
  // `at` alone is more likely prose ("reached at: …") than a time field.
  return ID_OR_TIME_WORDS.has(last) && (last !== 'at' || words.length > 1) ? 'idOrTime' : null;
}

function looksLikePhone(run: string): boolean {
  if (DATE.test(run)) return false;
  const groups = run.match(/\d+/g) ?? [];
  const digits = groups.join('').length;
  if (INTERNATIONAL.test(run)) return digits >= 7 && digits <= 15;
  // Ten or eleven bare digits may be a phone (some national numbers written without their trunk 0 start
  // with 1), so they are masked unless their field says they are an id or a time.
  if (groups.length === 1) return digits === 10 || digits === 11;
  return digits >= 10 && digits <= 15 && groups.every((group) => group.length <= 4);
}

/**
 * A client's phone is personal data: the log keeps only its last two digits, enough to tell two apart.
 * A run is read by the field it is the value of (in the text, or `field` for the whole text): a phone
 * field's value is masked whatever its shape, an id's or a time's kept; otherwise its shape decides.
 */
export function maskPhones(text: string, field = ''): string {
  const params = text.replace(QUERY_PARAM, (pair, key: string, value: string) =>
    fieldKind(key) === 'phone' && /\d/.test(value) ? `${key}=${maskedPhone(value)}` : pair,
  );
  return params.replace(DIGIT_RUN, (run, offset: number, whole: string) => {
    const key = KEY_BEFORE.exec(whole.slice(Math.max(0, offset - 40), offset))?.[1] ?? field;
    const kind = fieldKind(key);
    if (kind === 'idOrTime' && !INTERNATIONAL.test(run)) return run;
    return kind === 'phone' || looksLikePhone(run) ? maskedPhone(run) : run;
  });
}

const SENSITIVE_KEY = /token|password|secret|authorization|cookie/i;

/**
 * A copy of `value` fit for a log: sensitive keys masked, registered secrets replaced, phones masked
 * (`field`: the key `value` is held under), depth bounded.
 */
export function redact(value: unknown, secrets: SecretRegistry, depth = 0, field = ''): unknown {
  if (typeof value === 'string') return secrets.redactText(value, field);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 6) return '[…]';
  if (value instanceof Error) return { name: value.name, message: secrets.redactText(value.message) };
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => redact(item, secrets, depth + 1, field));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (SENSITIVE_KEY.test(key)) out[key] = '[redacted]';
    else if (fieldKind(key) === 'phone' && (typeof item === 'string' || typeof item === 'number'))
      out[key] = maskedPhone(String(item));
    else out[key] = redact(item, secrets, depth + 1, key);
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
