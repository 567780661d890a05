/**
 * The renderer's Content-Security-Policy. The renderer makes no network calls of its own, so in production
 * it may connect nowhere; the development server needs inline scripts (React refresh) and a websocket.
 */
export function contentSecurityPolicy({ development }: { development: boolean }): string {
  const directives: Record<string, string> = {
    'default-src': "'none'",
    'script-src': development ? "'self' 'unsafe-inline'" : "'self'",
    'style-src': "'self' 'unsafe-inline'",
    // FullCalendar's toolbar icons are an inline data: font.
    'font-src': "'self' data:",
    'img-src': "'self' data:",
    'connect-src': development ? "'self' ws:" : "'none'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'frame-ancestors': "'none'",
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
