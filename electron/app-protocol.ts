import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './trusted-url';

/**
 * Maps an `app://listenfirst/<path>` request onto a file under the renderer build directory.
 * Returns null for any other host, for paths that escape `rootDir` (`..`, encoded `%2e%2e`,
 * absolute paths) and for unparsable URLs, so the protocol handler can answer 404.
 */
export function resolveAppFile(requestUrl: string, rootDir: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  if (relative === '' || relative === '/') relative = '/index.html';
  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${relative}`);
  // Checking the resolved path (not the string) catches every spelling of "go up".
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}
