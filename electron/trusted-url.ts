/**
 * Decides whether a URL belongs to the app itself. The renderer is served from the custom
 * `app://listenfirst` protocol (or, in development, from the Vite dev server), so "ours" means
 * exactly that scheme and host: parsed with `URL`, never matched as a substring.
 */

/** The scheme registered with `protocol.handle` to serve `dist/renderer`. */
export const APP_SCHEME = 'app';
/** The host part of every app URL; the protocol handler ignores it, the trust check does not. */
export const APP_HOST = 'listenfirst';
/** Where the packaged renderer lives. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

// Control characters, spaces and backslashes are normalised away (or reinterpreted) by URL
// parsers in ways that differ between Node and Chromium, so a URL containing them is refused
// rather than guessed at.
const SUSPICIOUS_CHARS = /[\u0000-\u0020\u007f\\]/;

/** Parses a string as a URL, refusing non-strings, odd characters and unparsable input. */
export function parseStrictUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 4096) return null;
  if (SUSPICIOUS_CHARS.test(value)) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * True when `value` is a URL of the app: same scheme and host as `appOrigin`, no credentials.
 * `appOrigin` is `app://listenfirst` in production and the dev server's origin in development.
 */
export function isAppUrl(value: unknown, appOrigin: string = APP_ORIGIN): boolean {
  const url = parseStrictUrl(value);
  const expected = parseStrictUrl(appOrigin);
  if (!url || !expected) return false;
  if (url.username !== '' || url.password !== '') return false;
  // `URL.origin` is "null" for non-special schemes such as app:, so compare the parts instead.
  return url.protocol === expected.protocol && url.host === expected.host;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The origin the renderer is loaded from: the Vite dev server during development (an
 * `http://localhost:PORT` URL in `LISTENFIRST_DEV_URL`), `app://listenfirst` otherwise.
 * A packaged app ignores the variable, and only loopback dev servers are accepted, so an
 * environment variable can never point the app at a remote page.
 */
export function resolveAppOrigin({ isPackaged, devUrl }: { isPackaged: boolean; devUrl: string | undefined }): string {
  if (isPackaged || devUrl === undefined) return APP_ORIGIN;
  const url = parseStrictUrl(devUrl);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK_HOSTS.has(url.hostname)) return APP_ORIGIN;
  return url.origin;
}
