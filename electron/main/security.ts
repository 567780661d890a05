/** The origin the packaged renderer is served from (see rendererProtocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'frontdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const MAX_URL_LENGTH = 2048;

function parse(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Scheme + host + port of a URL. Node reports `origin` as "null" for non-special schemes such as app:,
 * so it is rebuilt here from the parsed parts.
 */
function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

/** True only for a page served from one of the trusted origins, compared exactly after parsing. */
export function isTrustedSender(senderUrl: unknown, trustedOrigins: readonly string[]): boolean {
  const url = parse(senderUrl);
  if (!url || url.username || url.password) return false;
  const origin = originOf(url);
  return trustedOrigins.some((trusted) => {
    const expected = parse(trusted);
    return expected !== null && originOf(expected) === origin;
  });
}

/** The normalised URL if it may be handed to the OS browser: https only, no credentials; otherwise null. */
export function safeExternalUrl(candidate: unknown): string | null {
  const url = parse(candidate);
  if (!url || url.protocol !== 'https:' || !url.hostname || url.username || url.password) return null;
  return url.href;
}
